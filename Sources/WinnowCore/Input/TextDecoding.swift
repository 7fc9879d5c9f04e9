import Foundation

/// Decodes the bytes of an article file into text, the way browsers and
/// scrapers meet pages.
///
/// - A byte-order mark decides first (UTF-8, UTF-16 LE/BE).
/// - A text file must be UTF-8: a few broken sequences (at most
///   ``tolerableInvalidSequences`` or one per thousand bytes) become U+FFFD,
///   as in a browser; more reject it, naming the first bad byte. NUL bytes
///   mark it as binary.
/// - An HTML page is never rejected for its encoding, since some reading
///   always exists:
///   1. UTF-16 without a byte-order mark is recognised by its zero bytes.
///   2. Valid UTF-8 (allowing a few broken sequences among many good ones)
///      is read as UTF-8 whatever the page declares: a scraper that
///      re-encodes a page often keeps a `<meta charset="iso-8859-1">` in
///      its head, and no legacy text of any length is valid UTF-8 by
///      chance.
///   3. Otherwise the charset the page declares (`<meta charset>`,
///      `http-equiv` Content-Type, an XML declaration), looked up by its
///      WHATWG label or a common misspelling (`iso8859_1`, `UTF8`,
///      `win-1251`); ISO-8859-1 and US-ASCII are read as windows-1252, as
///      browsers do.
///   4. Failing that (no declaration, an unknown label, bytes the declared
///      charset cannot read, or a UTF-8 declaration on bytes that are
///      not), windows-1252, which reads every byte.
///   NUL bytes are dropped. Line endings become `\n`.
enum TextDecoding {
    /// Why bytes could not be decoded, phrased for `rejected.jsonl`.
    struct Failure: Error, Equatable {
        var reason: String
    }

    static let tolerableInvalidSequences = 8
    static let binaryReason = "the file contains NUL bytes; it looks like a binary file, not text"
    /// How far into an HTML page a charset declaration is looked for.
    static let charsetScanLimit = 64 * 1024

    static func decode(_ bytes: [UInt8], isHTML: Bool) throws(Failure) -> String {
        if isHTML { return page(bytes) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return normalizingLineEndings(try decodeText(bytes))
        }
        if bytes.contains(0) {
            throw Failure(reason: binaryReason)
        }
        return try decodeText(withoutCarriageReturns(bytes))
    }

    /// The text of an HTML page (which always has a reading).
    static func page(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || looksLikeUTF16(bytes) != nil {
            var text = decodePage(bytes)
            text.unicodeScalars.removeAll { $0 == "\u{0}" }
            return normalizingLineEndings(text)
        }
        // NUL and CR are single bytes in UTF-8 and in every legacy charset
        // read here (never the second byte of a character), so they are
        // handled on the bytes, before decoding.
        return decodePage(withoutCarriageReturns(bytes))
    }

    /// ``page(_:)``'s reading as markup for the `html` stage. A page in
    /// UTF-8 without a byte-order mark (nearly every page) keeps its bytes,
    /// checked by ``UTF8Validation``, with no `String` made of them.
    static func markup(_ bytes: [UInt8]) -> Markup {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || looksLikeUTF16(bytes) != nil {
            return Markup(page(bytes))
        }
        let cleaned = withoutCarriageReturns(bytes)
        if !cleaned.starts(with: [0xEF, 0xBB, 0xBF]), UTF8Validation.isValid(cleaned) {
            return Markup(validUTF8: cleaned)
        }
        return Markup(decodePage(cleaned))
    }

    /// `bytes` with CR LF and lone CR turned into LF, and NUL bytes dropped.
    /// The bytes between two such bytes are found with `memchr` and copied
    /// as spans (most pages have none, or one CR per line).
    private static func withoutCarriageReturns(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { source -> [UInt8] in
            guard let base = source.baseAddress else { return bytes }
            let count = source.count
            func next(_ byte: UInt8, from index: Int) -> Int {
                guard index < count, let found = memchr(base + index, Int32(byte), count - index) else { return count }
                return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            var nextReturn = next(0x0D, from: 0)
            var nextNUL = next(0x00, from: 0)
            guard nextReturn < count || nextNUL < count else { return bytes }
            return [UInt8](unsafeUninitializedCapacity: count) { target, written in
                guard let output = target.baseAddress else { return }
                var out = 0
                var index = 0
                while true {
                    let special = min(nextReturn, nextNUL)
                    (output + out).initialize(from: base + index, count: special - index)
                    out += special - index
                    guard special < count else { break }
                    index = special + 1
                    if special == nextReturn {
                        output[out] = 0x0A
                        out += 1
                        if index < count, base[index] == 0x0A { index += 1 }
                        nextReturn = next(0x0D, from: index)
                    } else {
                        nextNUL = next(0x00, from: index)
                    }
                }
                written = out
            }
        }
    }

    // MARK: Text files

    private static func decodeText(_ bytes: [UInt8]) throws(Failure) -> String {
        if let text = byteOrderMarkDecoding(bytes) { return text }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let invalid = invalidUTF8Sequences(bytes)
        if invalid.count <= max(tolerableInvalidSequences, bytes.count / 1000) {
            return String(decoding: bytes, as: UTF8.self)
        }
        let first = invalid[0]
        throw Failure(
            reason:
                "not valid UTF-8 (\(invalid.count) invalid byte sequences, the first 0x\(String(bytes[first], radix: 16, uppercase: true)) at offset \(first)); save the file as UTF-8"
        )
    }

    private static func byteOrderMarkDecoding(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return String(decoding: bytes.dropFirst(3), as: UTF8.self) }
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(bytes.dropFirst(2), bigEndian: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes.dropFirst(2), bigEndian: true) }
        return nil
    }

    // MARK: Pages

    /// A page's text; see the type's summary for the order of the rules.
    static func decodePage(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(bytes.dropFirst(3))
            return isMostlyUTF8(body) ? String(decoding: body, as: UTF8.self) : windows1252(body)
        }
        if let text = byteOrderMarkDecoding(bytes) { return text }
        if let bigEndian = looksLikeUTF16(bytes) { return utf16(bytes[...], bigEndian: bigEndian) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        if isMostlyUTF8(bytes) { return String(decoding: bytes, as: UTF8.self) }
        if let label = declaredCharset(in: bytes), let charset = Charset(label: label), charset != .utf8,
            let text = charset.decode(bytes)
        {
            return text
        }
        return windows1252(bytes)
    }

    /// Valid UTF-8, or nearly: a few broken sequences (at most
    /// ``tolerableInvalidSequences`` or one per thousand bytes) among at
    /// least ten times as many well-formed multi-byte characters.
    static func isMostlyUTF8(_ bytes: [UInt8]) -> Bool {
        if String(validating: bytes, as: UTF8.self) != nil { return true }
        let invalid = invalidUTF8Sequences(bytes)
        guard invalid.count <= max(tolerableInvalidSequences, bytes.count / 1000) else { return false }
        var multiByte = 0
        for byte in bytes where byte >= 0xC2 && byte <= 0xF4 { multiByte += 1 }
        return multiByte - invalid.count >= 10 * invalid.count
    }

    /// UTF-16 without a byte-order mark: most of the first kilobyte's even
    /// (big-endian) or odd (little-endian) bytes are zero, as in ASCII
    /// markup written as UTF-16. Returns whether it is big-endian.
    static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(1024)
        guard sample.count >= 16 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let half = sample.count / 2
        if oddZeros * 10 >= half * 8, evenZeros * 10 <= half { return false }
        if evenZeros * 10 >= half * 8, oddZeros * 10 <= half { return true }
        return nil
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// windows-1252 as WHATWG defines it: every byte has a reading (the five
    /// bytes the code page leaves undefined become the C1 controls of the
    /// same value).
    static func windows1252(_ bytes: [UInt8]) -> String {
        // Built as UTF-8 bytes: every reading is at most three bytes long.
        let utf8 = [UInt8](unsafeUninitializedCapacity: bytes.count * 3) { target, count in
            var written = 0
            for byte in bytes {
                if byte < 0x80 {
                    target[written] = byte
                    written += 1
                    continue
                }
                let scalar = byte <= 0x9F ? windows1252High[Int(byte - 0x80)] : UInt32(byte)
                if scalar < 0x800 {
                    target[written] = UInt8(0xC0 | (scalar >> 6))
                    target[written + 1] = UInt8(0x80 | (scalar & 0x3F))
                    written += 2
                } else {
                    target[written] = UInt8(0xE0 | (scalar >> 12))
                    target[written + 1] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
                    target[written + 2] = UInt8(0x80 | (scalar & 0x3F))
                    written += 3
                }
            }
            count = written
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]

    // MARK: Declarations

    /// The charset an HTML page declares in its head (before `<body` or
    /// ``charsetScanLimit`` bytes), lower-cased.
    static func declaredCharset(in bytes: [UInt8]) -> String? {
        // On ASCII-lower-cased bytes: every byte that matters here is ASCII.
        var head = bytes.prefix(charsetScanLimit).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        if let body = head.firstRange(of: Array("<body".utf8)) { head.removeSubrange(body.lowerBound...) }
        var searchStart = 0
        while let meta = head[searchStart...].firstRange(of: Array("<meta".utf8)) {
            let tagEnd = head[meta.upperBound...].firstIndex(of: UInt8(ascii: ">")) ?? head.endIndex
            let tag = head[meta.upperBound..<tagEnd]
            if let charset = tag.firstRange(of: Array("charset".utf8)) {
                var rest = tag[charset.upperBound...].drop(while: { $0 == UInt8(ascii: " ") })
                if rest.first == UInt8(ascii: "=") {
                    rest = rest.dropFirst()
                    if let value = quotedValue(in: rest) { return value }
                }
            }
            searchStart = tagEnd
        }
        if head.starts(with: Array("<?xml".utf8)), let end = head.firstRange(of: Array("?>".utf8)) {
            let declaration = head[..<end.lowerBound]
            if let encoding = declaration.firstRange(of: Array("encoding=".utf8)) {
                return quotedValue(in: declaration[encoding.upperBound...])
            }
        }
        return nil
    }

    /// The bytes that end a declared charset's value.
    private static let valueEnds = Set("\"' ;/>,\t\n\r\u{0C}".utf8)

    /// The value after `=`: leading spaces and quotes skipped, up to a quote,
    /// space, `;`, `/`, `>` or `,`.
    private static func quotedValue(in bytes: ArraySlice<UInt8>) -> String? {
        let value = bytes.drop(while: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }
        )
        .prefix(while: { !valueEnds.contains($0) })
        return value.isEmpty ? nil : String(decoding: value, as: UTF8.self)
    }

    /// The encoding for a charset label (see ``Charset``), for tests and
    /// callers that want Foundation's view.
    static func encoding(forLabel label: String) -> String.Encoding? {
        Charset(label: label)?.encoding
    }

    // MARK: Helpers

    /// The offsets of byte sequences that break UTF-8.
    static func invalidUTF8Sequences(_ bytes: [UInt8]) -> [Int] {
        var offsets: [Int] = []
        var index = 0
        while index < bytes.count {
            let length: Int
            switch bytes[index] {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            if length == 1 {
                index += 1
            } else if length > 0, index + length <= bytes.count,
                String(validating: bytes[index..<index + length], as: UTF8.self) != nil
            {
                index += length
            } else {
                offsets.append(index)
                index += 1
            }
        }
        return offsets
    }

    static func normalizingLineEndings(_ text: String) -> String {
        // Over the contiguous bytes: a generic walk of the UTF-8 view is slow.
        guard text.utf8.withContiguousStorageIfAvailable({ $0.contains(0x0D) }) ?? text.utf8.contains(0x0D) else {
            return text
        }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}

/// Reads the bytes of an HTML page as winnow's input does, for tools built
/// on the library (benchmarks, converters).
public enum PageDecoding {
    /// The page's text: see ``TextDecoding`` for the rules; never fails.
    public static func text(ofPage bytes: [UInt8]) -> String { TextDecoding.page(bytes) }

    /// The page's markup as the `html` stage gets it from a file: bytes
    /// when the page is UTF-8 (see ``TextDecoding/markup(_:)``).
    public static func markup(ofPage bytes: [UInt8]) -> Markup { TextDecoding.markup(bytes) }
}
