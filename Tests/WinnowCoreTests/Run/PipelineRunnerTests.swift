import Foundation
import Logging
import Testing

@testable import WinnowCore

@Suite("running a pipeline")
struct PipelineRunnerTests {
    /// The truth written with the sample corpus: clusters of syndicated
    /// copies, single articles, template-sharing stories, rejected lines.
    struct Truth {
        let clusters: [[String]]
        let singles: [String]
        let templateShared: [String]
        let rejectedInputs: [String]

        static func load() throws -> Truth {
            let truth = try #require(try Fixtures.json("sample-truth.json").objectValue)
            guard case .array(let clusters)? = truth["clusters"], case .array(let rejected)? = truth["rejected"] else {
                throw RecordRejection("sample-truth.json has an unexpected shape")
            }
            return Truth(
                clusters: clusters.map { RunResult.strings($0) },
                singles: RunResult.strings(truth["singles"]),
                templateShared: RunResult.strings(truth["templateShared"]),
                rejectedInputs: rejected.compactMap { $0.objectValue?["input"]?.stringValue }
            )
        }
    }

    @Test func everyInputRecordEndsUpExactlyOnce() async throws {
        let result = try await RunResult.run(RunResult.defaultPipeline)
        defer { result.remove() }
        var seen: [String: Int] = [:]
        for record in result.records {
            for id in [record["id"]?.stringValue ?? ""] + RunResult.strings(record["duplicates"]) {
                seen[id, default: 0] += 1
            }
        }
        for rejection in result.rejected { seen[rejection["id"]?.stringValue ?? "", default: 0] += 1 }
        let truth = try Truth.load()
        let expected = truth.clusters.flatMap { $0 } + truth.singles
        for id in expected { #expect(seen[id] == 1, "\(id) appears \(seen[id] ?? 0) times") }
        #expect(seen.values.reduce(0, +) == result.summary.read)
        #expect(result.summary.read == expected.count + truth.rejectedInputs.count)
        #expect(result.summary.canonical + result.summary.folded + result.summary.rejected == result.summary.read)
        #expect(result.summary.skippedFiles == 1)
    }

    @Test func syndicatedCopiesFoldAndTemplateSharingStoriesDoNot() async throws {
        let result = try await RunResult.run(RunResult.defaultPipeline)
        defer { result.remove() }
        let truth = try Truth.load()
        var found = Set<Set<String>>()
        for (canonical, duplicates) in result.clusters where !duplicates.isEmpty {
            found.insert(Set([canonical] + duplicates))
        }
        #expect(found == Set(truth.clusters.map(Set.init)))
        for id in truth.templateShared { #expect(result.clusters[id] == [], "\(id) should stand alone") }
    }

    @Test func rejectedRecordsSayWhereAndWhy() async throws {
        let result = try await RunResult.run(RunResult.defaultPipeline)
        defer { result.remove() }
        let truth = try Truth.load()
        // The truth names inputs relative to data/, the run as the user passed them.
        let expected = Set(truth.rejectedInputs.map { Fixtures.dataDirectory.appending($0) })
        #expect(Set(result.rejected.compactMap { $0["input"]?.stringValue }) == expected)
        #expect(result.rejected.allSatisfy { !($0["reason"]?.stringValue ?? "").isEmpty })
    }

    @Test func cleanedTextKeepsTheStoryAndLosesTheNoise() async throws {
        // Without dedup every record is its own canonical, so every article's
        // cleaned text is in records.jsonl.
        let result = try await RunResult.run(
            #"{"version": 1, "stages": [{"stage": "html"}, {"stage": "boilerplate"}, {"stage": "normalize"}]}"#
        )
        defer { result.remove() }
        #expect(result.summary.folded == 0)
        let byID = Dictionary(uniqueKeysWithValues: result.records.map { ($0["id"]?.stringValue ?? "", $0) })
        let expectations = try #require(try Fixtures.json("sample-expectations.json").objectValue)
        for (id, value) in expectations {
            let record = try #require(byID[id], "\(id) missing from records.jsonl")
            let text = (record["title"]?.stringValue ?? "") + "\n" + (record["text"]?.stringValue ?? "")
            let expectation = try #require(value.objectValue)
            for snippet in RunResult.strings(expectation["mustContain"]) {
                #expect(text.contains(snippet), "\(id) lost: \(snippet)")
            }
            for snippet in RunResult.strings(expectation["mustNotContain"]) {
                #expect(!text.contains(snippet), "\(id) kept noise: \(snippet)")
            }
        }
    }

    @Test func stageOrderChangesTheOutput() async throws {
        // Signing the raw pages (dedup before html) lets the long site template
        // the bulletin notices share make them look alike; signing the cleaned
        // text keeps them apart.
        let cleanedFirst = try await RunResult.run(
            #"{"stages": [{"stage": "html"}, {"stage": "boilerplate"}, {"stage": "dedup", "threshold": 0.7}]}"#
        )
        // (Dedup's template guard is off here: it would keep even the raw pages apart.)
        let rawFirst = try await RunResult.run(
            #"{"stages": [{"stage": "dedup", "threshold": 0.7, "minimumBlockWords": 0}, {"stage": "html"}, {"stage": "boilerplate"}]}"#
        )
        defer {
            cleanedFirst.remove()
            rawFirst.remove()
        }
        let bulletins = try Truth.load().templateShared
        let foldedRaw = rawFirst.clusters.filter { bulletins.contains($0.key) }.flatMap(\.value)
        #expect(!foldedRaw.isEmpty, "raw template pages should fold together")
        let foldedCleaned = cleanedFirst.clusters.filter { bulletins.contains($0.key) }.flatMap(\.value)
        #expect(foldedCleaned.isEmpty)

        // Boilerplate before html sees markup lines, not text lines.
        let boilerplateFirst = try await RunResult.run(#"{"stages": [{"stage": "boilerplate"}, {"stage": "html"}]}"#)
        let htmlFirst = try await RunResult.run(#"{"stages": [{"stage": "html"}, {"stage": "boilerplate"}]}"#)
        defer {
            boilerplateFirst.remove()
            htmlFirst.remove()
        }
        let boilerplateFirstRecords = try boilerplateFirst.text("records.jsonl")
        let htmlFirstRecords = try htmlFirst.text("records.jsonl")
        #expect(boilerplateFirstRecords != htmlFirstRecords)
    }

    @Test func optionsChangeTheOutput() async throws {
        let strict = try await RunResult.run(
            #"{"stages": [{"stage": "html"}, {"stage": "boilerplate"}, {"stage": "normalize"}, {"stage": "dedup", "threshold": 0.99, "containment": 2}]}"#
        )
        defer { strict.remove() }
        #expect(strict.summary.folded < 13)
    }

    @Test func outputIsTheSameWhateverTheParallelism() async throws {
        let one = try await RunResult.run(RunResult.defaultPipeline, jobs: 1)
        let four = try await RunResult.run(RunResult.defaultPipeline, jobs: 4)
        defer {
            one.remove()
            four.remove()
        }
        for name in ["records.jsonl", "rejected.jsonl"] {
            let fromOne = try one.text(name).replacingOccurrences(of: one.directory, with: "OUT")
            let fromFour = try four.text(name).replacingOccurrences(of: four.directory, with: "OUT")
            #expect(fromOne == fromFour, "\(name) differs between --jobs 1 and --jobs 4")
        }
        // The reports are the same but for how long the run took.
        var reportOne = one.report
        var reportFour = four.report
        #expect(reportOne["timing"] != nil)
        reportOne["timing"] = nil
        reportFour["timing"] = nil
        #expect(reportOne == reportFour, "report.json differs between --jobs 1 and --jobs 4")
        #expect(
            Self.withoutTiming(one.reportHTML) == Self.withoutTiming(four.reportHTML),
            "report.html differs between --jobs 1 and --jobs 4"
        )
    }

    /// report.html without the one element that says how long the run took.
    static func withoutTiming(_ html: String) -> String {
        guard let start = html.range(of: "<span id=\"timing\">"),
            let end = html.range(of: "</span>", range: start.upperBound..<html.endIndex)
        else { return html }
        return html.replacingCharacters(in: start.lowerBound..<end.upperBound, with: "")
    }

    @Test func aGeneratedBatchOverManyChunksIsTheSameForEveryJobCount() async throws {
        let scratch = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let batch = try GeneratedBatch.write(count: 600, seed: 7, in: scratch)
        var outputs: [[String]] = []
        for jobs in [1, 3] {
            let result = try await RunResult.run(RunResult.defaultPipeline, inputs: [.path(batch)], jobs: jobs)
            defer { result.remove() }
            #expect(result.summary.read == 600)
            #expect(result.summary.folded > 60, "the copies fold")
            #expect(result.summary.rejected > 5, "the broken lines are rejected")
            var report = result.report
            let timing = try #require(report["timing"]?.objectValue)
            #expect(timing["jobs"] == .number(JSONNumber(jobs)))
            report["timing"] = nil
            outputs.append([
                try result.text("records.jsonl"), try result.text("rejected.jsonl"),
                JSONValue.object(report).serialized(),
            ])
        }
        #expect(outputs.count == 2 && outputs[0] == outputs[1], "--jobs 1 and --jobs 3 differ")
    }

    @Test func timingNamesEveryStageAndPhase() async throws {
        let result = try await RunResult.run(RunResult.defaultPipeline)
        defer { result.remove() }
        let timing = try #require(result.report["timing"]?.objectValue)
        guard case .array(let stages)? = timing["stages"], case .array(let phases)? = timing["phases"],
            case .array(let work)? = timing["work"]
        else {
            Issue.record("timing lacks stages, phases or work: \(timing)")
            return
        }
        #expect(
            stages.compactMap { $0.objectValue?["stage"]?.stringValue } == [
                "html", "boilerplate", "normalize", "dedup", "canonical",
            ]
        )
        // Boilerplate learning decides after pass 1; dedup and canonical
        // after the last pass, before the output pass.
        let names = phases.compactMap { $0.objectValue?["phase"]?.stringValue }
        #expect(names.first == "pass 1" && names.last == "output pass" && names.contains("decide"), "\(names)")
        #expect(work.compactMap { $0.objectValue?["step"]?.stringValue } == ["read", "parse", "decode", "encode"])
        let seconds = stages.compactMap { $0.objectValue?["seconds"] }.compactMap { value -> Double? in
            if case .number(let number) = value { number.doubleValue } else { nil }
        }
        #expect(seconds.count == 5 && seconds.allSatisfy { $0 >= 0 })
        #expect(result.summary.timing.phases.last?.name == "reports")
        #expect(result.summary.timing.stages[1].seconds > 0, "boilerplate did some work")
    }

    @Test func theReportAddsUp() async throws {
        let result = try await RunResult.run(RunResult.defaultPipeline)
        defer { result.remove() }
        let report = result.report
        #expect(report["version"] == 3)
        let counts = try #require(report["counts"]?.objectValue)
        #expect(counts["read"] == .number(JSONNumber(result.summary.read)))
        #expect(counts["canonical"] == .number(JSONNumber(result.records.count)))
        #expect(counts["rejected"] == .number(JSONNumber(result.rejected.count)))
        guard case .array(let entries)? = report["records"], case .array(let stages)? = report["stages"],
            case .array(let clusters)? = report["clusters"]
        else {
            Issue.record("report.json lacks records, stages or clusters")
            return
        }
        // Every record read has an entry, rejected ones too.
        #expect(entries.count == result.summary.read)
        #expect(clusters.count == result.summary.clusters)
        // Per-rule totals are the sums of the per-record removals.
        var characters: [String: Int] = [:]
        for entry in entries {
            guard case .array(let removals)? = entry.objectValue?["removals"] else { continue }
            for removal in removals.compactMap(\.objectValue) {
                let key = "\(removal["stageIndex"]?.serialized() ?? "")/\(removal["rule"]?.stringValue ?? "")"
                if case .number(let n)? = removal["characters"] { characters[key, default: 0] += n.intValue ?? 0 }
            }
        }
        var reported: [String: Int] = [:]
        for stage in stages.compactMap(\.objectValue) {
            guard case .array(let rules)? = stage["rules"] else { continue }
            for rule in rules.compactMap(\.objectValue) {
                let key = "\(stage["index"]?.serialized() ?? "")/\(rule["rule"]?.stringValue ?? "")"
                if case .number(let n)? = rule["charactersRemoved"] { reported[key] = n.intValue }
            }
        }
        #expect(reported == characters)
        #expect(reported.keys.contains("1/advertisement"))
        // Each duplicate's entry names its canonical.
        let duplicates = entries.compactMap(\.objectValue).filter { $0["status"] == "duplicate" }
        #expect(duplicates.count == result.summary.folded)
        #expect(result.reportHTML.contains("<h1>winnow report</h1>"))
        // One executable script, the page's own; the rest is inert data.
        #expect(result.reportHTML.components(separatedBy: "<script>").count == 2)
    }

    @Test func outputsAppearWholeAndNothingElseIsLeft() async throws {
        let result = try await RunResult.run(RunResult.defaultPipeline)
        defer { result.remove() }
        let entries = try FileManager.default.contentsOfDirectory(atPath: result.directory).sorted()
        #expect(entries == ["records.jsonl", "rejected.jsonl", "report.html", "report.json"])
    }

    @Test func leftoversOfAKilledRunAreRemovedButNothingElse() async throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let deadPID = "2147483646"
        #expect(
            FileManager.default.createFile(
                atPath: directory.appending(".records.jsonl.winnow-tmp-\(deadPID)"),
                contents: Data("{".utf8)
            )
        )
        try FileManager.default.createDirectory(
            atPath: directory.appending(".winnow-work-\(deadPID)"),
            withIntermediateDirectories: false
        )
        #expect(FileManager.default.createFile(atPath: directory.appending(".keep"), contents: Data()))
        let pipeline = try PipelineConfiguration.parse(RunResult.defaultPipeline, file: "pipeline.json")
        _ = try await PipelineRunner(configuration: pipeline).run(
            RunRequest(inputs: [.path(Fixtures.dataDirectory)], outputDirectory: directory, jobs: 1),
            logger: Logger(label: "test")
        )
        let entries = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(entries == [".keep", "records.jsonl", "rejected.jsonl", "report.html", "report.json"])
    }

    @Test func aMissingInputStopsTheRunBeforeAnythingIsWritten() async throws {
        let pipeline = try PipelineConfiguration.parse(RunResult.defaultPipeline, file: "pipeline.json")
        let directory = try Fixtures.temporaryDirectory().appending("out")
        await #expect(throws: RunError.inputNotFound(path: "/nonexistent/articles")) {
            try await PipelineRunner(configuration: pipeline).run(
                RunRequest(inputs: [.path("/nonexistent/articles")], outputDirectory: directory, jobs: 1),
                logger: Logger(label: "test")
            )
        }
        #expect(!FileManager.default.fileExists(atPath: directory))
    }

    @Test func anOutputPathThatIsAFileIsRefused() async throws {
        let pipeline = try PipelineConfiguration.parse(RunResult.defaultPipeline, file: "pipeline.json")
        let file = try Fixtures.temporaryDirectory().appending("taken")
        #expect(FileManager.default.createFile(atPath: file, contents: Data("x".utf8)))
        await #expect(throws: RunError.outputUnwritable(path: file, reason: "it is a file, not a directory")) {
            try await PipelineRunner(configuration: pipeline).run(
                RunRequest(inputs: [.path(Fixtures.dataDirectory)], outputDirectory: file, jobs: 1),
                logger: Logger(label: "test")
            )
        }
    }

    @Test func htmlWithoutAnHTMLStageIsRejectedWithAFix() async throws {
        let result = try await RunResult.run(#"{"stages": [{"stage": "normalize"}]}"#)
        defer { result.remove() }
        let reasons = result.rejected.compactMap { $0["reason"]?.stringValue }
        #expect(
            reasons.contains(
                "the record is HTML but the pipeline has no 'html' stage to turn it into text; add {\"stage\": \"html\"} to pipeline.json"
            )
        )
        #expect(result.summary.canonical + result.summary.rejected == result.summary.read)
    }
}
