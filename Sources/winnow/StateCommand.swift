import ArgumentParser
import Foundation
import WinnowCore

/// `winnow state`: what a nightly state holds, and its compaction.
struct StateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "state",
        abstract: "Show what a nightly state (winnow run --state DIR) holds, or compact it.",
        discussion: """
            Shows the state's size on disk, the dedup parameters it was built with, its nights with their \
            canonical records, canonical records per source, and the last runs. --compact merges the recent \
            tier of the band index into the main one and rebuilds the database to its smallest size (SQLite \
            VACUUM); it waits for no run: it fails at once when a \
            run holds the state.
            """
    )

    @Argument(help: ArgumentHelp("The state directory.", valueName: "dir"))
    var directory: String

    @Flag(help: "Rebuild the database to its smallest size (takes the writer's lock).")
    var compact = false

    @Option(help: ArgumentHelp("How many of the last runs to list.", valueName: "n"))
    var runs = 5

    func run() throws {
        do {
            if compact {
                let store = try SQLiteNightlyStore(directory: directory, access: .writer)
                let before = try store.overview(lastRuns: 0).bytes
                try store.compact()
                let after = try store.overview(lastRuns: 0).bytes
                print("compacted \(directory): \(Self.size(before)) → \(Self.size(after))")
                return
            }
            let store = try SQLiteNightlyStore(directory: directory, access: .reader)
            print(Self.render(try store.overview(lastRuns: max(0, runs)), directory: directory))
        } catch {
            printError("error: \(error)")
            throw ExitStatus.usage.exitCode
        }
    }

    static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? String(format: "%.1f MiB", Double(bytes) / Double(1 << 20)) : "\(bytes) bytes"
    }

    static func render(_ overview: StateOverview, directory: String) -> String {
        var lines = ["state \(directory): \(size(overview.bytes))"]
        if let parameters = overview.parameters {
            lines.append(
                "dedup parameters: " + parameters.named.map { "\($0.name) \($0.value)" }.joined(separator: ", ")
            )
        } else {
            lines.append("dedup parameters: none yet (no run committed)")
        }
        let total = overview.nights.reduce(0) { $0 + $1.canonicals }
        lines.append("nights: \(overview.nights.count), canonical records: \(total)")
        for night in overview.nights { lines.append("  \(night.label)  \(night.canonicals) canonical") }
        lines.append("canonical records per source:")
        for entry in overview.canonicalsPerSource { lines.append("  \(entry.source ?? "(none)")  \(entry.count)") }
        lines.append("last runs:")
        for run in overview.lastRuns {
            lines.append(
                "  \(run.night)  \(run.status)  \(run.started) → \(run.finished)  read \(run.read), canonical \(run.canonical), folded \(run.folded), earlier nights \(run.earlierNightDuplicates), rejected \(run.rejected)"
            )
            lines.append(
                "    config \(run.configurationHash.prefix(12))  input \(run.inputFingerprint.prefix(12))  "
                    + run.stageSeconds.map { "\($0.stage) \(String(format: "%.2f", $0.seconds)) s" }.joined(
                        separator: ", "
                    )
            )
        }
        return lines.joined(separator: "\n")
    }
}
