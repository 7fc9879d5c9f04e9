import Testing

@testable import WinnowCore

/// The byte writers of report entries and record lines against the value
/// trees of ``ReportEntriesReference``.
@Suite("report entry writers")
struct ReportEntryWriterTests {
    static func entries() -> [RecordReport] {
        var earlier = ReportSamples.placedRecord(number: 3, id: "story-\"4\"\n")
        earlier.outcome = .earlierNight(of: "old\\1", night: "2026-01-02", similarity: 1.0 / 3.0)
        var rejected = ReportSamples.placedRecord(number: 4, id: "story-5 😀")
        rejected.outcome = .rejected(reason: "no text left\u{1}", stageIndex: 2)
        rejected.removals[0].detail = "in 5 of 5 articles of \"lake.example\""
        rejected.removals[0].isTruncated = true
        var empty = ReportSamples.placedRecord(number: 5, id: "")
        empty.outcome = .canonical(duplicates: [])
        empty.title = nil
        empty.cleanedText = nil
        return ReportSamples.records() + [earlier, rejected, empty]
    }

    @Test func recordEntriesAreWrittenAsTheTreeWritesThem() {
        for entry in Self.entries() {
            var json = JSONWriter()
            ReportEntries.writeRecord(entry, to: &json)
            let expected = ReportEntriesReference.record(entry).serializedBytes()
            #expect(
                json.bytes == expected,
                "\(String(decoding: json.bytes, as: UTF8.self))\n\(String(decoding: expected, as: UTF8.self))"
            )
        }
    }

    @Test func aBatchOfEntriesIsOnePerLine() {
        let entries = Self.entries()
        let expected = entries.map {
            String(decoding: ReportEntriesReference.record($0).serializedBytes(), as: UTF8.self)
        }
        .joined(separator: ",\n    ")
        #expect(String(decoding: ReportJSONWriter.records(entries), as: UTF8.self) == expected)
    }

    @Test func canonicalLinesAreWrittenAsTheTreeWritesThem() throws {
        var metadata = JSONObject()
        metadata["section"] = "Local \"news\""
        metadata["tags"] = ["a", 1, 2.5, nil, true, .object(JSONObject())]
        metadata["key\twith tab"] = .object(JSONObject(["nested": "é"]))
        let records = [
            Record(
                id: "a\n1",
                title: "Café",
                content: .text("Line one.\n\nLine \"two\" \u{1}"),
                url: "https://lake.example/a",
                published: PublishedDate("2026-03-14T08:30:00Z"),
                metadata: metadata,
                origin: "in.jsonl:1"
            ),
            Record(id: "b", content: .text(""), origin: "b.txt"),
        ]
        for record in records {
            for duplicates in [[], ["x"], ["y\"", "z😀"]] {
                #expect(
                    RecordLine.canonical(record, duplicates: duplicates)
                        == ReportEntriesReference.canonicalLine(record, duplicates: duplicates).serializedBytes()
                )
            }
        }
    }
}
