import Foundation
import Testing

@testable import WinnowCore

/// JSON Lines records that are broken or lack what a record needs: each is
/// rejected with its exact reason and where it came from, and the lines
/// around it are still read.
@Suite("hostile input: records")
struct HostileRecordTests {
    /// Runs one feed of `lines`; returns the run and the feed's path.
    private func runFeed(_ lines: [String]) async throws -> (HostileRun, String) {
        let run = try await HostileRun.run { input in
            try input.write("feed.jsonl", lines.joined(separator: "\n") + "\n")
        }
        return (run, run.path("feed.jsonl"))
    }

    @Test func aTruncatedLineIsRejectedAndTheNextLineIsRead() async throws {
        let (run, feed) = try await runFeed([
            #"{"id": "t1", "text": "cut off in the midd"#,
            #"{"id": "t2", "text": "The line after it."}"#,
        ])
        defer { run.remove() }
        #expect(
            run.rejections == [
                .init(id: "\(feed):1", reason: "invalid JSON at column 22: unterminated string", input: "\(feed):1")
            ]
        )
        #expect(run.recordIDs == ["t2"])
    }

    @Test func aLastLineCutOffBeforeItsClosingBraceIsRejected() async throws {
        let run = try await HostileRun.run { input in
            try input.write(
                "feed.jsonl",
                #"{"id": "a", "text": "Whole."}"# + "\n" + #"{"id": "b", "text": "Almost whole.""#
            )
        }
        defer { run.remove() }
        let at = run.path("feed.jsonl") + ":2"
        #expect(
            run.rejections == [
                .init(
                    id: at,
                    reason:
                        "invalid JSON at column 36: unexpected end of input, expected ',' or '}' after a value in an object",
                    input: at
                )
            ]
        )
        #expect(run.recordIDs == ["a"])
    }

    @Test(arguments: [
        (#"["id", "x"]"#, "expected a JSON object, found an array"),
        (#""just a string""#, #"expected a JSON object, found the string "just a string""#),
        ("42", "expected a JSON object, found 42"),
        ("true", "expected a JSON object, found true"),
        ("null", "expected a JSON object, found null"),
    ])
    func aLineThatIsNotAnObjectIsRejected(line: String, reason: String) async throws {
        let (run, feed) = try await runFeed([line, #"{"id": "after", "text": "Read."}"#])
        defer { run.remove() }
        #expect(run.rejections == [.init(id: "\(feed):1", reason: reason, input: "\(feed):1")])
        #expect(run.recordIDs == ["after"])
    }

    @Test func aMissingIdIsRejectedUnderItsLocation() async throws {
        let (run, feed) = try await runFeed([#"{"text": "An orphan paragraph.", "title": "No id"}"#])
        defer { run.remove() }
        #expect(
            run.rejections == [
                .init(id: "\(feed):1", reason: "missing 'id' (a string that names the record)", input: "\(feed):1")
            ]
        )
    }

    @Test(arguments: [
        (#"{"id": 5, "text": "x"}"#, "'id' must be a non-empty string, found 5"),
        (#"{"id": 5.5, "text": "x"}"#, "'id' must be a non-empty string, found 5.5"),
        (#"{"id": true, "text": "x"}"#, "'id' must be a non-empty string, found true"),
        (#"{"id": {"n": 1}, "text": "x"}"#, "'id' must be a non-empty string, found an object"),
        (#"{"id": "", "text": "x"}"#, #"'id' must be a non-empty string, found the string """#),
    ])
    func anIdThatIsNotAStringIsRejected(line: String, reason: String) async throws {
        let (run, feed) = try await runFeed([line])
        defer { run.remove() }
        #expect(run.rejections == [.init(id: "\(feed):1", reason: reason, input: "\(feed):1")])
    }

    @Test func theSameIdTwiceKeepsTheFirstAndRejectsTheLaterNamingTheFirst() async throws {
        let (run, feed) = try await runFeed([
            #"{"id": "story", "text": "The first copy, which is kept."}"#,
            #"{"id": "other", "text": "Another story."}"#,
            #"{"id": "story", "text": "A later record reusing the id."}"#,
            #"{"id": "story", "text": "And a third."}"#,
        ])
        defer { run.remove() }
        #expect(
            run.rejections == [
                .init(
                    id: "story",
                    reason: "duplicate id 'story': an earlier record from \(feed):1 has the same id",
                    input: "\(feed):3"
                ),
                .init(
                    id: "story",
                    reason: "duplicate id 'story': an earlier record from \(feed):1 has the same id",
                    input: "\(feed):4"
                ),
            ]
        )
        #expect(run.text("story") == "The first copy, which is kept.")
        #expect(run.result.summary.read == 4)
    }

    @Test func anIdTakenByAFileIsRejectedOnALaterLine() async throws {
        let run = try await HostileRun.run { input in
            try input.write("a-story.txt", "The file came first in path order.")
            try input.write("b.jsonl", #"{"id": "a-story", "text": "The line reusing the file's id."}"#)
        }
        defer { run.remove() }
        #expect(
            run.rejections == [
                .init(
                    id: "a-story",
                    reason: "duplicate id 'a-story': an earlier record from \(run.path("a-story.txt")) has the same id",
                    input: run.path("b.jsonl") + ":1"
                )
            ]
        )
        #expect(run.text("a-story") == "The file came first in path order.")
    }

    @Test(arguments: [
        #"{"id": "r"}"#,
        #"{"id": "r", "title": "Only a headline"}"#,
        #"{"id": "r", "text": null, "html": null}"#,
        #"{"id": "r", "text": "", "html": ""}"#,
    ])
    func aRecordWithoutTextOrHTMLIsRejected(line: String) async throws {
        let (run, feed) = try await runFeed([line])
        defer { run.remove() }
        #expect(
            run.rejections == [
                .init(id: "r", reason: "no content: 'text' and 'html' are both missing or empty", input: "\(feed):1")
            ]
        )
    }

    @Test(arguments: [
        #"{"id": "r", "text": "   "}"#, #"{"id": "r", "text": " \n\t\r\n "}"#, #"{"id": "r", "html": " \n "}"#,
    ])
    func whitespaceOnlyContentIsRejected(line: String) async throws {
        let (run, feed) = try await runFeed([line])
        defer { run.remove() }
        #expect(
            run.rejections == [
                .init(id: "r", reason: "no content: 'text' and 'html' are both missing or empty", input: "\(feed):1")
            ]
        )
    }

    @Test func contentThatCleansToNothingIsRejectedByTheStageThatEmptiedIt() async throws {
        let run = try await HostileRun.run { input in
            try input.write("blank.txt", "   \n\t\n  ")
            try input.write("feed.jsonl", #"{"id": "markup", "html": "<script>var x = 1;</script><style>p{}</style>"}"#)
        }
        defer { run.remove() }
        #expect(
            run.rejections == [
                .init(id: "blank", reason: "no text left after cleaning", input: run.path("blank.txt")),
                .init(
                    id: "markup",
                    reason: "stage 'html' (stages[0]): the HTML is empty",
                    input: run.path("feed.jsonl") + ":1"
                ),
            ]
        )
    }

    @Test func crlfLineEndsInAJSONLFileAreNotPartOfTheRecords() async throws {
        let run = try await HostileRun.run { input in
            try input.write(
                "feed.jsonl",
                #"{"id": "w1", "text": "Written on Windows."}"# + "\r\n"
                    + #"{"id": "w2", "text": "Paragraph one.\r\n\r\nParagraph two."}"# + "\r\n\r\n"
            )
        }
        defer { run.remove() }
        #expect(run.rejections == [])
        #expect(run.text("w1") == "Written on Windows.")
        #expect(run.text("w2") == "Paragraph one.\n\nParagraph two.")
    }
}
