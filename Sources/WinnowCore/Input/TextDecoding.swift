import Foundation

/// Decodes the bytes of an article file into text.
///
/// - A byte-order mark decides first (UTF-8, UTF-16 LE/BE).
/// - An HTML page may declare its charset in a `<meta>` tag or XML
///   declaration anywhere in its head; `iso-8859-1` and `us-ascii` are read
///   as windows-1252, `gb2312` as GB18030, and `utf-16` (which a readable
///   declaration cannot be) as UTF-8, as browsers do.
/// - Otherwise the text must be UTF-8. A few broken bytes in otherwise valid
///   UTF-8 (at most ``tolerableInvalidSequences`` or one per thousand bytes)
///   become U+FFFD, as in a browser; more than that rejects a text file, and
///   an HTML page that declares no charset is then read as windows-1252 (the
///   browser default for legacy pages).
/// - A text file with NUL bytes is binary and rejected; NULs in HTML are
///   dropped. Line endings become `\n`.
enum TextDecoding {
    /// Why bytes could not be decoded, phrased for `rejected.jsonl`.
    struct Failure: Error, Equatable {
        var reason: String
    }

    static let tolerableInvalidSequences = 8
    /// How far into an HTML page a charset declaration is looked for.
    static let charsetScanLimit = 64 * 1024

    static func decode(_ bytes: [UInt8], isHTML: Bool) throws(Failure) -> String {
        var text = try decodeCharacters(bytes, isHTML: isHTML)
        if text.utf8.contains(0) {
            guard isHTML else {
                throw Failure(reason: "the file contains NUL bytes; it looks like a binary file, not text")
            }
            text.unicodeScalars.removeAll { $0 == "\u{0}" }
        }
        return normalizingLineEndings(text)
    }

    private static func decodeCharacters(_ bytes: [UInt8], isHTML: Bool) throws(Failure) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try utf8(Array(bytes.dropFirst(3)), declared: true, isHTML: isHTML)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return try foundationDecode(Array(bytes.dropFirst(2)), .utf16LittleEndian, label: "UTF-16LE")
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return try foundationDecode(Array(bytes.dropFirst(2)), .utf16BigEndian, label: "UTF-16BE")
        }
        guard isHTML, let label = declaredCharset(in: bytes) else {
            return try utf8(bytes, declared: false, isHTML: isHTML)
        }
        // A declaration that could be read byte by byte cannot be UTF-16 (that
        // needs a byte-order mark, handled above), so browsers read UTF-8.
        if isUTF8Label(label) || label.hasPrefix("utf-16") { return try utf8(bytes, declared: true, isHTML: true) }
        guard let encoding = encoding(forLabel: label) else {
            throw Failure(reason: "the page declares charset '\(label)', which winnow cannot decode; convert it to UTF-8")
        }
        return try foundationDecode(bytes, encoding, label: label)
    }

    /// UTF-8, tolerating a few broken sequences; see the type's summary.
    private static func utf8(_ bytes: [UInt8], declared: Bool, isHTML: Bool) throws(Failure) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let invalid = invalidUTF8Sequences(bytes)
        if invalid.count <= max(tolerableInvalidSequences, bytes.count / 1000) {
            return String(decoding: bytes, as: UTF8.self)
        }
        let first = invalid[0]
        let where_ = "\(invalid.count) invalid byte sequences, the first 0x\(String(bytes[first], radix: 16, uppercase: true)) at offset \(first)"
        if isHTML && !declared, let legacy = String(bytes: bytes, encoding: .windowsCP1252) ?? String(bytes: bytes, encoding: .isoLatin1) {
            return legacy
        }
        if isHTML {
            throw Failure(reason: "the page declares UTF-8 but is not UTF-8 (\(where_)); fix its charset declaration")
        }
        throw Failure(reason: "not valid UTF-8 (\(where_)); save the file as UTF-8")
    }

    private static func foundationDecode(_ bytes: [UInt8], _ encoding: String.Encoding, label: String) throws(Failure) -> String {
        guard let text = String(bytes: bytes, encoding: encoding) else {
            throw Failure(reason: "not valid \(label) text, although the page declares that charset")
        }
        return text
    }

    /// The charset an HTML page declares in its head (before `<body` or
    /// ``charsetScanLimit`` bytes), lower-cased.
    static func declaredCharset(in bytes: [UInt8]) -> String? {
        var head = String(decoding: bytes.prefix(charsetScanLimit), as: UTF8.self).lowercased()
        if let body = head.range(of: "<body") { head = String(head[..<body.lowerBound]) }
        var searchStart = head.startIndex
        while let meta = head.range(of: "<meta", range: searchStart..<head.endIndex) {
            let tagEnd = head[meta.upperBound...].firstIndex(of: ">") ?? head.endIndex
            let tag = head[meta.upperBound..<tagEnd]
            if let charset = tag.range(of: "charset=") { return quotedValue(after: charset.upperBound, in: tag) }
            searchStart = tagEnd
        }
        if head.hasPrefix("<?xml"), let end = head.range(of: "?>") {
            let declaration = head[..<end.lowerBound]
            if let encoding = declaration.range(of: "encoding=") {
                return quotedValue(after: encoding.upperBound, in: declaration)
            }
        }
        return nil
    }

    private static func quotedValue(after start: Substring.Index, in text: Substring) -> String? {
        var value = text[start...].drop(while: { $0 == " " || $0 == "\"" || $0 == "'" })
        value = value.prefix(while: { !"\"' ;/>".contains($0) && !$0.isWhitespace })
        return value.isEmpty ? nil : String(value)
    }

    private static func isUTF8Label(_ label: String) -> Bool {
        ["utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8"].contains(label)
    }

    /// The encoding for a WHATWG charset label, for the labels winnow reads.
    /// Encodings without a `String.Encoding` case use their CoreFoundation
    /// code (for example `0x80000632`, GB18030), which Foundation decodes
    /// on every platform.
    static func encoding(forLabel label: String) -> String.Encoding? {
        switch label {
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252",
            "x-cp1252":
            .windowsCP1252
        case "iso-8859-2", "iso8859-2", "latin2", "l2": .isoLatin2
        case "iso-8859-5", "iso8859-5", "cyrillic": String.Encoding(rawValue: 0x8000_0205)
        case "iso-8859-7", "iso8859-7", "greek": String.Encoding(rawValue: 0x8000_0207)
        case "iso-8859-15", "iso8859-15", "latin9", "l9": String.Encoding(rawValue: 0x8000_020F)
        case "windows-1250", "cp1250", "x-cp1250": .windowsCP1250
        case "windows-1251", "cp1251", "x-cp1251": .windowsCP1251
        case "windows-1253", "cp1253": .windowsCP1253
        case "windows-1254", "cp1254", "iso-8859-9", "latin5": .windowsCP1254
        case "windows-1256", "cp1256": String.Encoding(rawValue: 0x8000_0506)
        case "windows-1257", "cp1257": String.Encoding(rawValue: 0x8000_0507)
        case "windows-874", "tis-620", "iso-8859-11": String.Encoding(rawValue: 0x8000_041D)
        case "koi8-r", "koi8": String.Encoding(rawValue: 0x8000_0A02)
        case "koi8-u": String.Encoding(rawValue: 0x8000_0A08)
        case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "chinese": String.Encoding(rawValue: 0x8000_0632)
        case "big5", "big5-hkscs", "x-x-big5": String.Encoding(rawValue: 0x8000_0A03)
        case "euc-kr", "ks_c_5601-1987", "korean": String.Encoding(rawValue: 0x8000_0940)
        case "shift_jis", "shift-jis", "sjis", "windows-31j", "ms932": .shiftJIS
        case "iso-2022-jp": .iso2022JP
        case "macintosh", "mac", "x-mac-roman": .macOSRoman
        default: nil
        }
    }

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
        guard text.utf8.contains(0x0D) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
