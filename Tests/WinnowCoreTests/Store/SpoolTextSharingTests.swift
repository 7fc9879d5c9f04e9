import Testing

@testable import WinnowCore

/// A text spooled once when a record's original is its current text (or
/// its cleaned text is its original), and twice when their bytes differ,
/// canonically equivalent texts included.
@Suite("spooled texts written once")
struct SpoolTextSharingTests {
    static func roundTrip<Value: SpoolCodable>(_ value: Value) throws -> (Value, bytes: Int) {
        var writer = SpoolWriter()
        value.encode(to: &writer)
        let bytes = writer.takeBytes()
        var reader = SpoolReader(bytes)
        return (try Value(from: &reader), bytes.count)
    }

    static func staged(_ original: String, current: String?) -> StagedRecord {
        var staged = StagedRecord(record: Record(id: "a", content: .text(original), origin: "in.jsonl:1"), number: 3)
        if let current {
            staged.record.body = current
            staged.syncLineage()
        }
        return staged
    }

    @Test func anUnchangedOriginalIsWrittenOnceAndReadBackWhole() throws {
        let text = String(repeating: "The pier reopens in May. ", count: 40)
        let unchanged = Self.staged(text, current: nil)
        let (read, bytes) = try Self.roundTrip(unchanged)
        #expect(read.lineage == unchanged.lineage)
        #expect(read.record == unchanged.record)
        #expect(bytes < 2 * text.utf8.count)
    }

    @Test(arguments: [
        ("Café  opens.", "Café opens."),
        // Canonically equivalent, so `==` holds, but not the same bytes.
        ("Cafe\u{301} opens.", "Caf\u{E9} opens."),
    ])
    func aChangedOriginalKeepsItsOwnBytes(original: String, current: String) throws {
        let changed = Self.staged(original, current: current)
        let (read, _) = try Self.roundTrip(changed)
        #expect(Array(try #require(read.lineage?.original).utf8) == Array(original.utf8))
        #expect(Array(read.record.body.utf8) == Array(current.utf8))
    }

    @Test(arguments: [nil, "same", "other", "Cafe\u{301}"] as [String?])
    func aReportsCleanedTextIsReadBackAsWritten(cleaned: String?) throws {
        let original = "Caf\u{E9}"
        var report = ReportSamples.placedRecord()
        report.originalText = original
        report.cleanedText = cleaned == "same" ? original : cleaned
        let (read, bytes) = try Self.roundTrip(report)
        #expect(read == report)
        #expect(read.cleanedText.map { Array($0.utf8) } == report.cleanedText.map { Array($0.utf8) })
        if cleaned == "same" {
            let (_, withOther) = try Self.roundTrip(
                {
                    var other = report
                    other.cleanedText = "Cafx"
                    return other
                }()
            )
            #expect(bytes < withOther)
        }
    }

    @Test func sameBytesIsByteEquality() {
        #expect("abc".hasSameBytes(as: "abc"))
        #expect(!"abc".hasSameBytes(as: "abd"))
        #expect(!"e\u{301}".hasSameBytes(as: "\u{E9}"))
        #expect("".hasSameBytes(as: ""))
        #expect(!"".hasSameBytes(as: "a"))
    }
}
