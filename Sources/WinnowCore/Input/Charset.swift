import Foundation

/// A legacy charset a page may declare, found by its label.
///
/// Labels are matched the way WHATWG's Encoding standard lists them, and
/// also as scrapers and old servers misspell them: case, spaces,
/// hyphens, underscores and dots are ignored (`ISO8859_1`, `iso-8859-1`,
/// `Latin-1` are one label), and an `x-` or `cs` prefix is tried without.
/// ISO-8859-1 and US-ASCII are windows-1252, GB2312 and GBK are GB18030,
/// ISO-8859-9 is windows-1254 and TIS-620 is windows-874, as in browsers.
enum Charset: Equatable, Sendable {
    case utf8
    case windows1252
    case other(String.Encoding)

    init?(label: String) {
        let squeezed = String(
            label.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        )
        var candidates = [squeezed]
        for prefix in ["x", "cs"] where squeezed.hasPrefix(prefix) {
            candidates.append(String(squeezed.dropFirst(prefix.count)))
        }
        for candidate in candidates {
            if let found = Self.byLabel[candidate] {
                self = found
                return
            }
        }
        return nil
    }

    var encoding: String.Encoding {
        switch self {
        case .utf8: .utf8
        case .windows1252: .windowsCP1252
        case .other(let encoding): encoding
        }
    }

    /// The text of `bytes` in this charset, or nil when they are not valid in it.
    func decode(_ bytes: [UInt8]) -> String? {
        switch self {
        case .utf8: String(validating: bytes, as: UTF8.self)
        case .windows1252: TextDecoding.windows1252(bytes)
        case .other(let encoding): String(bytes: bytes, encoding: encoding)
        }
    }

    /// Encodings without a `String.Encoding` case use their CoreFoundation
    /// code (for example `0x80000632`, GB18030), which Foundation decodes on
    /// every platform.
    private static let byLabel: [String: Charset] = {
        var table: [String: Charset] = [:]
        func add(_ charset: Charset, _ labels: String...) {
            for label in labels { table[label] = charset }
        }
        add(.utf8, "utf8", "unicode11utf8", "unicode20utf8", "unicode", "utf")
        add(
            .windows1252,
            "windows1252",
            "cp1252",
            "win1252",
            "ms1252",
            "iso88591",
            "88591",
            "iso885911987",
            "latin1",
            "l1",
            "ibm819",
            "cp819",
            "usascii",
            "ascii",
            "ansix341968",
            "iso646us",
            "us",
            "isoir100",
            "isolatin1",
            "ansi",
            "windowslatin1",
            "westerneuropean"
        )
        add(.other(.isoLatin2), "iso88592", "88592", "latin2", "l2", "isoir101", "isolatin2", "iso885921987")
        add(.other(String.Encoding(rawValue: 0x8000_0203)), "iso88593", "latin3", "l3")
        add(.other(String.Encoding(rawValue: 0x8000_0204)), "iso88594", "latin4", "l4")
        add(.other(String.Encoding(rawValue: 0x8000_0205)), "iso88595", "88595", "cyrillic", "isoir144")
        add(.other(String.Encoding(rawValue: 0x8000_0206)), "iso88596", "arabic", "asmo708", "ecma114")
        add(
            .other(String.Encoding(rawValue: 0x8000_0207)),
            "iso88597",
            "88597",
            "greek",
            "greek8",
            "ecma118",
            "elot928"
        )
        add(.other(String.Encoding(rawValue: 0x8000_0208)), "iso88598", "hebrew", "visual", "iso88598i", "logical")
        add(.other(String.Encoding(rawValue: 0x8000_020A)), "iso885910", "latin6", "l6")
        add(.other(String.Encoding(rawValue: 0x8000_020D)), "iso885913", "latin7", "l7")
        add(.other(String.Encoding(rawValue: 0x8000_020E)), "iso885914", "latin8", "l8")
        add(.other(String.Encoding(rawValue: 0x8000_020F)), "iso885915", "88515", "latin9", "l9", "iso885915")
        add(.other(String.Encoding(rawValue: 0x8000_0210)), "iso885916", "latin10")
        add(.other(.windowsCP1250), "windows1250", "cp1250", "win1250", "ms1250")
        add(.other(.windowsCP1251), "windows1251", "cp1251", "win1251", "ms1251")
        add(.other(.windowsCP1253), "windows1253", "cp1253", "win1253")
        add(.other(.windowsCP1254), "windows1254", "cp1254", "win1254", "iso88599", "latin5", "l5", "isoir148")
        add(.other(String.Encoding(rawValue: 0x8000_0505)), "windows1255", "cp1255", "win1255")
        add(.other(String.Encoding(rawValue: 0x8000_0506)), "windows1256", "cp1256", "win1256")
        add(.other(String.Encoding(rawValue: 0x8000_0507)), "windows1257", "cp1257", "win1257")
        add(.other(String.Encoding(rawValue: 0x8000_0508)), "windows1258", "cp1258", "win1258")
        add(.other(String.Encoding(rawValue: 0x8000_041D)), "windows874", "cp874", "tis620", "iso885911", "dos874")
        add(.other(String.Encoding(rawValue: 0x8000_0A02)), "koi8r", "koi8", "koi")
        add(.other(String.Encoding(rawValue: 0x8000_0A08)), "koi8u", "koi8ru")
        add(
            .other(String.Encoding(rawValue: 0x8000_0632)),
            "gb18030",
            "gb2312",
            "gbk",
            "cp936",
            "chinese",
            "csgb2312",
            "gb231280",
            "isoir58",
            "ms936",
            "windows936",
            "euccn",
            "hzgb2312"
        )
        add(.other(String.Encoding(rawValue: 0x8000_0A03)), "big5", "big5hkscs", "cnbig5", "xxbig5", "cp950")
        add(
            .other(String.Encoding(rawValue: 0x8000_0940)),
            "euckr",
            "ksc56011987",
            "korean",
            "windows949",
            "cp949",
            "ksc5601",
            "isoir149"
        )
        add(.other(.shiftJIS), "shiftjis", "sjis", "windows31j", "ms932", "cp932", "mskanji", "mssjis")
        add(.other(.japaneseEUC), "eucjp")
        add(.other(.iso2022JP), "iso2022jp")
        add(.other(.macOSRoman), "macintosh", "mac", "macroman")
        add(.other(String.Encoding(rawValue: 0x8000_0007)), "maccyrillic")
        add(.other(String.Encoding(rawValue: 0x8000_0410)), "ibm866", "cp866", "866")
        return table
    }()
}
