/// Builds paragraphs from the text nodes of a walk, the way a browser lays
/// text out: runs of HTML whitespace collapse to one space, block elements
/// end a paragraph, `<br>` starts a new line, and `<pre>` keeps its
/// whitespace.
struct TextAssembler {
    private(set) var paragraphs: [String] = []
    private var current = String.UnicodeScalarView()
    private var pendingSpace = false
    private var preformattedDepth = 0

    /// Adds the content of a text node.
    mutating func append(_ text: String) {
        if preformattedDepth > 0 {
            current.append(contentsOf: text.unicodeScalars)
            pendingSpace = false
            return
        }
        for scalar in text.unicodeScalars {
            if scalar.isHTMLWhitespace {
                pendingSpace = !current.isEmpty && !endsWithNewline
            } else {
                if pendingSpace { current.append(" ") }
                pendingSpace = false
                current.append(scalar)
            }
        }
    }

    /// A `<br>`: a new line inside the current paragraph.
    mutating func lineBreak() {
        pendingSpace = false
        guard !current.isEmpty, !endsWithNewline else { return }
        current.append("\n")
    }

    /// A separator between table cells and similar inline boxes.
    mutating func softSpace() {
        pendingSpace = !current.isEmpty && !endsWithNewline
    }

    /// A block boundary: ends the current paragraph if it has text.
    mutating func endParagraph() {
        pendingSpace = false
        let text = String(current).trimmingHTMLWhitespace()
        current = String.UnicodeScalarView()
        if !text.isEmpty { paragraphs.append(text) }
    }

    mutating func enterPreformatted() {
        endParagraph()
        preformattedDepth += 1
    }

    mutating func leavePreformatted() {
        endParagraph()
        preformattedDepth = max(0, preformattedDepth - 1)
    }

    /// Ends the last paragraph and returns them all.
    mutating func finish() -> [String] {
        endParagraph()
        return paragraphs
    }

    private var endsWithNewline: Bool { current.last == "\n" }
}

extension Unicode.Scalar {
    /// The five characters HTML treats as inter-element whitespace.
    var isHTMLWhitespace: Bool {
        switch value {
        case 0x20, 0x09, 0x0A, 0x0C, 0x0D: true
        default: false
        }
    }
}

extension String {
    /// Drops leading and trailing HTML whitespace (not U+00A0).
    func trimmingHTMLWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isHTMLWhitespace }),
            let last = scalars.lastIndex(where: { !$0.isHTMLWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
