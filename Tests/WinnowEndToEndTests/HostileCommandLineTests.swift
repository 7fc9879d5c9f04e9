import Foundation
import Testing

/// Hostile input through the `winnow` executable: a bad path or
/// configuration stops before any work with exit code 2 and a message that
/// says what to fix; bad records are rejected and the run exits 0.
@Suite("hostile input on the command line", .serialized)
struct HostileCommandLineTests {
    /// A scratch folder for inputs and outputs, removed by the caller.
    private func scratch() throws -> String {
        let path = WinnowCommand.freshOutputPath()
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    private func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    private func lines(_ path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    @Test(arguments: [
        (
            #"{"version": 1, "stages": [{"stage": "html"}"#,
            "1:44: invalid JSON: unexpected end of input, expected ',' or ']' after a value in an array"
        ),
        (
            #"{"version": 1, "stages": [{"stage": "boilerplate", "rules": [{"name": "x", "regex": "(unclosed"}]}]}"#,
            #": stages[0].rules[0].regex: invalid regular expression "(unclosed": expected ')'"#
        ),
        (
            #"{"version": 1, "stages": [{"stage": "boilerplate", "regexTimeLimit": 0}]}"#,
            ": stages[0].regexTimeLimit: expected an integer from 1 to 60000, found 0"
        ),
        (
            #"{"version": 1, "stages": [{"stage": "html", "maxDepth": "deep"}]}"#,
            #": stages[0].maxDepth: expected an integer from 16 to 100000, found the string "deep""#
        ),
    ])
    func aBrokenConfigurationStopsWithExitCode2BeforeAnyWork(json: String, message: String) throws {
        let config = try WinnowCommand.configuration(json)
        defer { try? FileManager.default.removeItem(atPath: config) }
        let output = WinnowCommand.freshOutputPath()
        let result = try WinnowCommand.run(["run", "--config", config, "--input", "data", "--output", output])
        #expect(result.status == 2)
        #expect(result.standardError == "error: \(config)\(message.hasPrefix(":") ? "" : ":")\(message)\n")
        #expect(!FileManager.default.fileExists(atPath: output), "nothing may be written")
    }

    @Test func aDirectoryGivenAsTheConfigurationStopsWithExitCode2() throws {
        let result = try WinnowCommand.run([
            "run", "--config", "data", "--input", "data", "--output", WinnowCommand.freshOutputPath(),
        ])
        #expect(result.status == 2)
        #expect(result.standardError == "error: data: cannot read the configuration: it is a directory\n")
    }

    @Test func oneMissingInputAmongGoodOnesStopsTheRunBeforeAnyWork() throws {
        let output = WinnowCommand.freshOutputPath()
        let result = try WinnowCommand.run([
            "run", "--input", "data", "--input", "data/no-such-feed.jsonl", "--output", output,
        ])
        #expect(result.status == 2)
        #expect(result.standardError == "error: input 'data/no-such-feed.jsonl' does not exist\n")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func anOutputInsideAFileStopsWithExitCode2NamingTheFile() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/report.txt"
        try write("a file where a folder was meant", to: file)
        let result = try WinnowCommand.run(["run", "--input", "data", "--output", file + "/out", "--quiet"])
        #expect(result.status == 2)
        #expect(
            result.standardError
                == "error: cannot write output to '\(file)/out': '\(file)' is a file, not a directory\n"
        )
    }

    @Test(
        .enabled(
            if: getuid() != 0,
            "root reads every file whatever its permissions, so an unreadable input cannot be made"
        )
    )
    func anUnreadableInputStopsWithExitCode2() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let feed = folder + "/feed.jsonl"
        try write(#"{"id": "a", "text": "Secret."}"#, to: feed)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: feed)
        let result = try WinnowCommand.run(["run", "--input", feed, "--output", folder + "/out", "--quiet"])
        #expect(result.status == 2)
        #expect(result.standardError == "error: cannot read input '\(feed)': permission denied\n")
    }

    @Test func aSixtyMegabyteArticleIsRejectedAndTheRunSucceeds() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/in", withIntermediateDirectories: true)
        try write("A small article next to the huge one.", to: folder + "/in/small.txt")
        var huge = Data("Huge headline\n\n".utf8)
        huge.append(Data(repeating: UInt8(ascii: "w"), count: 60 << 20))
        try huge.write(to: URL(fileURLWithPath: folder + "/in/huge.txt"))
        let result = try WinnowCommand.run(["run", "--input", folder + "/in", "--output", folder + "/out", "--quiet"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(
            try lines(folder + "/out/rejected.jsonl") == [
                #"{"id":"huge","reason":"the record is 62914575 bytes, over the maximum record size of 16 MiB; it was skipped without being parsed","input":"\#(folder)/in/huge.txt"}"#
            ]
        )
        #expect(try lines(folder + "/out/records.jsonl").count == 1)
    }

    @Test func gzipOnStandardInputIsRejectedOnceAndStrictMakesItExitCode3() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let gz = folder + "/feed.jsonl.gz"
        try write(#"{"id": "a", "text": "Compressed."}"# + "\n", to: folder + "/feed.jsonl")
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gzip.arguments = ["gzip", "-k", folder + "/feed.jsonl"]
        try gzip.run()
        gzip.waitUntilExit()
        let compressed = try Data(contentsOf: URL(fileURLWithPath: gz))
        let result = try WinnowCommand.run(
            ["run", "--input", "-", "--output", folder + "/out", "--quiet", "--strict"],
            standardInputBytes: compressed
        )
        #expect(result.status == 3)
        #expect(
            try lines(folder + "/out/rejected.jsonl") == [
                #"{"id":"<stdin>","reason":"the file is gzip-compressed, not text; decompress it first (gunzip) and give winnow the result","input":"<stdin>"}"#
            ]
        )
    }

    @Test func aRegexThatBacktracksIsStoppedAndItsRecordRejected() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let config = folder + "/pipeline.json"
        try write(
            #"{"version": 1, "stages": [{"stage": "boilerplate", "rules": [{"name": "nested", "regex": "(x+x+)+y"}]}, {"stage": "normalize"}]}"#,
            to: config
        )
        try write(
            #"{"id": "trap", "text": "\#(String(repeating: "x", count: 5000))"}"# + "\n"
                + #"{"id": "fine", "text": "An ordinary line."}"#,
            to: folder + "/feed.jsonl"
        )
        let result = try WinnowCommand.run([
            "run", "--config", config, "--input", folder + "/feed.jsonl", "--output", folder + "/out", "--quiet",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(
            try lines(folder + "/out/rejected.jsonl") == [
                #"{"id":"trap","reason":"stage 'boilerplate' (stages[0]): rule 'nested' gave up on line 1 (5000 characters) after regexTimeLimit, 100 ms: the regex backtracks too much on it; make it simpler (no nested repetition such as (a+)+) or raise regexTimeLimit","input":"\#(folder)/feed.jsonl:1"}"#
            ]
        )
        #expect(try lines(folder + "/out/records.jsonl").count == 1)
    }
}
