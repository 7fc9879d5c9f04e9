/// A byte-level pass before libxml2 sees a page: takes out the bodies of
/// `<script>`, `<style>` and `<svg>` and every comment, which hold no
/// readable text but are most of a news page's bytes (and libxml2 reads
/// them a character at a time). JSON-LD scripts are kept aside for the
/// extractor. Every newline inside what is removed is kept, so libxml2's
/// line numbers still point into the original page.
///
/// Script and style bodies end at the first `</script` / `</style`, as in
/// libxml2 and browsers.
///
/// Start tags lose the attributes the page model never reads (`src`,
/// `srcset`, `data-*`, event handlers, …), about a third of a page's
/// markup once scripts are out, which libxml2 would otherwise read a
/// character at a time (see ``StartTagThinning``).
struct MarkupPrefilter {
    private(set) var output: [UInt8] = []
    private(set) var jsonLD: [String] = []
    private var counts: [StrippedMarkup.Kind: (count: Int, bytes: Int)] = [:]
    /// The attributes of the start tag being copied.
    private var attributes: [StartTagThinning.Attribute] = []

    /// What was removed, per kind, in a fixed order.
    var stripped: [StrippedMarkup] {
        [StrippedMarkup.Kind.script, .style, .svg, .comment].compactMap { kind in
            counts[kind].map { StrippedMarkup(kind: kind, count: $0.count, bytes: $0.bytes) }
        }
    }

    init(_ source: UnsafeBufferPointer<UInt8>) {
        output.reserveCapacity(source.count / 2 + 64)
        run(source)
    }

    private mutating func run(_ source: UnsafeBufferPointer<UInt8>) {
        let count = source.count
        var index = 0
        while index < count {
            guard let open = source.firstIndex(of: UInt8(ascii: "<"), from: index) else {
                output.append(contentsOf: source[index..<count])
                break
            }
            output.append(contentsOf: source[index..<open])
            index = open
            if source.matches("<!--", at: open) {
                let end = source.find("-->", from: open + 4).map { $0 + 3 } ?? count
                strip(.comment, source, open..<end)
                index = end
            } else if let end = declarationEnd(source, at: open) {
                strip(.comment, source, open..<end)
                index = end
            } else if let kind = rawTextKind(source, at: open + 1) {
                let closing: StaticString = kind == .script ? "</script" : kind == .style ? "</style" : "</svg"
                let tagEnd = source.tagEnd(from: open + 1)
                let close = source.findCaseInsensitive(closing, from: tagEnd) ?? count
                let end = close < count ? source.tagEnd(from: close + 2) : count
                if kind == .script, source.containsCaseInsensitive("ld+json", in: open..<tagEnd) {
                    jsonLD.append(String(decoding: source[tagEnd..<close], as: UTF8.self))
                }
                strip(kind, source, open..<end)
                index = end
            } else if let end = thinStartTag(source, at: open) {
                index = end
            } else {
                output.append(UInt8(ascii: "<"))
                index = open + 1
            }
        }
    }

    /// One past the end of an XML markup declaration starting at `open`:
    /// `<!ENTITY …>`, `<!ELEMENT …>`, `<!ATTLIST …>` (HTML reads them as
    /// bogus comments), or a `<!DOCTYPE … [ … ]>` with an internal subset,
    /// which HTML does not have and which would otherwise reach the text.
    /// Nil for anything else, a plain `<!DOCTYPE html>` included.
    private func declarationEnd(_ source: UnsafeBufferPointer<UInt8>, at open: Int) -> Int? {
        guard source.matches("<!", at: open) else { return nil }
        for keyword: StaticString in ["entity", "element", "attlist", "notation"]
        where source.matchesName(keyword, at: open + 2) {
            return source.tagEnd(from: open + 2)
        }
        guard source.matchesName("doctype", at: open + 2) else { return nil }
        let end = source.tagEnd(from: open + 2)
        guard let bracket = source.firstIndex(of: UInt8(ascii: "["), from: open + 2), bracket < end else { return nil }
        guard let close = source.find("]", from: bracket) else { return source.count }
        return source.tagEnd(from: close)
    }

    /// `script`, `style` or `svg` when the bytes at `index` start that
    /// tag name followed by a name boundary.
    private func rawTextKind(_ source: UnsafeBufferPointer<UInt8>, at index: Int) -> StrippedMarkup.Kind? {
        guard index < source.count else { return nil }
        switch source[index] | 0x20 {
        case UInt8(ascii: "s"):
            if source.matchesName("script", at: index) { return .script }
            if source.matchesName("style", at: index) { return .style }
            if source.matchesName("svg", at: index) { return .svg }
            return nil
        default:
            return nil
        }
    }

    /// Copies the well-formed start tag at `open` without the attributes
    /// ``StartTagThinning`` drops (their newlines stay, for line numbers);
    /// returns one past its `>`, or nil (nothing written) for anything
    /// that is not plainly a start tag, which libxml2 then reads as it is.
    private mutating func thinStartTag(_ source: UnsafeBufferPointer<UInt8>, at open: Int) -> Int? {
        guard let tag = StartTagThinning.parse(source, at: open, attributes: &attributes) else { return nil }
        output.append(contentsOf: source[open..<tag.nameEnd])
        for attribute in attributes {
            switch StartTagThinning.fate(of: attribute, in: source, tag: tag.element) {
            case .keep:
                output.append(contentsOf: source[attribute.start..<attribute.end])
            case .keepNameOnly:
                output.append(contentsOf: source[attribute.start..<attribute.nameEnd])
                appendNewlines(in: source, attribute.nameEnd..<attribute.end)
            case .drop:
                appendNewlines(in: source, attribute.start..<attribute.end)
            }
        }
        output.append(contentsOf: source[tag.closeStart..<tag.end])
        return tag.end
    }

    /// One newline for each in `range` of `source` (the search never
    /// looks past the range: a minified page may have no newline at all).
    private mutating func appendNewlines(in source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var cursor = range.lowerBound
        while let found = source.firstIndex(of: 0x0A, from: cursor, before: range.upperBound) {
            output.append(0x0A)
            cursor = found + 1
        }
    }

    private mutating func strip(_ kind: StrippedMarkup.Kind, _ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    {
        appendNewlines(in: source, range)
        let previous = counts[kind] ?? (0, 0)
        counts[kind] = (previous.count + 1, previous.bytes + range.count)
    }
}

extension UnsafeBufferPointer<UInt8> {
    func firstIndex(of byte: UInt8, from start: Int) -> Int? {
        firstIndex(of: byte, from: start, before: count)
    }

    /// The first `byte` in `start..<end`.
    func firstIndex(of byte: UInt8, from start: Int, before end: Int) -> Int? {
        guard start < end, let base = baseAddress else { return nil }
        guard let found = memchrBytes(base + start, byte, end - start) else { return nil }
        return found - base
    }

    /// Whether the bytes at `index` are exactly `literal`.
    func matches(_ literal: StaticString, at index: Int) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard index + length <= count else { return false }
        let pattern = literal.utf8Start
        for offset in 0..<length where self[index + offset] != pattern[offset] { return false }
        return true
    }

    /// Whether an ASCII-case-insensitive `name` starts at `index` and is
    /// followed by whitespace, `/`, `>` or the end.
    func matchesName(_ name: StaticString, at index: Int) -> Bool {
        let length = name.utf8CodeUnitCount
        guard index + length <= count else { return false }
        let pattern = name.utf8Start
        for offset in 0..<length where self[index + offset] | 0x20 != pattern[offset] { return false }
        guard index + length < count else { return true }
        switch self[index + length] {
        case 0x20, 0x09, 0x0A, 0x0C, 0x0D, UInt8(ascii: "/"), UInt8(ascii: ">"): return true
        default: return false
        }
    }

    /// The index of the first `literal` at or after `start`.
    func find(_ literal: StaticString, from start: Int) -> Int? {
        let first = literal.utf8Start[0]
        var index = start
        while let candidate = firstIndex(of: first, from: index) {
            if matches(literal, at: candidate) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    /// The index of the first ASCII-case-insensitive `literal` (which
    /// starts with `<` and is otherwise lower case) at or after `start`.
    func findCaseInsensitive(_ literal: StaticString, from start: Int) -> Int? {
        let length = literal.utf8CodeUnitCount
        let pattern = literal.utf8Start
        var index = start
        while let candidate = firstIndex(of: pattern[0], from: index) {
            if candidate + length <= count {
                var equal = true
                for offset in 1..<length where self[candidate + offset] | 0x20 != pattern[offset] {
                    equal = false
                    break
                }
                if equal { return candidate }
            }
            index = candidate + 1
        }
        return nil
    }

    /// Whether ASCII-case-insensitive `literal` (lower case) occurs in
    /// `range`.
    func containsCaseInsensitive(_ literal: StaticString, in range: Range<Int>) -> Bool {
        let length = literal.utf8CodeUnitCount
        let pattern = literal.utf8Start
        guard range.count >= length else { return false }
        outer: for start in range.lowerBound...(range.upperBound - length) {
            for offset in 0..<length where self[start + offset] | 0x20 != pattern[offset] | 0x20 { continue outer }
            return true
        }
        return false
    }

    /// One past the `>` that ends the tag whose name starts at `start`,
    /// skipping quoted attribute values; the end of the buffer when the tag
    /// never closes.
    func tagEnd(from start: Int) -> Int {
        var index = start
        var quote: UInt8 = 0
        while index < count {
            let byte = self[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: ">") {
                return index + 1
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                // Only a quote that opens an attribute value counts.
                if index > start, self[index - 1] == UInt8(ascii: "=") { quote = byte }
            }
            index += 1
        }
        return count
    }
}
