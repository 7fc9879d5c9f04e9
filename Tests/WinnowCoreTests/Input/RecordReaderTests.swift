import Foundation
import Testing

@testable import WinnowCore

@Suite("RecordReader")
struct RecordReaderTests {
    /// An ``InputItem`` that can be compared.
    private enum Item: Equatable {
        case record(Record)
        case rejection(Rejection)
    }

    private func readAll(_ locations: [InputLocation]) throws -> [Item] {
        var reader = RecordReader(plan: try InputPlan.resolve(locations))
        var items: [Item] = []
        while let item = reader.next() {
            switch item {
            case .record(let record): items.append(.record(record))
            case .rejection(let rejection): items.append(.rejection(rejection))
            }
            if items.count > 1_000 { break }
        }
        let afterTheEnd = reader.next()
        #expect(afterTheEnd == nil)
        return items
    }

    @Test func aDirectoryIsReadInPathOrderWithJSONLinesInside() throws {
        let scratch = try InputTestDirectory()
        defer { scratch.remove() }
        try scratch.write("a.html", "<p>Alpha</p>")
        try scratch.write("b.txt", "Bravo Headline\n\nBravo body.")
        let feed = try scratch.write(
            "feed.jsonl",
            """
            {"id": "j1", "text": "first line record", "desk": "metro"}

               \t
            {"id": "j2", "html": "<p>second</p>"}\r
            {"id": "j3", "text": "last line without a newline"}
            """
        )
        try scratch.write("sub/c.txt", "Charlie body only.")
        try scratch.write(".hidden.txt", "Hidden\n\nNever read.")
        try scratch.write("skip.md", "not an article")

        let items = try readAll([.path(scratch.path)])
        var first = JSONObject()
        first["desk"] = "metro"
        #expect(
            items == [
                .record(Record(id: "a", content: .html("<p>Alpha</p>"), origin: scratch.full("a.html"))),
                .record(
                    Record(
                        id: "b",
                        title: "Bravo Headline",
                        content: .text("Bravo body."),
                        origin: scratch.full("b.txt")
                    )
                ),
                .record(Record(id: "j1", content: .text("first line record"), metadata: first, origin: "\(feed):1")),
                .record(Record(id: "j2", content: .html("<p>second</p>"), origin: "\(feed):4")),
                .record(Record(id: "j3", content: .text("last line without a newline"), origin: "\(feed):5")),
                .record(Record(id: "sub/c", content: .text("Charlie body only."), origin: scratch.full("sub/c.txt"))),
            ]
        )
        #expect(try InputPlan.resolve([.path(scratch.path)]).skippedFiles == [scratch.full("skip.md")])
    }

    @Test func duplicateIdsAreRejectedNamingTheFirstOrigin() throws {
        let scratch = try InputTestDirectory()
        defer { scratch.remove() }
        let alpha = try scratch.write("a.html", "<p>Alpha</p>")
        let feed = try scratch.write(
            "feed.jsonl",
            """
            {"id": "j1", "text": "one"}
            {"id": "a", "text": "clashes with a.html"}
            {"id": "j1", "text": "clashes with line 1"}
            {"id": "j2", "text": "two"}

            """
        )
        let clash = try scratch.write("j2.txt", "clashes with line 4")

        let items = try readAll([.path(scratch.path)])
        #expect(
            items == [
                .record(Record(id: "a", content: .html("<p>Alpha</p>"), origin: alpha)),
                .record(Record(id: "j1", content: .text("one"), origin: "\(feed):1")),
                .rejection(
                    Rejection(
                        id: "a",
                        reason: "duplicate id 'a': an earlier record from \(alpha) has the same id",
                        input: "\(feed):2"
                    )
                ),
                .rejection(
                    Rejection(
                        id: "j1",
                        reason: "duplicate id 'j1': an earlier record from \(feed):1 has the same id",
                        input: "\(feed):3"
                    )
                ),
                .record(Record(id: "j2", content: .text("two"), origin: "\(feed):4")),
                .rejection(
                    Rejection(
                        id: "j2",
                        reason: "duplicate id 'j2': an earlier record from \(feed):4 has the same id",
                        input: clash
                    )
                ),
            ]
        )
    }

    @Test func idsMustBeUniqueAcrossAllLocationsOfARun() throws {
        let scratch = try InputTestDirectory()
        defer { scratch.remove() }
        let first = try scratch.write("one/story.txt", "First copy.")
        let second = try scratch.write("two/story.txt", "Second copy.")

        let items = try readAll([.path(scratch.full("one")), .path(scratch.full("two"))])
        #expect(
            items == [
                .record(Record(id: "story", content: .text("First copy."), origin: first)),
                .rejection(
                    Rejection(
                        id: "story",
                        reason: "duplicate id 'story': an earlier record from \(first) has the same id",
                        input: second
                    )
                ),
            ]
        )
    }

    @Test func badLinesAndUndecodableFilesAreRejectedOneByOne() throws {
        let scratch = try InputTestDirectory()
        defer { scratch.remove() }
        let latin1: [UInt8] =
            Array("Caf".utf8) + [0xE9] + Array(" cr".utf8) + [0xE8] + Array("me br".utf8) + [0xFB]
            + Array("l".utf8) + [0xE9] + Array("e, na".utf8) + [0xEF] + Array("ve fa".utf8) + [0xE7]
            + Array("ade, r".utf8)
            + [0xE9] + Array("sum".utf8) + [0xE9] + Array(", ".utf8) + [0x93] + Array("smart".utf8) + [0x94]
        let bad = try scratch.write("bad.txt", bytes: latin1)
        let feed = try scratch.write(
            "feed.jsonl",
            """
            not json at all
            ["an", "array"]
            {"id": "bad", "text": "the rejected file did not claim this id"}
            {"id": "late", "text": "t", "published": "yesterday"}
            """
        )

        let items = try readAll([.path(scratch.path)])
        #expect(
            items == [
                .rejection(
                    Rejection(
                        id: "bad",
                        reason:
                            "not valid UTF-8 (10 invalid byte sequences, the first 0xE9 at offset 3); save the file as UTF-8",
                        input: bad
                    )
                ),
                .rejection(
                    Rejection(
                        id: nil,
                        reason: "invalid JSON at column 1: unexpected 'n', expected a value",
                        input: "\(feed):1"
                    )
                ),
                .rejection(Rejection(id: nil, reason: "expected a JSON object, found an array", input: "\(feed):2")),
                .record(
                    Record(id: "bad", content: .text("the rejected file did not claim this id"), origin: "\(feed):3")
                ),
                .rejection(
                    Rejection(
                        id: "late",
                        reason:
                            #"'published' is "yesterday", not an ISO 8601 date such as 2026-03-14 or 2026-03-14T08:30:00Z"#,
                        input: "\(feed):4"
                    )
                ),
            ]
        )
    }

    @Test func aJSONLinesFileCanBeGivenDirectly() throws {
        let scratch = try InputTestDirectory()
        defer { scratch.remove() }
        let feed = try scratch.write("direct.jsonl", "\n\n{\"id\": \"x\", \"text\": \"third line\"}\r\n\r\n")
        let items = try readAll([.path(feed)])
        #expect(items == [.record(Record(id: "x", content: .text("third line"), origin: "\(feed):3"))])
    }
}
