import ArgumentParser
import Foundation

/// The `winnow` command: cleans scraped news articles and folds their
/// near-duplicates into canonical records.
@main
struct Winnow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "winnow",
        abstract: "Clean scraped news articles and fold near-duplicates into canonical records.",
        discussion: """
            Stages run in the order pipeline.json lists them (see 'winnow stages').
            Exit codes: 0 done (rejected records are listed, not fatal); 1 internal failure;
            2 bad configuration, usage, unreadable input or unwritable output;
            3 with --strict, when any record was rejected.
            """,
        version: "0.1.0",
        subcommands: [
            RunCommand.self, ReportCommand.self, ExplainCommand.self, StagesCommand.self, ValidateCommand.self,
            StateCommand.self,
        ]
    )

    /// Parses the command line and runs the command, mapping usage errors
    /// to exit code 2.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usage.rawValue)
            }
            exit(withError: error)
        }
    }
}

/// The exit codes of `winnow`.
enum ExitStatus: Int32 {
    case success = 0
    case internalFailure = 1
    case usage = 2
    case rejectedRecords = 3

    var exitCode: ExitCode { ExitCode(rawValue) }
}

/// Writes a line to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
