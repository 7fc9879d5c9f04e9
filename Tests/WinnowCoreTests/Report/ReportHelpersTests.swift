import Foundation
import Testing

@testable import WinnowCore

@Suite("report helpers")
struct ReportHelpersTests {
    @Test func offsetsConvertBetweenUTF8CodePointsAndUTF16() {
        let text = "aé😀b"  // UTF-8: 1 + 2 + 4 + 1; UTF-16: 1 + 1 + 2 + 1
        let scalars = TextOffsets([0, 1, 3, 7, 8, 99], in: text, from: .utf8, to: .scalars)
        #expect([0, 1, 3, 7, 8, 99].map { scalars[$0] } == [0, 1, 2, 3, 4, 4])
        let utf16 = TextOffsets([3, 7], in: text, from: .utf8, to: .utf16)
        #expect(utf16[3] == 2 && utf16[7] == 4)
        let back = TextOffsets([2, 3], in: text, from: .scalars, to: .utf8)
        #expect(back[2] == 3 && back[3] == 7)
        // Inside a multi-byte character: the end of that character.
        #expect(TextOffsets([2], in: text, from: .utf8, to: .scalars)[2] == 2)
    }

    @Test func asciiOffsetsAreTheSameInEveryUnitAndStopAtTheEnd() {
        let text = "plain ASCII text"
        let utf16 = TextOffsets([0, 5, 16, 40], in: text, from: .utf8, to: .utf16)
        #expect([0, 5, 16, 40].map { utf16[$0] } == [0, 5, 16, 16])
        #expect(utf16[3] == nil)
    }

    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func sha256MatchesTheStandardsVectors(input: String, digest: String) {
        #expect(SHA256.hash(Array(input.utf8)).map { String(format: "%02x", $0) }.joined() == digest)
    }

    @Test func sha256OfAMillionBytesCrossesManyBlocks() {
        let digest = SHA256.hash([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
        #expect(
            digest.map { String(format: "%02x", $0) }.joined()
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        )
    }

    @Test(arguments: [0, 1, 100, 200_000])
    func deflateRoundTrips(length: Int) throws {
        let text = Array(
            String(repeating: "Story continues below advertisement. Ünïcödé 😀 ", count: length / 40 + 1).utf8.prefix(
                length
            )
        )
        let packed = Deflate.compress(text)
        #expect(try #require(Deflate.decompress(packed)) == text)
        if length > 1000 { #expect(packed.count < text.count / 10) }
        #expect(Deflate.decompress([0xFF, 0xFF, 0xFF]) == nil)
    }

    @Test func eachByteBelongsToTheEarliestStagesRemovalCoveringIt() {
        func removal(_ stage: Int, _ range: Range<Int>) -> Removal {
            var removal = Removal(
                stage: "s\(stage)",
                stageIndex: stage,
                rule: "r\(stage)",
                kind: .userRule,
                text: "x",
                line: nil
            )
            removal.range = range
            return removal
        }
        // A later stage's range spans an earlier stage's removal.
        let text = "0123456789"
        let layout = RemovalLayout(text: text, removals: [removal(1, 3..<5), removal(2, 2..<7), removal(2, 9..<9)])
        #expect(
            layout.runs == [
                .init(range: 0..<2, removal: nil), .init(range: 2..<3, removal: 1), .init(range: 3..<5, removal: 0),
                .init(range: 5..<7, removal: 1), .init(range: 7..<9, removal: nil), .init(range: 9..<9, removal: 2),
                .init(range: 9..<10, removal: nil),
            ]
        )
    }

    @Test func explainMarksRemovalsInPlaceAndListsEveryOne() {
        let record = ReportSamples.placedRecord()
        let plain = RecordExplanation(record: record, stageNames: ReportSamples.stageNames).render(.plain)
        #expect(
            plain.contains(
                "Café 😀 opens.\n[-Advertisement\n-]{1. boilerplate · advertisement}The pier reopens in May.\n"
            )
        )
        #expect(plain.contains("[-A gull at dawn. (Photo: Ann Lee)\n-]{1. boilerplate · photo-caption}More soon."))
        #expect(
            plain.contains(
                "4. 0. html · tag:script (markup), line 9 of the stage's input, 25 characters\n   [-<script>alert(1)</script>-]"
            )
        )
        #expect(plain.contains("canonical; folded into it: story-2"))
        #expect(!plain.contains("\u{1B}"))
        let coloured = RecordExplanation(record: record, stageNames: ReportSamples.stageNames).render(.colour)
        #expect(
            coloured.contains(
                "\u{1B}[31;9mAdvertisement\n\u{1B}[0m\u{1B}[2;36m{1. boilerplate · advertisement}\u{1B}[0m"
            )
        )
    }
}

@Suite struct HTMLEscapingTests {
    @Test func escapesTheFiveCharactersAndNothingElse() {
        let escaping = HTMLEscaping()
        #expect(escaping.escapeText("plain text, café 😀") == "plain text, café 😀")
        #expect(
            escaping.escapeText(#"<a href="x">Tom & Jerry's</a>"#)
                == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;"
        )
        #expect(escaping.escapeText("") == "")
        #expect(escaping.escapeText("&amp;") == "&amp;amp;")
    }
}
