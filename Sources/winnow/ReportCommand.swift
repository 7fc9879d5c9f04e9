import ArgumentParser
import Foundation
import WinnowCore

/// `winnow report DIR`: rebuild report.html from report.json.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Rebuild DIR/report.html from DIR/report.json.",
        discussion: """
            report.json carries everything the page shows (each record's original text, its \
            removals with their positions, the cleaned texts of clustered records, the totals), \
            so the rebuilt page is the one the run wrote. Use it after editing or filtering \
            report.json, or to get the page of a newer winnow for an older run's folder.
            """
    )

    @Argument(help: ArgumentHelp("A run's output folder (it holds report.json).", valueName: "dir"))
    var directory: String

    func run() async throws {
        do {
            let count = try await ReportRebuilder.rebuild(directory: directory)
            print("wrote \((directory as NSString).appendingPathComponent("report.html")) (\(count) records)")
        } catch {
            printError("error: \(error)")
            throw ExitStatus.usage.exitCode
        }
    }
}
