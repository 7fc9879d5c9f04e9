/// A text as the boilerplate rules see it: a list of logical lines, each
/// with the rule (if any) that removed it.
///
/// A logical line is one physical line, except that a hard-wrapped
/// paragraph (see ``HardWrap``) is a single logical line: rules judge it as
/// the paragraph it is, and remove all of it or none of it.
struct LineSheet {
    /// The physical lines of the text, without their line breaks.
    private let physical: [Substring]
    /// For each logical line, its physical lines.
    let spans: [Range<Int>]
    /// Each logical line without surrounding whitespace (a wrapped
    /// paragraph's lines joined with spaces).
    let trimmed: [Substring]
    /// The rule that removed each logical line, nil while it is kept.
    private(set) var removedBy: [String?]
    /// Whether the removing rule marks the start of a page footer.
    private(set) var startsFooter: [Bool]

    init(_ text: String) {
        physical = text.split(separator: "\n", omittingEmptySubsequences: false)
        var spans: [Range<Int>] = []
        var trimmed: [Substring] = []
        var index = 0
        while index < physical.count {
            guard !physical[index].trimmingWhitespace().isEmpty else {
                spans.append(index..<index + 1)
                trimmed.append("")
                index += 1
                continue
            }
            var end = index
            while end < physical.count, !physical[end].trimmingWhitespace().isEmpty { end += 1 }
            let block = physical[index..<end]
            if HardWrap.looksHardWrapped(block) {
                spans.append(index..<end)
                trimmed.append(Substring(HardWrap.join(block)))
            } else {
                for line in index..<end {
                    spans.append(line..<line + 1)
                    trimmed.append(physical[line].trimmingWhitespace())
                }
            }
            index = end
        }
        self.spans = spans
        self.trimmed = trimmed
        removedBy = Array(repeating: nil, count: spans.count)
        startsFooter = Array(repeating: false, count: spans.count)
    }

    /// The number of logical lines.
    var count: Int { spans.count }

    func isBlank(_ index: Int) -> Bool { trimmed[index].isEmpty }

    func isRemoved(_ index: Int) -> Bool { removedBy[index] != nil }

    /// A line that still holds content: not blank and not removed.
    func isLive(_ index: Int) -> Bool { !isBlank(index) && !isRemoved(index) }

    func wordCount(_ index: Int) -> Int {
        trimmed[index].wordCount
    }

    /// The 1-based physical line where logical line `index` starts.
    func firstLineNumber(_ index: Int) -> Int { spans[index].lowerBound + 1 }

    /// How many physical lines logical line `index` spans.
    func physicalLineCount(_ index: Int) -> Int { spans[index].count }

    /// Removes a line, unless an earlier rule already did.
    mutating func remove(_ index: Int, rule: String, startsFooter footer: Bool = false) {
        guard removedBy[index] == nil, !isBlank(index) else { return }
        removedBy[index] = rule
        startsFooter[index] = footer
    }

    /// The kept lines as they were written, with runs of blank lines left by
    /// removals collapsed to one and blank lines at either end dropped.
    func keptText() -> String {
        var output: [Substring] = []
        var pendingBlank = false
        for index in spans.indices where removedBy[index] == nil {
            if isBlank(index) {
                pendingBlank = !output.isEmpty
                continue
            }
            if pendingBlank { output.append("") }
            pendingBlank = false
            output.append(contentsOf: physical[spans[index]])
        }
        return output.joined(separator: "\n")
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

extension StringProtocol {
    /// Words, counting scripts written without spaces fairly: a run of
    /// Chinese, Japanese or Thai characters counts one word per two
    /// characters, so an unspaced sentence is not mistaken for a short line.
    var wordCount: Int {
        var words = 0
        for token in split(whereSeparator: \.isWhitespace) {
            let unspaced = token.unicodeScalars.reduce(0) { $0 + ($1.isUnspacedScript ? 1 : 0) }
            words += unspaced == 0 ? 1 : Swift.max(1, (unspaced + 1) / 2)
        }
        return words
    }
}

extension Unicode.Scalar {
    /// Han, Hiragana, Katakana and Thai: scripts that do not put spaces
    /// between words.
    var isUnspacedScript: Bool {
        switch value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x0E00...0x0E7F, 0x20000...0x2FFFF: true
        default: false
        }
    }
}
