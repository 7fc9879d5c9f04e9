import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `winnow run --state`: two nights, reruns, crashes, the lock, retention.
@Suite("nightly state end to end", .serialized)
struct NightlyStateTests {
    /// A small invented corpus of two nights, written as JSON Lines.
    struct Corpus {
        let directory: String
        /// Night 2's copies of night 1's stories: copy id → original id.
        var copies: [String: String] = [:]
        /// Night 2's new stories and their copies among themselves.
        var newStories: [String] = []
        var ids: [String: Set<String>] = [:]

        var night1: String { directory + "/night1.jsonl" }
        var night2: String { directory + "/night2.jsonl" }
        var night3: String { directory + "/night3.jsonl" }

        init() throws {
            directory = WinnowCommand.freshOutputPath()
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            var random = SplitMix(seed: 42)
            func story() -> [String] {
                (0..<6).map { _ in (0..<25).map { _ in "w\(random.next() % 3000)" }.joined(separator: " ") + "." }
            }
            func line(_ id: String, _ paragraphs: [String], source: String) -> String {
                let text = paragraphs.joined(separator: "\n\n").replacingOccurrences(of: "\n", with: "\\n")
                return
                    #"{"id": "\#(id)", "text": "\#(text)", "url": "https://\#(source)/\#(id)", "published": "2026-11-30"}"#
            }
            var first: [(String, [String])] = []
            for index in 0..<20 { first.append(("one-\(index)", story())) }
            try Self.write(first.map { line($0.0, $0.1, source: "gazette.example") }, to: night1)
            ids["n1"] = Set(first.map(\.0))
            var second: [String] = []
            var secondIDs = Set<String>()
            for index in stride(from: 0, to: 20, by: 3) {
                // A syndicated copy: another outlet's wrapper line, one word changed.
                var paragraphs = first[index].1
                paragraphs[2] = paragraphs[2].replacingOccurrences(
                    of: "w",
                    with: "x",
                    options: [],
                    range: paragraphs[2].range(of: "w")
                )
                paragraphs.append("Read more at the Herald")
                let id = "copy-of-\(index)"
                copies[id] = first[index].0
                second.append(line(id, paragraphs, source: "herald.example"))
                secondIDs.insert(id)
            }
            for index in 0..<8 {
                let paragraphs = story()
                let id = "two-\(index)"
                newStories.append(id)
                second.append(line(id, paragraphs, source: "herald.example"))
                secondIDs.insert(id)
                if index < 2 {
                    second.append(line("\(id)-again", paragraphs, source: "post.example"))
                    secondIDs.insert("\(id)-again")
                }
            }
            second.append(#"{"id": "broken", "text": "#)
            // A line that does not parse is rejected under its location.
            secondIDs.insert("\(night2):\(second.count)")
            try Self.write(second, to: night2)
            ids["n2"] = secondIDs
            try Self.write(
                (0..<5).map { line("three-\($0)", story(), source: "post.example") } + [
                    line("late-copy", first[1].1, source: "post.example")
                ],
                to: night3
            )
        }

        static func write(_ lines: [String], to path: String) throws {
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        }

        func remove() { try? FileManager.default.removeItem(atPath: directory) }
    }

    struct Outcome {
        var status: Int32
        var signalled: Bool
        var standardError: String
    }

    /// Runs winnow with extra environment; the process may kill itself.
    static func winnow(_ arguments: [String], environment: [String: String] = [:]) throws -> Outcome {
        let process = Process()
        process.executableURL = WinnowCommand.executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: WinnowCommand.packageRoot)
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let error = Pipe()
        process.standardError = error
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus,
            signalled: process.terminationReason == .uncaughtSignal,
            standardError: String(decoding: data, as: UTF8.self)
        )
    }

    static func run(
        _ input: String,
        output: String,
        state: String,
        night: String,
        extra: [String] = [],
        environment: [String: String] = [:]
    )
        throws -> Outcome
    {
        try winnow(
            [
                "run", "--config", "pipeline.json", "--input", input, "--output", output, "--state", state, "--night",
                night,
                "--jobs", "2", "--quiet",
            ] + extra,
            environment: environment
        )
    }

    static func lines(_ path: String) throws -> [[String: Any]] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        return try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    static func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    static func copyDirectory(_ from: String, to: String) throws {
        try? FileManager.default.removeItem(atPath: to)
        try FileManager.default.copyItem(atPath: from, toPath: to)
    }

    static func stateText(_ state: String) throws -> String {
        let process = Process()
        process.executableURL = WinnowCommand.executable
        process.arguments = ["state", state, "--runs", "0"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // The size line changes with SQLite's page use; the rest is content.
        return String(decoding: data, as: UTF8.self).split(separator: "\n").dropFirst().joined(separator: "\n")
    }

    /// Every input id is exactly once a canonical, inside some canonical's
    /// duplicates, in duplicates.jsonl, or in rejected.jsonl.
    static func expectEveryRecordOnce(_ output: String, ids: Set<String>) throws {
        var seen: [String] = []
        for record in try lines(output + "/records.jsonl") {
            seen.append(try #require(record["id"] as? String))
            seen += try #require(record["duplicates"] as? [String])
        }
        seen += try lines(output + "/duplicates.jsonl").map { try #require($0["id"] as? String) }
        seen += try lines(output + "/rejected.jsonl").map {
            try #require(($0["id"] as? String) ?? ($0["input"] as? String))
        }
        #expect(seen.count == ids.count, "\(seen.sorted()) vs \(ids.sorted())")
        #expect(Set(seen) == ids)
    }

    @Test func nightTwoFoldsCopiesOfNightOneIntoItsCanonicals() throws {
        let corpus = try Corpus()
        defer { corpus.remove() }
        let state = corpus.directory + "/state"
        let first = try Self.run(corpus.night1, output: corpus.directory + "/out1", state: state, night: "n1")
        #expect(first.status == 0, "\(first.standardError)")
        let afterNight1 = try Self.stateText(state)
        let second = try Self.run(corpus.night2, output: corpus.directory + "/out2", state: state, night: "n2")
        #expect(second.status == 0, "\(second.standardError)")
        let duplicates = try Self.lines(corpus.directory + "/out2/duplicates.jsonl")
        var found: [String: String] = [:]
        for duplicate in duplicates {
            found[duplicate["id"] as! String] = duplicate["canonical"] as? String
            #expect(duplicate["night"] as? String == "n1")
            #expect((duplicate["similarity"] as! Double) >= 0.8)
            #expect((duplicate["evidence"] as? [String: Any])?["verdict"] as? String == "duplicate")
        }
        #expect(found == corpus.copies)
        let canonical = try Self.lines(corpus.directory + "/out2/records.jsonl")
        #expect(Set(canonical.map { $0["id"] as! String }) == Set(corpus.newStories))
        #expect(canonical.first { $0["id"] as? String == "two-0" }?["duplicates"] as? [String] == ["two-0-again"])
        try Self.expectEveryRecordOnce(corpus.directory + "/out2", ids: corpus.ids["n2"]!)
        try Self.expectEveryRecordOnce(corpus.directory + "/out1", ids: corpus.ids["n1"]!)
        // Night 1's canonicals did not change.
        let shown = try Self.stateText(state)
        #expect(shown.contains("n1  20 canonical"))
        #expect(shown.contains("n2  8 canonical"))
        #expect(afterNight1.contains("n1  20 canonical"))
    }

    @Test func rerunningNightTwoIsByteIdenticalAndChangesNothing() throws {
        let corpus = try Corpus()
        defer { corpus.remove() }
        let state = corpus.directory + "/state"
        #expect(try Self.run(corpus.night1, output: corpus.directory + "/out1", state: state, night: "n1").status == 0)
        try Self.copyDirectory(state, to: corpus.directory + "/state-after-1")
        #expect(try Self.run(corpus.night2, output: corpus.directory + "/a", state: state, night: "n2").status == 0)
        let afterNight2 = try Self.stateText(state)
        // The same night again on the same state: it matches nothing of itself.
        #expect(try Self.run(corpus.night2, output: corpus.directory + "/b", state: state, night: "n2").status == 0)
        // And from a copy of the state as it was after night 1.
        #expect(
            try Self.run(
                corpus.night2,
                output: corpus.directory + "/c",
                state: corpus.directory + "/state-after-1",
                night: "n2"
            ).status == 0
        )
        for name in ["records.jsonl", "duplicates.jsonl", "rejected.jsonl"] {
            let reference = Self.bytes(corpus.directory + "/a/" + name)
            #expect(reference != nil)
            #expect(Self.bytes(corpus.directory + "/b/" + name) == reference, "\(name) of the rerun")
            #expect(Self.bytes(corpus.directory + "/c/" + name) == reference, "\(name) from the copy")
        }
        #expect(try Self.stateText(state) == afterNight2)
        #expect(try Self.stateText(corpus.directory + "/state-after-1") == afterNight2)
    }

    @Test func aRunKilledAnywhereLeavesTheStateBeforeOrAfterAndTheRerunEqualsAnUninterruptedRun() throws {
        let corpus = try Corpus()
        defer { corpus.remove() }
        let base = corpus.directory + "/state-1"
        #expect(try Self.run(corpus.night1, output: corpus.directory + "/out1", state: base, night: "n1").status == 0)
        let before = try Self.stateText(base)
        let reference = corpus.directory + "/reference"
        try Self.copyDirectory(base, to: corpus.directory + "/reference-state")
        #expect(
            try Self.run(corpus.night2, output: reference, state: corpus.directory + "/reference-state", night: "n2")
                .status == 0
        )
        let after = try Self.stateText(corpus.directory + "/reference-state")
        #expect(before != after)

        func check(_ state: String, output: String, crashed: Outcome, label: String) throws {
            #expect(
                crashed.signalled && crashed.status == SIGKILL,
                "\(label): \(crashed.status) \(crashed.standardError)"
            )
            let shown = try Self.stateText(state)
            #expect(shown == before || shown == after, "\(label): the state is between before and after")
            let rerun = try Self.run(corpus.night2, output: output, state: state, night: "n2")
            #expect(rerun.status == 0, "\(label): \(rerun.standardError)")
            for name in ["records.jsonl", "duplicates.jsonl", "rejected.jsonl"] {
                #expect(Self.bytes(output + "/" + name) == Self.bytes(reference + "/" + name), "\(label): \(name)")
            }
            #expect(try Self.stateText(state) == after, "\(label)")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: output).filter { $0.hasPrefix(".") }
            #expect(leftovers.isEmpty, "\(label): \(leftovers)")
        }
        // Named points, before, inside and after the commit and mid-rename.
        for point in ["before-commit", "inside-commit", "after-commit", "during-rename"] {
            let state = corpus.directory + "/state-\(point)"
            let output = corpus.directory + "/out-\(point)"
            try Self.copyDirectory(base, to: state)
            let crashed = try Self.run(
                corpus.night2,
                output: output,
                state: state,
                night: "n2",
                environment: ["WINNOW_CRASH_AT": point]
            )
            try check(state, output: output, crashed: crashed, label: point)
        }
        // And kill -9 from outside at arbitrary moments of the run.
        for delay in [0.05, 0.15, 0.3] {
            let state = corpus.directory + "/state-\(delay)"
            let output = corpus.directory + "/out-\(delay)"
            try Self.copyDirectory(base, to: state)
            let process = Process()
            process.executableURL = WinnowCommand.executable
            process.arguments = [
                "run", "--config", "pipeline.json", "--input", corpus.night2, "--output", output, "--state", state,
                "--night", "n2", "--quiet", "--jobs", "2",
            ]
            process.currentDirectoryURL = URL(fileURLWithPath: WinnowCommand.packageRoot)
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let shown = try Self.stateText(state)
            #expect(shown == before || shown == after, "killed after \(delay) s")
            let rerun = try Self.run(corpus.night2, output: output, state: state, night: "n2")
            #expect(rerun.status == 0)
            for name in ["records.jsonl", "duplicates.jsonl"] {
                #expect(
                    Self.bytes(output + "/" + name) == Self.bytes(reference + "/" + name),
                    "killed after \(delay) s: \(name)"
                )
            }
        }
    }

    @Test func aSecondRunOnTheSameStateFailsAtOnceNamingTheFirst() throws {
        let corpus = try Corpus()
        defer { corpus.remove() }
        let state = corpus.directory + "/state"
        // The first run reads standard input, which stays open: it holds the state.
        let first = Process()
        first.executableURL = WinnowCommand.executable
        first.arguments = ["run", "--input", "-", "--output", corpus.directory + "/first", "--state", state, "--quiet"]
        first.currentDirectoryURL = URL(fileURLWithPath: WinnowCommand.packageRoot)
        let input = Pipe()
        first.standardInput = input
        try first.run()
        defer {
            try? input.fileHandleForWriting.close()
            first.waitUntilExit()
        }
        let lock = state + "/lock"
        for _ in 0..<100 where (try? String(contentsOfFile: lock, encoding: .utf8))?.isEmpty ?? true {
            Thread.sleep(forTimeInterval: 0.05)
        }
        let started = Date()
        let second = try Self.run(corpus.night1, output: corpus.directory + "/second", state: state, night: "n1")
        #expect(second.status == 2)
        #expect(
            second.standardError.contains("state '\(state)' is in use by winnow process \(first.processIdentifier)"),
            "\(second.standardError)"
        )
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(!FileManager.default.fileExists(atPath: corpus.directory + "/second"))
    }

    @Test func otherDedupParametersStopBeforeAnyWorkNamingTheValues() throws {
        let corpus = try Corpus()
        defer { corpus.remove() }
        let state = corpus.directory + "/state"
        #expect(try Self.run(corpus.night1, output: corpus.directory + "/out1", state: state, night: "n1").status == 0)
        let config = try WinnowCommand.configuration(
            #"{"version": 1, "stages": [{"stage": "normalize"}, {"stage": "dedup", "permutations": 64, "seed": 3}]}"#
        )
        let output = corpus.directory + "/out2"
        let result = try Self.winnow(
            [
                "run", "--config", config, "--input", corpus.night2, "--output", output, "--state", state, "--night",
                "n2",
            ])
        #expect(result.status == 2)
        #expect(
            result.standardError.contains("permutations is 64 in \(config) but 128 in the state"),
            "\(result.standardError)"
        )
        #expect(result.standardError.contains("seed is 3 in \(config) but 1 in the state"))
        #expect(result.standardError.contains("rebuild"))
        #expect(!FileManager.default.fileExists(atPath: output))
        let noDedup = try WinnowCommand.configuration(#"{"version": 1, "stages": [{"stage": "normalize"}]}"#)
        let without = try Self.winnow([
            "run", "--config", noDedup, "--input", corpus.night2, "--output", output, "--state", state,
        ])
        #expect(without.status == 2)
        #expect(without.standardError.contains("has no 'dedup' stage"))
        #expect(try Self.winnow(["run", "--input", corpus.night2, "--output", output, "--night", "n2"]).status == 2)
    }

    @Test func aStateBuiltWithAnotherDerivedBandingKeepsItsBanding() throws {
        // A state built when the derived banding was 32 × 4 (an earlier
        // default): a pipeline that leaves bands and rows to be derived
        // keeps the state's banding; one that sets them is refused.
        let corpus = try Corpus()
        defer { corpus.remove() }
        let state = corpus.directory + "/state"
        let old = try WinnowCommand.configuration(
            #"{"version": 1, "stages": [{"stage": "normalize"}, {"stage": "dedup", "bands": 32, "rows": 4}]}"#
        )
        let first = try Self.winnow([
            "run", "--config", old, "--input", corpus.night1, "--output", corpus.directory + "/out1", "--state", state,
            "--night", "n1", "--quiet",
        ])
        #expect(first.status == 0, "\(first.standardError)")
        let derived = try WinnowCommand.configuration(
            #"{"version": 1, "stages": [{"stage": "normalize"}, {"stage": "dedup"}]}"#
        )
        let output = corpus.directory + "/out2"
        let second = try Self.winnow([
            "run", "--config", derived, "--input", corpus.night2, "--output", output, "--state", state, "--night", "n2",
        ])
        #expect(second.status == 0, "\(second.standardError)")
        #expect(second.standardError.contains("keeping the state's LSH banding"), "\(second.standardError)")
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output + "/report.json")))
                as? [String: Any]
        )
        let dedup = try #require(report["dedup"] as? [String: Any])
        #expect(dedup["bands"] as? Int == 32 && dedup["rows"] as? Int == 4)
        let explicit = try WinnowCommand.configuration(
            #"{"version": 1, "stages": [{"stage": "normalize"}, {"stage": "dedup", "bands": 37, "rows": 3}]}"#
        )
        let refused = try Self.winnow([
            "run", "--config", explicit, "--input", corpus.night2, "--output", corpus.directory + "/out3", "--state",
            state, "--night", "n3",
        ])
        #expect(refused.status == 2)
        #expect(
            refused.standardError.contains("bands is 37 in \(explicit) but 32 in the state"),
            "\(refused.standardError)"
        )
    }

    @Test func siteLinesLearnedOnEarlierNightsAreRemovedTonight() throws {
        let directory = WinnowCommand.freshOutputPath()
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let header = "Quayside Notices and community news since 1990"
        let footer = "Send your notices to the desk by Wednesday noon and we print them on Friday"
        var random = SplitMix(seed: 7)
        // Two notices a night: too few for one night to learn its lines
        // (learning needs three articles of a source).
        func night(_ number: Int) throws -> String {
            let path = directory + "/night\(number).jsonl"
            let records = (0..<2).map { index -> String in
                let body = (0..<3).map { _ in
                    (0..<30).map { _ in "w\(random.next() % 4000)" }.joined(separator: " ") + "."
                }
                let text = ([header] + body + [footer]).joined(separator: "\\n\\n")
                return #"{"id": "n\#(number)-\#(index)", "source": "quayside.example", "text": "\#(text)"}"#
            }
            try records.joined(separator: "\n").appending("\n").write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        let state = directory + "/state"
        func texts(_ output: String) throws -> [String] {
            try Self.lines(output + "/records.jsonl").compactMap { $0["text"] as? String }
        }
        let first = try Self.run(try night(1), output: directory + "/out1", state: state, night: "n1")
        #expect(first.status == 0, "\(first.standardError)")
        #expect(try texts(directory + "/out1").allSatisfy { $0.contains(header) && $0.contains(footer) })
        let second = try night(2)
        let alone = try Self.winnow(
            ["run", "--config", "pipeline.json", "--input", second, "--output", directory + "/alone", "--quiet"])
        #expect(alone.status == 0, "\(alone.standardError)")
        #expect(try texts(directory + "/alone").allSatisfy { $0.contains(header) && $0.contains(footer) })
        // With the state, the two notices of night 1 count too: four carry the lines.
        let outcome = try Self.run(second, output: directory + "/out2", state: state, night: "n2")
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let tonight = try texts(directory + "/out2")
        #expect(tonight.count == 2)
        #expect(tonight.allSatisfy { !$0.contains(header) && !$0.contains(footer) })
        // A rerun of night 2 counts only the nights before it: the same output.
        let rerun = try Self.run(second, output: directory + "/rerun2", state: state, night: "n2")
        #expect(rerun.status == 0, "\(rerun.standardError)")
        #expect(Self.bytes(directory + "/rerun2/records.jsonl") == Self.bytes(directory + "/out2/records.jsonl"))
    }

    @Test func retentionDropsOldNightsAndStateShowsAndCompacts() throws {
        let corpus = try Corpus()
        defer { corpus.remove() }
        let state = corpus.directory + "/state"
        for (night, input) in [("n1", corpus.night1), ("n2", corpus.night2), ("n3", corpus.night3)] {
            let result = try Self.run(
                input,
                output: corpus.directory + "/out-\(night)",
                state: state,
                night: night,
                extra: ["--keep-nights", "2"]
            )
            #expect(result.status == 0, "\(result.standardError)")
        }
        // n1 was dropped after n3 committed; n3's copy of a night-1 story was
        // still folded, since n1 was kept while n3 ran.
        #expect(
            try Self.lines(corpus.directory + "/out-n3/duplicates.jsonl").map { $0["canonical"] as? String } == [
                "one-1"
            ]
        )
        let shown = try Self.stateText(state)
        #expect(shown.contains("nights: 2, canonical records: 13"), "\(shown)")
        #expect(!shown.contains("n1  "))
        #expect(shown.contains("herald.example  8"))
        let full = try Self.winnow(["state", state])
        #expect(full.status == 0)
        let compacted = try Self.winnow(["state", state, "--compact"])
        #expect(compacted.status == 0)
        #expect(try Self.stateText(state) == shown)
        // A fourth night no longer finds night 1's stories: all canonical again.
        #expect(
            try Self.run(corpus.night1, output: corpus.directory + "/out-n4", state: state, night: "n4").status == 0
        )
        #expect(try Self.lines(corpus.directory + "/out-n4/duplicates.jsonl").isEmpty)
        #expect(try Self.lines(corpus.directory + "/out-n4/records.jsonl").count == 20)
    }
}
