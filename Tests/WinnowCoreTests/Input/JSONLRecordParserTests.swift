import Testing

@testable import WinnowCore

@Suite("JSONLRecordParser")
struct JSONLRecordParserTests {
    private static let origin = "feeds/wire.jsonl:12"

    private func parse(_ line: String) -> Result<Record, Rejection> {
        JSONLRecordParser.parse(Array(line.utf8), origin: Self.origin)
    }

    private func rejection(_ line: String) throws -> Rejection {
        switch parse(line) {
        case .success(let record): throw UnexpectedRecord(record: record)
        case .failure(let rejection): return rejection
        }
    }

    private struct UnexpectedRecord: Error {
        var record: Record
    }

    // MARK: Records

    @Test func aCompleteRecordKeepsItsFieldsAndOtherKeysAsMetadataInInputOrder() throws {
        let line = """
            {"lang": "en", "id": "wire-0042", "title": "Tide Tables Revised", "text": "Body line one.\\r\\nLine two.", \
            "url": "https://www.coastal-news.example/tides", "published": "2026-03-14T08:30:00+01:00", \
            "score": 1.50, "tags": ["coast", "science"], "author": {"name": "R. Vale"}, "extra": null}
            """
        let record = try parse(line).get()
        #expect(record.id == "wire-0042")
        #expect(record.title == "Tide Tables Revised")
        #expect(record.content == .text("Body line one.\nLine two."))
        #expect(record.url == "https://www.coastal-news.example/tides")
        #expect(record.source == "coastal-news.example")
        #expect(record.published?.literal == "2026-03-14T08:30:00+01:00")
        #expect(record.published == PublishedDate("2026-03-14T08:30:00+01:00"))
        #expect(record.origin == Self.origin)
        #expect(record.metadata.keys == ["lang", "score", "tags", "author", "extra"])
        #expect(record.metadata["lang"] == "en")
        #expect(record.metadata["score"] == .number(JSONNumber(literal: "1.50")))
        #expect(record.metadata["tags"] == ["coast", "science"])
        #expect(record.metadata["author"] == .object(JSONObject(["name": "R. Vale"])))
        #expect(record.metadata["extra"] == .some(.null))
    }

    @Test func aMinimalRecordNeedsOnlyAnIdAndText() throws {
        let record = try parse(#"{"id": "a", "text": "Just text."}"#).get()
        #expect(
            record
                == Record(id: "a", content: .text("Just text."), origin: Self.origin)
        )
    }

    @Test func htmlWinsOverText() throws {
        let record = try parse(#"{"id": "a", "text": "plain", "html": "<p>marked\r\nup</p>"}"#).get()
        #expect(record.content == .html("<p>marked\nup</p>"))
        #expect(record.metadata.isEmpty)
    }

    @Test func blankHTMLFallsBackToText() throws {
        let record = try parse(#"{"id": "a", "html": " \n\t ", "text": "plain"}"#).get()
        #expect(record.content == .text("plain"))
    }

    @Test func anExplicitSourceIsKeptAndEmptyOptionalFieldsAreDropped() throws {
        let record = try parse(
            #"{"id": "a", "text": "t", "title": "", "url": "https://example.org/x", "source": "Example Daily"}"#
        ).get()
        #expect(record.title == nil)
        #expect(record.source == "Example Daily")

        let empty = try parse(#"{"id": "b", "text": "t", "url": "", "source": ""}"#).get()
        #expect(empty.url == nil)
        #expect(empty.source == nil)
    }

    @Test func nullOptionalFieldsAreTreatedAsMissing() throws {
        let record = try parse(
            #"{"id": "a", "text": "t", "html": null, "title": null, "url": null, "source": null, "published": null}"#
        ).get()
        #expect(record == Record(id: "a", content: .text("t"), origin: Self.origin))
    }

    // MARK: Rejections

    @Test(arguments: [
        (#"{"id": "x","#, "invalid JSON at column 12: unexpected end of input, expected a key in double quotes"),
        (
            #"{"id": "x", "text": "a" "b"}"#,
            #"invalid JSON at column 25: unexpected '"', expected ',' or '}' after a value in an object"#
        ),
        (#"{"id": "x", "id": "y", "text": "t"}"#, #"invalid JSON at column 13: duplicate key "id""#),
        ("", "invalid JSON at column 1: unexpected end of input, expected a value"),
        (#"["id", "x"]"#, "expected a JSON object, found an array"),
        (#""id: x""#, #"expected a JSON object, found the string "id: x""#),
        ("42", "expected a JSON object, found 42"),
        ("null", "expected a JSON object, found null"),
        (#"{"text": "orphan"}"#, "missing 'id' (a string that names the record)"),
        (#"{"id": null, "text": "orphan"}"#, "missing 'id' (a string that names the record)"),
        (#"{"id": 7, "text": "t"}"#, "'id' must be a non-empty string, found 7"),
        (#"{"id": "", "text": "t"}"#, #"'id' must be a non-empty string, found the string """#),
        (#"{"id": ["a"], "text": "t"}"#, "'id' must be a non-empty string, found an array"),
    ])
    func linesWithoutAUsableIdAreRejectedWithoutOne(line: String, reason: String) throws {
        let rejection = try rejection(line)
        #expect(rejection == Rejection(id: nil, reason: reason, input: Self.origin))
        #expect(rejection.key == Self.origin)
    }

    @Test func invalidUTF8InAStringIsRejectedAsInvalidJSON() throws {
        let line = Array(#"{"id": "x", "text": "caf"#.utf8) + [0xE9] + Array(#""}"#.utf8)
        let result = JSONLRecordParser.parse(line, origin: Self.origin)
        #expect(
            result
                == .failure(
                    Rejection(
                        id: nil,
                        reason: "invalid JSON at column 21: invalid UTF-8 inside a string",
                        input: Self.origin
                    )
                )
        )
    }

    @Test(arguments: [
        (#"{"id": "r1", "text": ["para"]}"#, "'text' must be a string, found an array"),
        (#"{"id": "r1", "text": "t", "html": {"body": "x"}}"#, "'html' must be a string, found an object"),
        (#"{"id": "r1", "text": "t", "title": 5}"#, "'title' must be a string, found 5"),
        (#"{"id": "r1", "text": "t", "url": false}"#, "'url' must be a string, found false"),
        (#"{"id": "r1", "text": "t", "source": 1.0}"#, "'source' must be a string, found 1.0"),
        (#"{"id": "r1", "text": "t", "published": 20260314}"#, "'published' must be a string, found 20260314"),
        (#"{"id": "r1", "title": true, "text": 3}"#, "'text' must be a string, found 3"),
        (#"{"id": "r1"}"#, "no content: 'text' and 'html' are both missing or empty"),
        (#"{"id": "r1", "text": "", "html": ""}"#, "no content: 'text' and 'html' are both missing or empty"),
        (#"{"id": "r1", "text": " \n ", "html": "\t"}"#, "no content: 'text' and 'html' are both missing or empty"),
        (
            #"{"id": "r1", "text": null, "title": "Headline only"}"#,
            "no content: 'text' and 'html' are both missing or empty"
        ),
        (
            #"{"id": "r1", "text": "t", "published": "14/03/2026"}"#,
            #"'published' is "14/03/2026", not an ISO 8601 date such as 2026-03-14 or 2026-03-14T08:30:00Z"#
        ),
        (
            #"{"id": "r1", "text": "t", "published": "2026-02-30"}"#,
            #"'published' is "2026-02-30", not an ISO 8601 date such as 2026-03-14 or 2026-03-14T08:30:00Z"#
        ),
        (
            #"{"id": "r1", "text": "t", "published": ""}"#,
            #"'published' is "", not an ISO 8601 date such as 2026-03-14 or 2026-03-14T08:30:00Z"#
        ),
    ])
    func recordsWithAnIdButBadFieldsAreRejectedUnderThatId(line: String, reason: String) throws {
        let rejection = try rejection(line)
        #expect(rejection == Rejection(id: "r1", reason: reason, input: Self.origin))
        #expect(rejection.key == "r1")
    }
}
