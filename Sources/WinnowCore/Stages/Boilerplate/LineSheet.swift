/// A text as the boilerplate rules see it: a list of logical lines, each
/// with its facts (computed once, see ``LineFacts``) and the rule (if any)
/// that removed it.
///
/// A logical line is one physical line, except that a hard-wrapped
/// paragraph (see ``HardWrap``) is a single logical line: rules judge it as
/// the paragraph it is, and remove all of it or none of it.
struct LineSheet {
    /// The text's UTF-8 bytes.
    let bytes: [UInt8]
    /// Every physical line's bytes, without its line feed.
    private let physical: [Range<Int>]
    /// For each logical line, its physical lines.
    let spans: [Range<Int>]
    /// For each logical line, its bytes without surrounding spacing (for a
    /// wrapped paragraph: from its first to its last non-space byte).
    let trimmedRanges: [Range<Int>]
    /// The joined text of each hard-wrapped paragraph, by logical line.
    private let joined: [Int: String]
    let facts: [LineFacts]
    /// All lines' case-folded bytes, one after another (see
    /// ``LineFacts/folded``).
    let folded: [UInt8]
    /// The rule that removed each logical line, nil while it is kept.
    private(set) var removedBy: [String?]
    /// Whether the removing rule marks the start of a page footer.
    private(set) var startsFooter: [Bool]

    init(_ text: String) {
        let bytes = Array(text.utf8)
        var physical: [Range<Int>] = []
        var spans: [Range<Int>] = []
        var trimmedRanges: [Range<Int>] = []
        var joined: [Int: String] = [:]
        var facts: [LineFacts] = []
        var folded: [UInt8] = []
        folded.reserveCapacity(bytes.count)
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            while start <= buffer.count {
                var end = start
                while end < buffer.count, buffer[end] != 0x0A { end += 1 }
                physical.append(start..<end)
                start = end + 1
            }
            let trimmedPhysical = physical.map { LineScanner.trim(buffer, $0) }
            var index = 0
            while index < physical.count {
                guard !trimmedPhysical[index].isEmpty else {
                    spans.append(index..<index + 1)
                    trimmedRanges.append(trimmedPhysical[index])
                    facts.append(LineFacts())
                    index += 1
                    continue
                }
                var end = index
                while end < physical.count, !trimmedPhysical[end].isEmpty { end += 1 }
                let lineFacts = (index..<end).map { LineScanner.facts(buffer, trimmedPhysical[$0], folded: &folded) }
                if end - index > 1, lineFacts.contains(where: { $0.scalars >= HardWrap.widthRange.lowerBound }) {
                    let block = (index..<end).map {
                        Substring(String(decoding: buffer[trimmedPhysical[$0]], as: UTF8.self))
                    }
                    if HardWrap.looksHardWrapped(block) {
                        let paragraph = HardWrap.join(block)
                        let paragraphBytes = Array(paragraph.utf8)
                        let paragraphFacts = paragraphBytes.withUnsafeBufferPointer {
                            LineScanner.facts($0, 0..<$0.count, folded: &folded)
                        }
                        joined[spans.count] = paragraph
                        spans.append(index..<end)
                        trimmedRanges.append(trimmedPhysical[index].lowerBound..<trimmedPhysical[end - 1].upperBound)
                        facts.append(paragraphFacts)
                        index = end
                        continue
                    }
                }
                for line in index..<end {
                    spans.append(line..<line + 1)
                    trimmedRanges.append(trimmedPhysical[line])
                }
                facts.append(contentsOf: lineFacts)
                index = end
            }
        }
        self.bytes = bytes
        self.physical = physical
        self.spans = spans
        self.trimmedRanges = trimmedRanges
        self.joined = joined
        self.facts = facts
        self.folded = folded
        removedBy = Array(repeating: nil, count: spans.count)
        startsFooter = Array(repeating: false, count: spans.count)
    }

    /// The number of logical lines.
    var count: Int { spans.count }

    func isBlank(_ index: Int) -> Bool { facts[index].isBlank }

    func isRemoved(_ index: Int) -> Bool { removedBy[index] != nil }

    /// A line that still holds content: not blank and not removed.
    func isLive(_ index: Int) -> Bool { !isBlank(index) && !isRemoved(index) }

    func wordCount(_ index: Int) -> Int { facts[index].words }

    /// The line without surrounding spacing (a wrapped paragraph's lines
    /// joined with spaces).
    func text(_ index: Int) -> String {
        joined[index] ?? String(decoding: bytes[trimmedRanges[index]], as: UTF8.self)
    }

    /// The first non-blank line after `index`, removed or not.
    func nextNonBlank(after index: Int) -> Int? {
        var next = index + 1
        while next < count, isBlank(next) { next += 1 }
        return next < count ? next : nil
    }

    /// The first kept line after `index`.
    func nextLive(after index: Int) -> Int? {
        var next = index + 1
        while next < count, !isLive(next) { next += 1 }
        return next < count ? next : nil
    }

    /// ``text(_:)`` as patterns read it: without emoji variation selectors
    /// (U+FE0E, U+FE0F), which are marks, so "🎙️ From our podcast" would
    /// otherwise start with a word character.
    func matchingText(_ index: Int) -> String {
        let line = text(index)
        // Both selectors are EF B8 8E / EF B8 8F in UTF-8.
        guard line.utf8.contains(0xEF) else { return line }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: line.unicodeScalars.lazy.filter { $0.value != 0xFE0E && $0.value != 0xFE0F })
        return String(scalars)
    }

    /// The line's case-folded bytes.
    func foldedBytes(_ index: Int) -> ArraySlice<UInt8> { folded[facts[index].folded] }

    /// The 1-based physical line where logical line `index` starts.
    func firstLineNumber(_ index: Int) -> Int { spans[index].lowerBound + 1 }

    /// How many physical lines logical line `index` spans.
    func physicalLineCount(_ index: Int) -> Int { spans[index].count }

    /// The bytes of logical line `index` without its last line feed.
    func contentRange(_ index: Int) -> Range<Int> {
        physical[spans[index].lowerBound].lowerBound..<physical[spans[index].upperBound - 1].upperBound
    }

    /// Removes a line, unless an earlier rule already did.
    mutating func remove(_ index: Int, rule: String, startsFooter footer: Bool = false) {
        guard removedBy[index] == nil, !isBlank(index) else { return }
        removedBy[index] = rule
        startsFooter[index] = footer
    }

    /// Writes the edit to `editor` (made from the same text): the kept
    /// lines as they were written, each removed line as a removal by its
    /// rule, runs of blank lines left by removals collapsed to one empty
    /// line and blank lines at either end dropped.
    func edit(_ editor: inout TextEditor, kinds: (String) -> RemovalKind) {
        var covered: [Range<Int>] = []
        var pendingBlank: Int?
        var previousKept: Int?
        for index in spans.indices {
            if let rule = removedBy[index] {
                let range = contentRange(index)
                editor.remove(
                    range,
                    rule: rule,
                    kind: kinds(rule),
                    text: text(index),
                    lines: physicalLineCount(index),
                    line: firstLineNumber(index)
                )
                covered.append(range)
                continue
            }
            if isBlank(index) {
                if previousKept != nil { pendingBlank = index }
                continue
            }
            if let kept = previousKept {
                // The line feed that ended the previous kept line, and the
                // one of a blank line between them.
                let feed = contentRange(kept).upperBound
                editor.keep(feed..<feed + 1)
                covered.append(feed..<feed + 1)
                if let blank = pendingBlank {
                    let blankFeed = contentRange(blank).upperBound
                    editor.keep(blankFeed..<blankFeed + 1)
                    covered.append(blankFeed..<blankFeed + 1)
                }
            }
            let range = contentRange(index)
            editor.keep(range)
            covered.append(range)
            previousKept = index
            pendingBlank = nil
        }
        // What is neither kept nor removed is spacing, dropped silently.
        var position = 0
        for range in covered.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if range.lowerBound > position { editor.drop(position..<range.lowerBound) }
            position = max(position, range.upperBound)
        }
        if position < bytes.count { editor.drop(position..<bytes.count) }
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace (including U+00A0).
    func trimmingWhitespace() -> Substring {
        let text = self[...]
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
            let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return Substring() }
        return Substring(text[first...last])
    }
}

extension Unicode.Scalar {
    /// Han, Hiragana, Katakana and Thai: scripts that do not put spaces
    /// between words.
    var isUnspacedScript: Bool {
        switch value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x0E00...0x0E7F, 0x20000...0x2FFFF:
            true
        default: false
        }
    }
}
