/// Which attributes of a start tag reach libxml2 (see ``MarkupPrefilter``).
///
/// Only a plainly well-formed start tag is thinned: a name of letters,
/// digits, `-`, `_`, `:` or `.`, then attributes separated by whitespace,
/// each a name of the same bytes (starting with a letter, `_` or `:`) with an optional `=` and a quoted value (closed) or an
/// unquoted one (no quote, `<`, `=` or backtick in it), then `>` or `/>`.
/// On such a tag libxml2's reading and this one agree; anything else is
/// left to libxml2 untouched.
///
/// Kept: what ``PageModelBuilder`` reads. On every element `id`, `class`,
/// `style`, `hidden`, `aria-hidden`, `role`, `itemprop` and `itemtype`;
/// `lang` on `<html>`; `rel` and `href` on `<link>`; `name`, `property`,
/// `content`, `charset` and `http-equiv` on `<meta>`; and on `<a>` an
/// `href` without its value (only whether a link has one matters).
enum StartTagThinning {
    /// The elements whose extra attributes matter.
    enum Element {
        case a, link, meta, html, other
    }

    /// One attribute: `start` is where the whitespace before it begins,
    /// `nameStart..<nameEnd` its name, `end` one past its value.
    struct Attribute {
        var start: Int
        var nameStart: Int
        var nameEnd: Int
        var end: Int
    }

    struct Tag {
        var element: Element
        /// One past the tag name.
        var nameEnd: Int
        /// Where the whitespace before `>` or `/>` begins.
        var closeStart: Int
        /// One past `>`.
        var end: Int
    }

    enum Fate {
        case keep, keepNameOnly, drop
    }

    /// The start tag at `open` (a `<`), or nil when it is not plainly one.
    /// Its attributes are put in `attributes` (emptied first, so that one
    /// array serves every tag of a page).
    static func parse(_ source: UnsafeBufferPointer<UInt8>, at open: Int, attributes: inout [Attribute]) -> Tag? {
        let count = source.count
        var index = open + 1
        guard index < count, isLetter(source[index]) else { return nil }
        while index < count, isNameByte(source[index]) { index += 1 }
        let nameEnd = index
        let element = element(named: source, open + 1..<nameEnd)
        attributes.removeAll(keepingCapacity: true)
        while true {
            let spaceStart = index
            while index < count, isSpace(source[index]) { index += 1 }
            guard index < count else { return nil }
            switch source[index] {
            case UInt8(ascii: ">"):
                return Tag(
                    element: element,
                    nameEnd: nameEnd,
                    closeStart: spaceStart,
                    end: index + 1
                )
            case UInt8(ascii: "/"):
                guard index + 1 < count, source[index + 1] == UInt8(ascii: ">") else { return nil }
                return Tag(
                    element: element,
                    nameEnd: nameEnd,
                    closeStart: spaceStart,
                    end: index + 2
                )
            default:
                break
            }
            guard index > spaceStart else { return nil }
            // An attribute name starts as libxml2 wants one to.
            let nameStart = index
            guard isLetter(source[index]) || source[index] == UInt8(ascii: "_") || source[index] == UInt8(ascii: ":")
            else { return nil }
            while index < count, isNameByte(source[index]) { index += 1 }
            let attributeNameEnd = index
            var cursor = index
            while cursor < count, isSpace(source[cursor]) { cursor += 1 }
            if cursor < count, source[cursor] == UInt8(ascii: "=") {
                cursor += 1
                while cursor < count, isSpace(source[cursor]) { cursor += 1 }
                guard cursor < count else { return nil }
                let quote = source[cursor]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    guard let close = source.firstIndex(of: quote, from: cursor + 1) else { return nil }
                    index = close + 1
                } else {
                    let valueStart = cursor
                    while cursor < count, !isSpace(source[cursor]), source[cursor] != UInt8(ascii: ">") {
                        switch source[cursor] {
                        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "<"), UInt8(ascii: "="),
                            UInt8(ascii: "`"):
                            return nil
                        default:
                            cursor += 1
                        }
                    }
                    guard cursor > valueStart else { return nil }
                    index = cursor
                }
            }
            attributes.append(Attribute(start: spaceStart, nameStart: nameStart, nameEnd: attributeNameEnd, end: index))
        }
    }

    static func fate(of attribute: Attribute, in source: UnsafeBufferPointer<UInt8>, tag: Element) -> Fate {
        let name = UnsafeBufferPointer(rebasing: source[attribute.nameStart..<attribute.nameEnd])
        for kept: StaticString in ["id", "class", "style", "hidden", "aria-hidden", "role", "itemprop", "itemtype"]
        where equalsLowercased(name, kept) {
            return .keep
        }
        switch tag {
        case .a:
            return equalsLowercased(name, "href") ? .keepNameOnly : .drop
        case .link:
            return equalsLowercased(name, "rel") || equalsLowercased(name, "href") ? .keep : .drop
        case .meta:
            for kept: StaticString in ["name", "property", "content", "charset", "http-equiv"]
            where equalsLowercased(name, kept) {
                return .keep
            }
            return .drop
        case .html:
            return equalsLowercased(name, "lang") ? .keep : .drop
        case .other:
            return .drop
        }
    }

    private static func element(named source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Element {
        let name = UnsafeBufferPointer(rebasing: source[range])
        if equalsLowercased(name, "a") { return .a }
        if equalsLowercased(name, "link") { return .link }
        if equalsLowercased(name, "meta") { return .meta }
        if equalsLowercased(name, "html") { return .html }
        return .other
    }

    /// Whether `bytes`, ASCII-lower-cased, are `literal` (lower case).
    private static func equalsLowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        guard bytes.count == literal.utf8CodeUnitCount else { return false }
        let pattern = literal.utf8Start
        for offset in 0..<bytes.count {
            let byte = bytes[offset]
            let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if lowered != pattern[offset] { return false }
        }
        return true
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }
}
