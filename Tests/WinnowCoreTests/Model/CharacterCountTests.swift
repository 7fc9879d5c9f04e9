import TestSupport
import Testing

@testable import WinnowCore

@Suite struct CharacterCountTests {
    /// Scalars on both sides of the fast path's edges, and ones that join
    /// their neighbours: CR LF, combining marks, ZWJ emoji, flags, Hangul
    /// jamo, variation selectors, Devanagari signs, format characters.
    static let pool: [String] = [
        "a", " ", "\n", "\r", "\r\n", "\t", "\u{0}", "é", "\u{A0}", "\u{AD}", "ß", "\u{2FF}", "\u{300}", "\u{301}",
        "\u{36F}", "\u{2010}", "\u{2014}", "\u{2019}", "\u{201C}", "\u{2026}", "\u{2027}", "\u{2028}", "\u{2030}",
        "\u{203C}", "\u{2049}", "\u{205E}", "\u{205F}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{20AC}", "\u{20C0}",
        "\u{20D0}", "\u{2122}", "\u{FE0F}", "👍", "👍🏽", "👨‍👩‍👧", "🇳🇿", "\u{1F1E6}", "\u{1100}", "\u{1161}",
        "\u{11A8}", "한", "क", "\u{94D}", "ि", "\u{600}", "文", "Ω", "e\u{301}",
    ]

    @Test func matchesTheStandardCountOnRandomMixes() {
        var random = SplitMix(seed: 0xC0FFEE)
        for _ in 0..<4000 {
            let length = Int.random(in: 0...12, using: &random)
            var text = ""
            for _ in 0..<length { text += Self.pool[Int.random(in: 0..<Self.pool.count, using: &random)] }
            #expect(text.characterCount == text.count, "\(Array(text.unicodeScalars.map(\.value)))")
            let inner = text.dropFirst()
            #expect(inner.characterCount == inner.count)
        }
    }

    @Test(arguments: [
        "", "a", "plain words.", "\r\n", "\r\r\n\n", "a\r\nb\rc\nd", "\n\r", "café", "e\u{301}",
        "😀👍🏽", "\r\u{301}", "tab\tand \u{1} control", String(repeating: "ab\r\n", count: 100),
    ])
    func countsAsCountDoes(text: String) {
        #expect(text.characterCount == text.count)
    }

    @Test func countsPlainLatinTextWithTypographicPunctuation() {
        let text = "“Café costs €4,” she said — twice…\r\nNext line\n"
        #expect(text.characterCount == text.count)
        #expect(text.characterCount == 45)
    }
}
