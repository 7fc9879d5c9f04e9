import TestSupport
import Testing

@testable import WinnowCore

@Suite struct UTF8ValidationTests {
    /// Pieces that make well-formed and broken sequences when mixed: ASCII
    /// runs longer than the sixteen-byte fast path, every lead byte class,
    /// overlongs, surrogates, values past U+10FFFF, lone continuation
    /// bytes and sequences cut short.
    static let pieces: [[UInt8]] = [
        Array("plain ASCII markup <p class=\"x\">".utf8), [0x41], Array("é".utf8), Array("€".utf8),
        Array("😀".utf8), Array("\u{7FF}".utf8), Array("\u{800}".utf8), Array("\u{FFFF}".utf8),
        Array("\u{10FFFF}".utf8), [0xC0, 0xAF], [0xC1, 0xBF], [0xE0, 0x80, 0xAF], [0xE0, 0xA0, 0x80],
        [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xF0, 0x80, 0x80, 0xAF], [0xF0, 0x90, 0x80, 0x80],
        [0xF4, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF5, 0x80, 0x80, 0x80], [0x80], [0xBF], [0xC3],
        [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xFF], [0xFE], [0x00],
    ]

    @Test func agreesWithTheStandardLibraryOnRandomMixes() {
        var random = SplitMix(seed: 0x00F8_00D8)
        for _ in 0..<5000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...8, using: &random) {
                bytes += Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &random)]
            }
            #expect(UTF8Validation.isValid(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }

    @Test func aPageKeepsItsBytesOnlyWhenTheyAreUTF8WithoutAMark() {
        let page = Array("<p>Caf\u{E9} \u{2014} ok</p>\r\n".utf8)
        #expect(TextDecoding.markup(page).bytes == Array("<p>Caf\u{E9} \u{2014} ok</p>\n".utf8))
        let marked = [0xEF, 0xBB, 0xBF] + Array("<p>x</p>".utf8)
        #expect(TextDecoding.markup(marked).string == TextDecoding.page(marked))
        let latin: [UInt8] = Array("<meta charset=\"iso-8859-1\"><p>Caf".utf8) + [0xE9] + Array("</p>".utf8)
        #expect(TextDecoding.markup(latin).string == TextDecoding.page(latin))
        #expect(TextDecoding.markup(latin).string.contains("Café"))
    }
}
