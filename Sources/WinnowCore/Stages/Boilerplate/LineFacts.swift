/// What the boilerplate rules need to know about one logical line, computed
/// once, in one pass over its UTF-8 bytes, and shared by every rule: its
/// length, words, case of its first letter, how it ends, its script and its
/// case-folded bytes (see ``LineSheet/folded``), which the cheap prefilters
/// (``LineGate``) test before any regular expression runs.
struct LineFacts: Sendable {
    /// Unicode scalars of the trimmed line.
    var scalars = 0
    /// Words, a run of Chinese, Japanese or Thai counting one per two
    /// characters (see ``Unicode/Scalar/isUnspacedScript``).
    var words = 0
    var isASCII = true
    /// The first and last scalars of the trimmed line, and the one before
    /// the last (" " when there is none).
    var first: Unicode.Scalar = " "
    var last: Unicode.Scalar = " "
    var beforeLast: Unicode.Scalar = " "
    /// The line's case-folded bytes in ``LineSheet/folded``.
    var folded: Range<Int> = 0..<0
    /// Letters of the line's most frequent script, and that script.
    var letters = 0
    var script: Script = .none

    var isBlank: Bool { scalars == 0 }

    /// The scalar the line ends with once a closing quote or bracket is set
    /// aside.
    var closingScalar: Unicode.Scalar {
        Self.closers.contains(last) ? beforeLast : last
    }

    /// Ends like a sentence: `.`, `!`, `?`, `…` (or their CJK forms), maybe
    /// inside a closing quote or bracket.
    var endsSentence: Bool { Self.sentenceEnds.contains(closingScalar) }

    /// Starts with a lower-case letter (a sentence running on from the line
    /// above).
    var startsLowercase: Bool {
        first.isASCII ? (0x61...0x7A).contains(first.value) : first.properties.isLowercase
    }

    static let closers: Set<Unicode.Scalar> = ["\"", "'", ")", "\u{201D}", "\u{2019}", "\u{00BB}", "]"]
    static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", "\u{2026}", "\u{3002}", "\u{FF01}", "\u{FF1F}"]

    /// Writing systems the footer detector tells apart.
    enum Script: UInt8, Sendable, CaseIterable {
        case none, latin, cyrillic, greek, arabic, hebrew, cjk, hangul, devanagari, thai, other
    }
}

/// The one pass over a line's bytes that fills ``LineFacts``.
enum LineScanner {
    /// Whether the scalar is spacing (ASCII whitespace, U+0085, U+00A0,
    /// U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000).
    @inline(__always)
    static func isSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Decodes the scalar starting at `index` of `bytes`: its value and
    /// length (a malformed byte decodes as U+FFFD of length 1).
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.count else { return (0xFFFD, 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (value, length)
    }

    /// The range of `range` in `bytes` without leading and trailing spacing.
    static func trim(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        while start < range.upperBound {
            let (value, length) = decode(bytes, at: start)
            guard isSpace(value) else { break }
            start += length
        }
        var end = range.upperBound
        while end > start {
            var lead = end - 1
            while lead > start, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            let (value, length) = decode(bytes, at: lead)
            guard lead + length == end, isSpace(value) else { break }
            end = lead
        }
        return start..<end
    }

    /// The facts of the trimmed line `range` of `bytes`; its folded bytes
    /// are appended to `folded`: ASCII and Latin-1 capitals lower-cased,
    /// every run of spacing one space.
    static func facts(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, folded: inout [UInt8]) -> LineFacts {
        var facts = LineFacts()
        let foldedStart = folded.count
        // Made on the first non-ASCII letter only: most lines need none.
        var scriptLetters: [Int] = []
        // ASCII letters are counted apart (no array write per byte) and
        // join the Latin count at the end.
        var asciiLetters = 0
        var inWord = false
        var unspacedRun = 0
        var index = range.lowerBound
        var pendingSpace = false
        while index < range.upperBound {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                facts.scalars += 1
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    if inWord { endWord(&facts, &unspacedRun) }
                    inWord = false
                    pendingSpace = true
                    continue
                }
                if pendingSpace {
                    folded.append(0x20)
                    pendingSpace = false
                }
                inWord = true
                // The whole run of ASCII bytes up to the next space or
                // non-ASCII byte, appended at once and folded in place.
                var end = index
                while end < range.upperBound, bytes[end] < 0x80, !isASCIISpace(bytes[end]) { end += 1 }
                let runStart = folded.count
                folded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[(index - 1)..<end]))
                var hasCapital = false
                for position in (index - 1)..<end {
                    let byte = bytes[position]
                    // A letter of either case is a–z once bit 5 is set.
                    if (0x61...0x7A).contains(byte | 0x20) {
                        asciiLetters += 1
                        if byte < 0x61 { hasCapital = true }
                    }
                }
                if hasCapital {
                    folded.withUnsafeMutableBufferPointer { folded in
                        for position in runStart..<folded.count where (0x41...0x5A).contains(folded[position]) {
                            folded[position] |= 0x20
                        }
                    }
                }
                facts.scalars += end - index
                index = end
                continue
            }
            facts.isASCII = false
            let (value, length) = decode(bytes, at: index)
            facts.scalars += 1
            if isSpace(value) {
                if inWord { endWord(&facts, &unspacedRun) }
                inWord = false
                pendingSpace = true
                index += length
                continue
            }
            if pendingSpace {
                folded.append(0x20)
                pendingSpace = false
            }
            inWord = true
            let script = script(of: value)
            if script != .none {
                if scriptLetters.isEmpty { scriptLetters = Array(repeating: 0, count: LineFacts.Script.allCases.count) }
                scriptLetters[Int(script.rawValue)] += 1
            }
            if script == .cjk || script == .thai { unspacedRun += 1 }
            // Latin-1 capitals À–Þ (not ×) fold to their small letters.
            if length == 2, byte == 0xC3, (0x80...0x9E).contains(bytes[index + 1]), bytes[index + 1] != 0x97 {
                folded.append(0xC3)
                folded.append(bytes[index + 1] + 0x20)
            } else {
                folded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<index + length]))
            }
            index += length
        }
        if inWord { endWord(&facts, &unspacedRun) }
        noteEnds(bytes, range, in: &facts)
        facts.folded = foldedStart..<folded.count
        var best = 0
        if scriptLetters.isEmpty {
            if asciiLetters > 0 { facts.script = .latin }
            facts.letters = asciiLetters
            return facts
        }
        scriptLetters[Int(LineFacts.Script.latin.rawValue)] += asciiLetters
        for (script, count) in scriptLetters.enumerated() where count > best {
            best = count
            facts.script = LineFacts.Script(rawValue: UInt8(script)) ?? .other
        }
        facts.letters = best
        return facts
    }

    /// A space, tab, line feed, vertical tab, form feed or carriage return.
    @inline(__always)
    private static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// Sets the line's first scalar, its last non-space scalar and the
    /// non-space scalar before that (" " when there is none).
    private static func noteEnds(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, in facts: inout LineFacts) {
        guard !range.isEmpty else { return }
        facts.first = Unicode.Scalar(decode(bytes, at: range.lowerBound).0) ?? "\u{FFFD}"
        var found = 0
        var end = range.upperBound
        while end > range.lowerBound, found < 2 {
            var lead = end - 1
            while lead > range.lowerBound, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            let (value, length) = decode(bytes, at: lead)
            // A malformed tail byte decodes alone, as U+FFFD.
            let start = lead + length == end ? lead : end - 1
            let scalar = lead + length == end ? (Unicode.Scalar(value) ?? "\u{FFFD}") : "\u{FFFD}"
            if !isSpace(scalar.value) {
                if found == 0 { facts.last = scalar } else { facts.beforeLast = scalar }
                found += 1
            }
            end = start
        }
    }

    @inline(__always)
    private static func endWord(_ facts: inout LineFacts, _ unspacedRun: inout Int) {
        facts.words += unspacedRun == 0 ? 1 : max(1, (unspacedRun + 1) / 2)
        unspacedRun = 0
    }

    /// The script of a letter; `.none` for digits, punctuation and symbols.
    static func script(of value: UInt32) -> LineFacts.Script {
        switch value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x1E00...0x1EFF: .latin
        case 0x370...0x3FF, 0x1F00...0x1FFF: .greek
        case 0x400...0x52F: .cyrillic
        case 0x590...0x5FF: .hebrew
        case 0x600...0x6FF, 0x750...0x77F: .arabic
        case 0x900...0x97F: .devanagari
        case 0xE00...0xE7F: .thai
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF: .cjk
        case 0xAC00...0xD7AF, 0x1100...0x11FF: .hangul
        case 0x80...0x2FF, 0x2000...0x2BFF, 0x3000...0x303F, 0xFE00...0xFFFF: .none
        default: .other
        }
    }
}
