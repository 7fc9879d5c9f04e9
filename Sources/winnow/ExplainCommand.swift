import ArgumentParser
import Foundation
import WinnowCore

/// `winnow explain ID --output DIR`: one record and every removal in it.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Print one record of a run with its removals marked and the rule for each.",
        discussion: """
            Reads DIR/report.json. The record's text as it came in is printed with every removal \
            whose position is known marked in place (red and struck through on a terminal, \
            [-like this-]{stage · rule} otherwise), then every removal in pipeline order with its \
            stage, rule, kind and reason.
            """
    )

    @Argument(help: "The record's id (as in records.jsonl or report.json).")
    var id: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The run's output folder.", valueName: "dir"))
    var output: String

    @Option(
        help: ArgumentHelp("Colour: auto (on a terminal, unless NO_COLOR is set), always or never.", valueName: "when")
    )
    var color: ColorChoice = .auto

    func run() throws {
        let path = (output as NSString).appendingPathComponent("report.json")
        let report: ReportJSONReader
        do {
            report = try ReportJSONReader(contentsOf: path)
        } catch {
            printError("error: \(error)")
            throw ExitStatus.usage.exitCode
        }
        guard let record = report.records.first(where: { $0.id == id }) else {
            let lowered = id.lowercased()
            let close = report.records.map(\.id).filter { $0.lowercased().contains(lowered) }.prefix(5)
            printError(
                "error: \(path): no record '\(id)'"
                    + (close.isEmpty
                        ? "; ids look like '\(report.records.first?.id ?? "")'"
                        : "; did you mean \(close.map { "'\($0)'" }.joined(separator: ", "))?")
            )
            throw ExitStatus.usage.exitCode
        }
        let explanation = RecordExplanation(record: record, stageNames: report.overview.stageNames)
        print(explanation.render(color.usesColour ? .colour : .plain), terminator: "")
    }
}

/// The `--color` values.
enum ColorChoice: String, CaseIterable, ExpressibleByArgument {
    case auto, always, never

    var usesColour: Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto:
            isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
                && ProcessInfo.processInfo.environment["TERM"] != "dumb"
        }
    }
}
