import Foundation
import Testing

@testable import WinnowCore

/// The bytes of `text` in a single-byte encoding: every scalar must be at
/// most U+00FF and becomes the byte of the same value (so "\u{93}" is the
/// byte 0x93).
private func singleBytes(_ text: String) -> [UInt8] {
    text.unicodeScalars.map { scalar in
        precondition(scalar.value <= 0xFF, "not a single byte: \(scalar)")
        return UInt8(scalar.value)
    }
}

private func utf16LittleEndian(_ text: String) -> [UInt8] {
    text.utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8)] }
}

private func utf16BigEndian(_ text: String) -> [UInt8] {
    text.utf16.flatMap { [UInt8(truncatingIfNeeded: $0 >> 8), UInt8(truncatingIfNeeded: $0)] }
}

@Suite("TextDecoding")
struct TextDecodingTests {
    // MARK: Byte-order marks

    @Test(arguments: [false, true])
    func aUTF8ByteOrderMarkIsDropped(isHTML: Bool) throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Grüße aus Köln".utf8)
        #expect(try TextDecoding.decode(bytes, isHTML: isHTML) == "Grüße aus Köln")
    }

    @Test(arguments: [false, true])
    func utf16LittleEndianWithItsMarkIsDecoded(isHTML: Bool) throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + utf16LittleEndian("Ünïcode ✓ 🌊\r\nsecond line")
        #expect(try TextDecoding.decode(bytes, isHTML: isHTML) == "Ünïcode ✓ 🌊\nsecond line")
    }

    @Test(arguments: [false, true])
    func utf16BigEndianWithItsMarkIsDecoded(isHTML: Bool) throws {
        let bytes: [UInt8] = [0xFE, 0xFF] + utf16BigEndian("Ελληνικά και 中文\rend")
        #expect(try TextDecoding.decode(bytes, isHTML: isHTML) == "Ελληνικά και 中文\nend")
    }

    @Test func aByteOrderMarkOverridesADeclaredCharset() throws {
        let page = #"<html><head><meta charset="windows-1251"></head><body><p>Zürich</p></body></html>"#
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(page.utf8)
        #expect(try TextDecoding.decode(bytes, isHTML: true) == page)
    }

    // MARK: Declared charsets

    @Test func latin1DeclaredIsReadAsWindows1252WithCurlyQuotes() throws {
        let page = singleBytes(
            "<html><head><meta charset=\"iso-8859-1\"><title>Caf\u{E9}</title></head>"
                + "<body><p>\u{93}Na\u{EF}ve\u{94} fa\u{E7}ade \u{96} cr\u{E8}me br\u{FB}l\u{E9}e \u{85}</p></body></html>"
        )
        let text = try TextDecoding.decode(page, isHTML: true)
        #expect(
            text
                == "<html><head><meta charset=\"iso-8859-1\"><title>Café</title></head>"
                + "<body><p>“Naïve” façade – crème brûlée …</p></body></html>"
        )
    }

    @Test func aCharsetDeclaredAfterFourKilobytesButBeforeTheBodyIsFound() throws {
        let padding = "<!-- " + String(repeating: "layout padding ", count: 400) + "-->"
        let page = singleBytes(
            "<html><head><title>Sch\u{F6}n</title>" + padding
                + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
                + "</head><body><p>Gr\u{FC}\u{DF}e</p></body></html>"
        )
        #expect(page.count > 6_000)
        let text = try TextDecoding.decode(page, isHTML: true)
        #expect(text.hasPrefix("<html><head><title>Schön</title><!-- layout padding"))
        #expect(text.hasSuffix("<body><p>Grüße</p></body></html>"))
    }

    @Test func aCharsetDeclaredInsideTheBodyIsIgnored() throws {
        // The body's windows-1251 is not read; with no good UTF-8 in it the
        // page is windows-1252.
        let page = singleBytes(
            "<html><head><title>Sch\u{F6}n</title></head><body><meta charset=\"windows-1251\"><p>Gr\u{FC}\u{DF}e</p></body></html>"
        )
        let text = try TextDecoding.decode(page, isHTML: true)
        #expect(text.contains("<title>Schön</title>"))
        #expect(text.contains("<p>Grüße</p>"))
    }

    @Test func aCharsetDeclaredBeyondTheScanLimitIsIgnored() throws {
        let padding = "<!-- " + String(repeating: "x", count: TextDecoding.charsetScanLimit) + " -->"
        let page = singleBytes(
            "<html><head>" + padding + "<meta charset=\"koi8-r\"></head><body>caf\u{E9}</body></html>"
        )
        let text = try TextDecoding.decode(page, isHTML: true)
        #expect(text.hasSuffix("<body>café</body></html>"))
    }

    @Test func gb2312DeclaredIsReadAsGB18030() throws {
        // 中文新闻 in GB2312.
        let page =
            Array(#"<html><head><meta charset="gb2312"></head><body><p>"#.utf8)
            + [0xD6, 0xD0, 0xCE, 0xC4, 0xD0, 0xC2, 0xCE, 0xC5]
            + Array("</p></body></html>".utf8)
        let text = try TextDecoding.decode(page, isHTML: true)
        #expect(text == #"<html><head><meta charset="gb2312"></head><body><p>中文新闻</p></body></html>"#)
    }

    @Test func windows1251DeclaredInContentTypeIsDecoded() throws {
        // Привет in windows-1251.
        let page =
            Array(
                #"<html><head><meta http-equiv="content-type" content="text/html; charset=windows-1251"></head><body>"#
                    .utf8
            )
            + [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2] + Array("</body></html>".utf8)
        let text = try TextDecoding.decode(page, isHTML: true)
        #expect(text.contains("<body>Привет</body>"))
    }

    @Test func anXMLDeclarationNamesTheEncoding() throws {
        let page = singleBytes(
            #"<?xml version="1.0" encoding="ISO-8859-1"?><html><body>d\#u{E9}j\#u{E0} vu</body></html>"#
        )
        let text = try TextDecoding.decode(page, isHTML: true)
        #expect(text.hasSuffix("<body>déjà vu</body></html>"))
    }

    @Test(arguments: ["x-klingon", "X-Mac-Klingon", "utf-7"])
    func anUnknownCharsetIsReadAsUTF8WhenItIsAndAsWindows1252Otherwise(label: String) throws {
        let head = "<html><head><meta charset=\"\(label)\"></head><body>"
        let utf8 = Array((head + "Grüße</body></html>").utf8)
        #expect(try TextDecoding.decode(utf8, isHTML: true) == head + "Grüße</body></html>")
        let legacy = Array(head.utf8) + singleBytes("Gr\u{FC}\u{DF}e \u{93}quoted\u{94}") + Array("</body></html>".utf8)
        #expect(try TextDecoding.decode(legacy, isHTML: true) == head + "Grüße “quoted”</body></html>")
    }

    // MARK: Valid UTF-8 wins

    @Test(arguments: [
        "iso-8859-1", "ISO8859_1", "iso8859-1", "latin1", "windows-1252", "iso-8859-2", "windows-1251", "shift_jis",
    ])
    func validUTF8WinsOverADeclaredLegacyCharset(label: String) throws {
        // A scraper re-encoded the page to UTF-8 and kept its old head.
        let page =
            "<html><head><meta charset=\"\(label)\"></head><body><p>Grüße aus Köln — “Zürich” 東京</p></body></html>"
        #expect(try TextDecoding.decode(Array(page.utf8), isHTML: true) == page)
    }

    @Test func nearlyValidUTF8WinsOverADeclaredLegacyCharset() throws {
        // Many good multi-byte characters and one broken one.
        let good = String(repeating: "Café crème brûlée, naïve façade. ", count: 10)
        let page =
            Array(#"<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>"#.utf8)
            + Array(good.utf8) + [0xE9] + Array("</p>".utf8)
        let text = try TextDecoding.decode(page, isHTML: true)
        #expect(text.contains(good + "\u{FFFD}</p>"))
    }

    @Test func legacyBytesDeclaredAsUTF8AreReadAsWindows1252() throws {
        let head = #"<html><head><meta charset="UTF-8"></head><body>"#
        let page = Array(head.utf8) + Self.legacyParagraph + Array("</body></html>".utf8)
        #expect(
            try TextDecoding.decode(page, isHTML: true)
                == head + "Café crème brûlée, naïve façade, résumé, “smart” quotes.</body></html>"
        )
    }

    @Test func windows1252ReadsEveryByte() {
        let every = (0...255).map { UInt8($0) }.filter { $0 != 0 && $0 != 0x0D }
        let text = TextDecoding.windows1252(every)
        #expect(text.unicodeScalars.count == every.count)
        #expect(text.unicodeScalars.contains("\u{20AC}"))  // 0x80
        #expect(text.unicodeScalars.contains("\u{81}"))  // undefined in the code page: the C1 control
    }

    @Test func utf16WithoutAByteOrderMarkIsRecognisedInAPage() throws {
        let page = "<html><body><p>Grüße aus Köln</p></body></html>"
        #expect(try TextDecoding.decode(utf16LittleEndian(page), isHTML: true) == page)
        #expect(try TextDecoding.decode(utf16BigEndian(page), isHTML: true) == page)
    }

    @Test(arguments: [
        ("ISO8859_1", "windows-1252"), ("iso_8859-1:1987", "windows-1252"), ("Latin-1", "windows-1252"),
        ("US-ASCII", "windows-1252"), ("cp1252", "windows-1252"), ("win-1251", "windows-1251"),
        ("x-sjis", "shift_jis"), ("csShiftJIS", "shift_jis"), ("GBK", "gb18030"), ("iso-8859-9", "windows-1254"),
        ("TIS-620", "windows-874"), ("UTF8", "utf-8"), ("unicode-1-1-utf-8", "utf-8"),
    ])
    func labelsAndMisspellingsFindTheirCharset(label: String, canonical: String) {
        #expect(Charset(label: label) != nil)
        #expect(Charset(label: label) == Charset(label: canonical))
    }

    @Test func aCharsetDeclarationInATextFileIsNotRead() throws {
        let bytes = Array(#"<meta charset="x-klingon"> is how a page names its charset"#.utf8)
        #expect(
            try TextDecoding.decode(bytes, isHTML: false)
                == #"<meta charset="x-klingon"> is how a page names its charset"#
        )
    }

    @Test func aUTF16DeclarationOnAnASCIIPageIsReadAsUTF8() throws {
        // A page whose <meta> could be read byte by byte is not UTF-16; browsers
        // (WHATWG "prescan") treat a declared UTF-16 as UTF-8.
        let page = #"<html><head><meta charset="utf-16"></head><body><p>Hello</p></body></html>"#
        let text = try TextDecoding.decode(Array(page.utf8), isHTML: true)
        #expect(text == page)
    }

    // MARK: Invalid UTF-8

    @Test func aFewInvalidBytesBecomeReplacementCharacters() throws {
        let bytes = singleBytes("caf\u{E9} au lait, na\u{EF}ve")
        #expect(try TextDecoding.decode(bytes, isHTML: false) == "caf\u{FFFD} au lait, na\u{FFFD}ve")
    }

    @Test func eightInvalidSequencesAreTolerated() throws {
        let bytes = Array("bad bytes:".utf8) + Array(repeating: [0x20, 0xFF], count: 8).flatMap { $0 }
        let text = try TextDecoding.decode(bytes, isHTML: false)
        #expect(text == "bad bytes:" + String(repeating: " \u{FFFD}", count: 8))
    }

    @Test func nineInvalidSequencesInAShortTextFileAreRejectedNamingTheFirstOffset() {
        let bytes = Array("bad bytes:".utf8) + Array(repeating: [0x20, 0xFF], count: 9).flatMap { $0 }
        #expect(
            throws: TextDecoding.Failure(
                reason:
                    "not valid UTF-8 (9 invalid byte sequences, the first 0xFF at offset 11); save the file as UTF-8"
            )
        ) {
            try TextDecoding.decode(bytes, isHTML: false)
        }
    }

    @Test func oneInvalidSequencePerThousandBytesIsTolerated() throws {
        // 20 stray bytes in 20 000: tolerated; 21: not.
        let clean = Array(repeating: UInt8(ascii: "a"), count: 999)
        let tolerated = Array(repeating: clean + [0x80], count: 20).flatMap { $0 }
        #expect(tolerated.count == 20_000)
        let text = try TextDecoding.decode(tolerated, isHTML: false)
        #expect(text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count == 20)

        let tooMany = tolerated.dropLast(2) + [0x80, 0x80]
        #expect(tooMany.count == 20_000)
        #expect(
            throws: TextDecoding.Failure(
                reason:
                    "not valid UTF-8 (21 invalid byte sequences, the first 0x80 at offset 999); save the file as UTF-8"
            )
        ) {
            try TextDecoding.decode(Array(tooMany), isHTML: false)
        }
    }

    private static let legacyParagraph = singleBytes(
        "Caf\u{E9} cr\u{E8}me br\u{FB}l\u{E9}e, na\u{EF}ve fa\u{E7}ade, r\u{E9}sum\u{E9}, \u{93}smart\u{94} quotes."
    )

    @Test func manyInvalidBytesRejectATextFileNamingTheFirstOffset() {
        #expect(
            throws: TextDecoding.Failure(
                reason:
                    "not valid UTF-8 (10 invalid byte sequences, the first 0xE9 at offset 3); save the file as UTF-8"
            )
        ) {
            try TextDecoding.decode(Self.legacyParagraph, isHTML: false)
        }
    }

    @Test func manyInvalidBytesInAnUndeclaredPageFallBackToWindows1252() throws {
        let page = Array("<p>".utf8) + Self.legacyParagraph + Array("</p>".utf8)
        let text = try TextDecoding.decode(page, isHTML: true)
        #expect(text == "<p>Café crème brûlée, naïve façade, résumé, “smart” quotes.</p>")
    }

    @Test func legacyBytesAfterAUTF8ByteOrderMarkAreReadAsWindows1252InAPage() throws {
        let page: [UInt8] = [0xEF, 0xBB, 0xBF] + Self.legacyParagraph
        #expect(
            try TextDecoding.decode(page, isHTML: true) == "Café crème brûlée, naïve façade, résumé, “smart” quotes."
        )
    }

    @Test func invalidSequenceOffsetsAreFound() {
        #expect(TextDecoding.invalidUTF8Sequences(Array("plain ascii".utf8)) == [])
        #expect(TextDecoding.invalidUTF8Sequences(Array("é€🌊".utf8)) == [])
        #expect(TextDecoding.invalidUTF8Sequences([0x61, 0xE9, 0x20, 0xC3, 0xA9, 0xFF]) == [1, 5])
        #expect(TextDecoding.invalidUTF8Sequences([0x61, 0xC0, 0xAF]) == [1, 2])
        #expect(TextDecoding.invalidUTF8Sequences([0x61, 0xE2, 0x82]) == [1, 2])
    }

    // MARK: NUL bytes and line endings

    @Test func nulBytesRejectATextFile() {
        let bytes = Array("looks like text".utf8) + [0x00, 0x01, 0x02]
        #expect(
            throws: TextDecoding.Failure(reason: "the file contains NUL bytes; it looks like a binary file, not text")
        ) {
            try TextDecoding.decode(bytes, isHTML: false)
        }
    }

    @Test func nulBytesInAPageAreRemoved() throws {
        let bytes = Array("<p>spl".utf8) + [0x00] + Array("it</p>\u{0}".utf8)
        #expect(try TextDecoding.decode(bytes, isHTML: true) == "<p>split</p>")
    }

    @Test(arguments: [false, true])
    func lineEndingsBecomeLineFeeds(isHTML: Bool) throws {
        let bytes = Array("one\r\ntwo\rthree\r\n\r\nfour\r\r\nfive\n".utf8)
        #expect(try TextDecoding.decode(bytes, isHTML: isHTML) == "one\ntwo\nthree\n\nfour\n\nfive\n")
    }

    /// The span copy agrees with a byte-by-byte reading on every mix of CR,
    /// LF, NUL and text, including a CR or NUL at either end.
    @Test func lineEndingsAndNULsMatchAByteByByteReading() throws {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x61, 0x62, 0x0D, 0x0A, 0x00]
        for _ in 0..<500 {
            let bytes = (0..<Int.random(in: 0...24, using: &generator)).map { _ in
                alphabet.randomElement(using: &generator)!
            }
            var expected: [UInt8] = []
            var index = 0
            while index < bytes.count {
                if bytes[index] == 0x0D {
                    expected.append(0x0A)
                    if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                } else if bytes[index] != 0x00 {
                    expected.append(bytes[index])
                }
                index += 1
            }
            let text = try TextDecoding.decode(bytes, isHTML: true)
            #expect(Array(text.utf8) == expected, "bytes \(bytes)")
        }
    }

    @Test func normalizingLineEndingsLeavesLineFeedTextUnchanged() {
        #expect(TextDecoding.normalizingLineEndings("a\nb\n") == "a\nb\n")
        #expect(TextDecoding.normalizingLineEndings("a\r\nb\r") == "a\nb\n")
    }

    // MARK: Charset declarations

    @Test(arguments: [
        (#"<meta charset="UTF-8">"#, "utf-8" as String?),
        ("<meta charset=utf-8>", "utf-8"),
        ("<META CHARSET='Windows-1252'>", "windows-1252"),
        (#"<meta charset="iso-8859-2"/>"#, "iso-8859-2"),
        (#"<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">"#, "koi8-r"),
        (#"<meta name="viewport" content="width=device-width"><meta charset="gbk">"#, "gbk"),
        (#"<?xml version="1.0" encoding="Shift_JIS"?><html>"#, "shift_jis"),
        ("<html><head><title>none</title></head><body>", nil),
        (#"<html><body><meta charset="big5">"#, nil),
    ])
    func declaredCharsetIsFoundInTheHead(head: String, expected: String?) {
        #expect(TextDecoding.declaredCharset(in: Array(head.utf8)) == expected)
    }

    @Test func legacyLabelsMapAsBrowsersDo() {
        #expect(TextDecoding.encoding(forLabel: "iso-8859-1") == .windowsCP1252)
        #expect(TextDecoding.encoding(forLabel: "us-ascii") == .windowsCP1252)
        #expect(TextDecoding.encoding(forLabel: "latin1") == .windowsCP1252)
        #expect(TextDecoding.encoding(forLabel: "gb2312") == TextDecoding.encoding(forLabel: "gb18030"))
        #expect(TextDecoding.encoding(forLabel: "shift_jis") == .shiftJIS)
        #expect(TextDecoding.encoding(forLabel: "klingon") == nil)
    }
}
