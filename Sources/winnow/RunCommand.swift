import ArgumentParser
import Foundation
import Logging
import WinnowCore

/// `winnow run`: the nightly job.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a pipeline over articles and write cleaned canonical records and a report.",
        discussion: """
            Inputs: a directory (read recursively: .txt and .html/.htm files are one article each, \
            id = path without extension; .jsonl files hold records), a single file, or '-' for \
            JSONL on standard input. JSONL records have 'id' and 'text' or 'html', and optionally \
            'title', 'url', 'source', 'published'; other fields are kept as metadata.

            Output directory: records.jsonl, rejected.jsonl, report.json, report.html, each \
            written under a temporary name and renamed when complete.
            """
    )

    @Option(name: .shortAndLong, help: ArgumentHelp("The pipeline configuration.", valueName: "file"))
    var config = "pipeline.json"

    @Option(
        name: .shortAndLong,
        parsing: .singleValue,
        help: ArgumentHelp(
            "A directory, a .txt/.html/.jsonl file, or '-' for standard input (repeatable).",
            valueName: "path"
        )
    )
    var input: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("The directory to write the output files to.", valueName: "dir"))
    var output: String

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Records processed in parallel; defaults to the number of cores.", valueName: "n")
    )
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(
        help: ArgumentHelp(
            "The largest record read (a JSON Lines line or an article file), in bytes or with KiB, MiB or GiB; larger ones are rejected unread.",
            valueName: "size"
        )
    )
    var maxRecordSize = ByteSize(InputLimits.defaultMaximumRecordBytes)

    @Flag(name: .shortAndLong, help: "No progress and no summary.")
    var quiet = false

    @Option(help: ArgumentHelp("How much the run logs to standard error.", valueName: "level"))
    var logLevel: LogLevel = .warning

    @Flag(help: "Exit with code 3 when any record was rejected.")
    var strict = false

    @Option(
        help: ArgumentHelp(
            "Keep a nightly state here: fold records into canonicals of earlier nights (duplicates.jsonl) and store tonight's.",
            valueName: "dir"
        )
    )
    var state: String?

    @Option(
        help: ArgumentHelp(
            "The night's label; rerunning a label replaces that night. Defaults to today's date (UTC), YYYY-MM-DD.",
            valueName: "label"
        )
    )
    var night: String?

    @Option(help: ArgumentHelp("With --state: keep the canonicals of only the N most recent nights.", valueName: "n"))
    var keepNights: Int?

    func validate() throws {
        guard !input.isEmpty else {
            throw ValidationError("give at least one --input (a directory, a file, or '-' for standard input)")
        }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if state == nil, night != nil || keepNights != nil {
            throw ValidationError("--night and --keep-nights need --state")
        }
        if let keepNights, keepNights < 1 { throw ValidationError("--keep-nights must be at least 1") }
        if let night, night.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--night needs a label, for example 2026-12-01")
        }
    }

    func run() async throws {
        AllocatorTuning.forBatchWork()
        LoggingSystem.bootstrap { label in StreamLogHandler.standardError(label: label) }
        var logger = Logger(label: "winnow")
        logger.logLevel = logLevel.level

        let configuration: PipelineConfiguration
        do {
            configuration = try PipelineConfiguration.load(contentsOf: config)
        } catch {
            printError("error: \(error)")
            throw ExitStatus.usage.exitCode
        }

        let started = ContinuousClock.now
        let display = TerminalProgress(enabled: !quiet, isTerminal: isatty(STDERR_FILENO) == 1)
        var nightly: NightlyRun?
        if let state {
            let crashPoint = ProcessInfo.processInfo.environment["WINNOW_CRASH_AT"].flatMap(CrashPoint.init(rawValue:))
            do {
                let store = try SQLiteNightlyStore(directory: state, access: .writer)
                nightly = NightlyRun(
                    store: store,
                    night: night ?? Self.today(),
                    keepNights: keepNights,
                    crashPoint: crashPoint
                )
            } catch {
                printError("error: \(error)")
                throw ExitStatus.usage.exitCode
            }
        }
        let request = RunRequest(
            inputs: input.map(InputLocation.init(argument:)),
            outputDirectory: output,
            jobs: jobs,
            limits: InputLimits(maximumRecordBytes: maxRecordSize.bytes),
            nightly: nightly
        )
        let summary: RunSummary
        do {
            summary = try await PipelineRunner(configuration: configuration)
                .run(request, logger: logger, progress: { display.show($0) })
        } catch {
            display.clear()
            printError("error: \(error)")
            throw ExitStatus.usage.exitCode
        }
        display.clear()
        if !quiet {
            printError(summaryLine(summary, elapsed: ContinuousClock.now - started))
            printError("winnow: " + summary.timing.summaryLine)
        }
        if strict, summary.rejected > 0 { throw ExitStatus.rejectedRecords.exitCode }
    }

    /// Today's date in UTC, the default night label.
    static func today() -> String {
        Date().formatted(Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day())
    }

    private func summaryLine(_ summary: RunSummary, elapsed: Duration) -> String {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        var line =
            "winnow: \(summary.read) read, \(summary.canonical) canonical, \(summary.folded) folded into \(summary.clusters) clusters, "
        if state != nil { line += "\(summary.earlierNight) duplicates of earlier nights, " }
        line += "\(summary.rejected) rejected"
        if summary.skippedFiles > 0 { line += ", \(summary.skippedFiles) files skipped" }
        line += " → \(summary.outputDirectory) (\(String(format: "%.1f", seconds)) s)"
        if summary.rejected > 0 {
            line += "; reasons in \((summary.outputDirectory as NSString).appendingPathComponent("rejected.jsonl"))"
        }
        return line
    }
}

/// A size in bytes given as `16777216`, `16MiB`, `512KiB`, `1GiB` (also
/// `16M`, `16MB`: binary units either way).
struct ByteSize: ExpressibleByArgument {
    var bytes: Int

    init(_ bytes: Int) {
        self.bytes = bytes
    }

    init?(argument: String) {
        let text = argument.trimmingCharacters(in: .whitespaces)
        let digits = text.prefix { $0.isNumber }
        let unit = text.dropFirst(digits.count).trimmingCharacters(in: .whitespaces).lowercased()
        let multiplier: Int
        switch unit {
        case "", "b": multiplier = 1
        case "k", "kb", "kib": multiplier = 1 << 10
        case "m", "mb", "mib": multiplier = 1 << 20
        case "g", "gb", "gib": multiplier = 1 << 30
        default: return nil
        }
        guard let value = Int(digits), value > 0 else { return nil }
        bytes = value * multiplier
    }

    var defaultValueDescription: String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20)MiB" : "\(bytes)"
    }
}

/// The `--log-level` values.
enum LogLevel: String, CaseIterable, ExpressibleByArgument {
    case trace, debug, info, notice, warning, error, critical

    var level: Logger.Level { Logger.Level(rawValue: rawValue) ?? .warning }
}
