import Foundation
import Testing

@testable import WinnowCore

@Suite("report.json")
struct ReportJSONTests {
    @Test func whatIsWrittenReadsBackAsTheSameValues() async throws {
        let records = ReportSamples.records()
        let directory = try await ReportSamples.write(records)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let report = try ReportJSONReader(contentsOf: directory.appending("report.json"))
        #expect(report.records == records)
        // A rejection without an id is written, and so read back, under its key.
        var expected = ReportSamples.overview(records)
        expected.rejections = expected.rejections.map { Rejection(id: $0.key, reason: $0.reason, input: $0.input) }
        #expect(report.overview == expected)
    }

    @Test func offsetsAreCodePointsIntoTheOriginalText() throws {
        let record = ReportSamples.placedRecord()
        var json = JSONWriter()
        ReportEntries.writeRecord(record, to: &json)
        guard case .object(let entry) = try JSONParser.parse(json.bytes), case .array(let removals)? = entry["removals"]
        else {
            Issue.record("no removals")
            return
        }
        let original = Array(try #require(record.originalText).unicodeScalars)
        let first = try #require(removals.first?.objectValue)
        let start = try #require(Self.int(first["start"]))
        let end = try #require(Self.int(first["end"]))
        var removed = String.UnicodeScalarView()
        removed.append(contentsOf: original[start..<end])
        #expect(String(removed) == "Advertisement\n")
        // The removal without a position has no offsets.
        #expect(removals.last?.objectValue?["start"] == nil)
        #expect(entry["originalText"] == .string(record.originalText ?? ""))
        #expect(entry["cleanedText"] == .string(record.cleanedText ?? ""))
    }

    static func int(_ value: JSONValue?) -> Int? {
        if case .number(let number)? = value { number.intValue } else { nil }
    }

    @Test func totalsAddUpRemovedAndKept() {
        let records = ReportSamples.records()
        let statistics = ReportSamples.overview(records).statistics
        let removed = records.flatMap(\.removals).reduce(0) { $0 + $1.characters }
        #expect(statistics.charactersRemoved == removed)
        #expect(statistics.charactersKept == records.reduce(0) { $0 + $1.keptCharacters })
        #expect(statistics.kinds[.advertisement]?.removals == 2)
        #expect(statistics.kinds[.advertisement]?.recordsTouched == 2)
        #expect(statistics.sources["lake.example"]?.records == 2)
        #expect(statistics.sources[""]?.rejected == 1)
        #expect(statistics.stages[1].rules["advertisement"]?.samples == ["Advertisement\n"])
    }

    @Test func aReportOfAnotherVersionIsRefusedWithAReason() throws {
        let document = try JSONParser.parse(#"{"version": 2, "records": []}"#)
        #expect {
            try ReportJSONReader(document)
        } throws: { error in
            "\(error)".hasPrefix("version: this is a version 2 report; winnow reads version 3")
        }
    }

    @Test func aValueOfTheWrongShapeIsNamedByItsPath() async throws {
        let directory = try await ReportSamples.write(ReportSamples.records())
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory.appending("report.json")
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: #""status":"duplicate""#, with: #""status":"folded""#)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            try ReportJSONReader(contentsOf: path)
        } throws: { error in
            "\(error)".hasSuffix(
                #"report.json: records[1].status: expected "canonical", "duplicate", "earlier-night" or "rejected", found "folded""#
            )
        }
    }
}
