import Foundation
import Testing

@Suite("winnow on the command line", .serialized)
struct CommandLineTests {
    @Test func runOnTheSampleDataWritesTheFourFiles() throws {
        let output = WinnowCommand.freshOutputPath()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let result = try WinnowCommand.run(["run", "--config", "pipeline.json", "--input", "data", "--output", output])
        #expect(result.status == 0, "\(result.standardError)")
        let files = try FileManager.default.contentsOfDirectory(atPath: output).sorted()
        #expect(files == ["records.jsonl", "rejected.jsonl", "report.html", "report.json"])
        #expect(
            result.standardError.contains(
                "winnow: 41 read, 25 canonical, 13 folded into 5 clusters, 3 rejected, 1 files skipped"
            )
        )
        let records = try String(contentsOfFile: output + "/records.jsonl", encoding: .utf8).split(separator: "\n")
        #expect(records.count == 25)
        #expect(records.allSatisfy { $0.hasPrefix("{\"id\":") && $0.contains("\"duplicates\":[") })
    }

    @Test(arguments: [
        (
            #"{"version": 1, "stages": [{"stage": "html"}, {"stage": "dedup", "treshold": 0.8}]}"#,
            "stages[1].treshold: unknown key 'treshold' for stage 'dedup' (did you mean 'threshold'?); valid keys: shingleSize, permutations, threshold, containment, minimumContainedWords, shortContainedShare, editedThreshold, editGapWords, minimumBlockWords, candidateThreshold, bands, rows, seed"
        ),
        (
            #"{"version": 1, "stages": [{"stage": "dedupe"}]}"#,
            "stages[0].stage: unknown stage 'dedupe' (did you mean 'dedup'?); available stages: html, boilerplate, normalize, dedup, canonical"
        ),
        (
            #"{"version": 1, "stages": [{"stage": "dedup", "permutations": "128"}]}"#,
            #"stages[0].permutations: expected an integer from 1 to 8192, found the string "128""#
        ),
    ])
    func aBadConfigurationStopsBeforeAnyWorkWithExitCode2(json: String, message: String) throws {
        let config = try WinnowCommand.configuration(json)
        let output = WinnowCommand.freshOutputPath()
        let result = try WinnowCommand.run(["run", "--config", config, "--input", "data", "--output", output])
        #expect(result.status == 2)
        #expect(result.standardError == "error: \(config): \(message)\n")
        #expect(!FileManager.default.fileExists(atPath: output), "nothing may be written")
    }

    @Test func aMissingInputStopsWithExitCode2() throws {
        let output = WinnowCommand.freshOutputPath()
        let result = try WinnowCommand.run(["run", "--input", "no-such-folder", "--output", output])
        #expect(result.status == 2)
        #expect(result.standardError == "error: input 'no-such-folder' does not exist\n")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func aMissingConfigurationStopsWithExitCode2() throws {
        let result = try WinnowCommand.run([
            "run", "--config", "nope.json", "--input", "data", "--output", WinnowCommand.freshOutputPath(),
        ])
        #expect(result.status == 2)
        #expect(result.standardError == "error: nope.json: cannot read the configuration: no such file\n")
    }

    @Test func usageErrorsExitWith2() throws {
        let result = try WinnowCommand.run(["run", "--output", WinnowCommand.freshOutputPath()])
        #expect(result.status == 2)
        #expect(result.standardError.contains("give at least one --input"))
        #expect(try WinnowCommand.run(["run", "--input", "data", "--output", "x", "--jobs", "0"]).status == 2)
        #expect(try WinnowCommand.run(["frobnicate"]).status == 2)
    }

    @Test func strictTurnsRejectionsIntoExitCode3() throws {
        let output = WinnowCommand.freshOutputPath()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let result = try WinnowCommand.run(["run", "--input", "data", "--output", output, "--strict", "--quiet"])
        #expect(result.status == 3)
        #expect(result.standardError.isEmpty)
        #expect(FileManager.default.fileExists(atPath: output + "/rejected.jsonl"))
    }

    @Test func recordsCanArriveOnStandardInput() throws {
        let output = WinnowCommand.freshOutputPath()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let lines = [
            #"{"id": "a", "title": "Quay works", "text": "Work on the new quay wall began on Monday.\n\nAdvertisement", "url": "https://www.gazette.example/a", "desk": "local"}"#,
            #"{"id": "b"}"#,
        ].joined(separator: "\n")
        let result = try WinnowCommand.run(
            ["run", "--input", "-", "--output", output, "--quiet"],
            standardInput: lines
        )
        #expect(result.status == 0, "\(result.standardError)")
        let records = try String(contentsOfFile: output + "/records.jsonl", encoding: .utf8)
        #expect(
            records
                == #"{"id":"a","title":"Quay works","text":"Work on the new quay wall began on Monday.","url":"https://www.gazette.example/a","source":"gazette.example","published":null,"metadata":{"desk":"local"},"duplicates":[]}"#
                + "\n"
        )
        let rejected = try String(contentsOfFile: output + "/rejected.jsonl", encoding: .utf8)
        #expect(
            rejected
                == #"{"id":"b","reason":"no content: 'text' and 'html' are both missing or empty","input":"<stdin>:2"}"#
                + "\n"
        )
    }

    @Test func stagesListsEveryStageAndItsOptions() throws {
        let result = try WinnowCommand.run(["stages"])
        #expect(result.status == 0)
        for stage in ["html", "boilerplate", "normalize", "dedup", "canonical"] {
            #expect(result.standardOutput.contains("\n\(stage): ") || result.standardOutput.hasPrefix("\(stage): "))
        }
        #expect(result.standardOutput.contains("  threshold (number), default 0.8"))
        let json = try WinnowCommand.run(["stages", "--json"])
        #expect(json.status == 0)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]]
        #expect(parsed?.count == 5)
    }

    @Test(arguments: [["--help"], ["run", "--help"], ["stages", "--help"], ["validate", "--help"], ["--version"]])
    func helpIsAvailableEverywhere(arguments: [String]) throws {
        let result = try WinnowCommand.run(arguments)
        #expect(result.status == 0)
        #expect(!result.standardOutput.isEmpty)
    }

    @Test func validateChecksAConfigurationWithoutRunningIt() throws {
        let ok = try WinnowCommand.run(["validate", "--config", "pipeline.json"])
        #expect(ok.status == 0)
        #expect(ok.standardOutput.hasPrefix("pipeline.json: OK\n"))
        let bad = try WinnowCommand.run([
            "validate", "--config", try WinnowCommand.configuration(#"{"stages": [{"stage": "x"}]}"#),
        ])
        #expect(bad.status == 2)
    }

    @Test func anOversizedRecordIsRejectedNamingTheLimitAndTheSummaryGivesStageTimes() throws {
        let output = WinnowCommand.freshOutputPath()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let big = #"{"id": "big", "text": "\#(String(repeating: "word ", count: 400))"}"#
        let small = #"{"id": "small", "text": "A short article about the harbour ferry timetable."}"#
        let result = try WinnowCommand.run(
            ["run", "--input", "-", "--output", output, "--max-record-size", "1KiB"],
            standardInput: big + "\n" + small + "\n"
        )
        #expect(result.status == 0, "\(result.standardError)")
        let rejected = try String(contentsOfFile: output + "/rejected.jsonl", encoding: .utf8)
        #expect(rejected.contains("over the maximum record size of 1 KiB"))
        #expect(rejected.contains("<stdin>:1"))
        #expect(result.standardError.contains("winnow: 2 read, 1 canonical"))
        #expect(result.standardError.contains("CPU time per stage (summed over"))
        #expect(result.standardError.contains("normalize "))
    }

    @Test func aBadRecordSizeIsAUsageError() throws {
        let result = try WinnowCommand.run(
            ["run", "--input", "data", "--output", WinnowCommand.freshOutputPath(), "--max-record-size", "lots"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("max-record-size"))
    }
}
