/// What a page's JSON-LD says about its article: the `articleBody` text,
/// the `headline` and the `datePublished`, from the first object of an
/// Article type (`NewsArticle`, `BlogPosting`, …) or any object that has
/// an `articleBody`, looking inside `@graph` and arrays.
struct StructuredData: Sendable, Equatable {
    var articleBody: String?
    var headline: String?
    var datePublished: String?

    init(jsonLD scripts: [String]) {
        for script in scripts {
            // Sites wrap JSON-LD in HTML comments or CDATA markers now and then.
            var text = Substring(script)
            for marker in ["<!--", "//<![CDATA[", "<![CDATA["] where text.trimmingPrefixWhitespace().hasPrefix(marker) {
                text = text.trimmingPrefixWhitespace().dropFirst(marker.count)
            }
            guard let value = try? JSONParser.parse(Array(text.utf8)) else { continue }
            visit(value, depth: 0)
            if articleBody != nil { return }
        }
    }

    private mutating func visit(_ value: JSONValue, depth: Int) {
        guard depth < 8 else { return }
        switch value {
        case .array(let items):
            for item in items { visit(item, depth: depth + 1) }
        case .object(let object):
            let isArticle = Self.isArticleType(object["@type"])
            if let body = object["articleBody"]?.stringValue, !body.isEmpty, articleBody == nil {
                articleBody = body
            }
            if isArticle || object["articleBody"] != nil {
                if headline == nil { headline = object["headline"]?.stringValue }
                if datePublished == nil { datePublished = object["datePublished"]?.stringValue }
            }
            for key in ["@graph", "mainEntity", "mainEntityOfPage", "hasPart"] {
                if let inner = object[key] { visit(inner, depth: depth + 1) }
            }
        default:
            break
        }
    }

    private static func isArticleType(_ type: JSONValue?) -> Bool {
        switch type {
        case .string(let name): name.hasSuffix("Article") || name == "BlogPosting" || name == "Report"
        case .array(let names): names.contains { isArticleType($0) }
        default: false
        }
    }
}

extension Substring {
    func trimmingPrefixWhitespace() -> Substring { drop(while: { $0.isWhitespace }) }
}

/// The word trigrams of a text, hashed, for telling which blocks of a page
/// repeat it (JSON-LD `articleBody` against the page's paragraphs).
struct TrigramSet: Sendable {
    private(set) var hashes: Set<UInt64> = []
    private(set) var words = 0

    init(_ text: String) {
        var window: [UInt64] = []
        forEachWordHash(Array(text.utf8)[...]) { hash in
            words += 1
            window.append(hash)
            if window.count > 3 { window.removeFirst() }
            if window.count == 3 { hashes.insert(Self.combine(window[0], window[1], window[2])) }
        }
    }

    /// How many of `bytes`' words sit in a trigram of this text, and how
    /// many words it has.
    func matchedWords(in bytes: ArraySlice<UInt8>) -> (matched: Int, words: Int) {
        var words: [UInt64] = []
        forEachWordHash(bytes) { words.append($0) }
        guard words.count >= 3 else { return (0, words.count) }
        var covered = [Bool](repeating: false, count: words.count)
        for start in 0...(words.count - 3)
        where hashes.contains(Self.combine(words[start], words[start + 1], words[start + 2])) {
            covered[start] = true
            covered[start + 1] = true
            covered[start + 2] = true
        }
        return (covered.lazy.filter { $0 }.count, words.count)
    }

    private static func combine(_ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        (a &* 0x9E37_79B9_7F4A_7C15) ^ (b &* 0xC2B2_AE3D_27D4_EB4F).rotated(by: 21)
            ^ (c &* 0x1656_67B1_9E37_79F9).rotated(by: 42)
    }
}

extension UInt64 {
    fileprivate func rotated(by count: UInt64) -> UInt64 { (self << count) | (self >> (64 - count)) }
}

/// Calls `body` with a hash of each word (letters and digits, ASCII
/// lower-cased; any non-ASCII byte counts as a letter).
func forEachWordHash(_ bytes: ArraySlice<UInt8>, _ body: (UInt64) -> Void) {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var inWord = false
    for byte in bytes {
        let isWordByte = byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
        if isWordByte {
            let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            hash = (hash ^ UInt64(lowered)) &* 0x100_0000_01b3
            inWord = true
        } else if inWord {
            body(hash)
            hash = 0xcbf2_9ce4_8422_2325
            inWord = false
        }
    }
    if inWord { body(hash) }
}
