import HTMLText

/// Diagnostics a server script printed into the page: PHP's `Warning: …
/// in /path/file.php on line 928` and its kin (`Notice:`, `Deprecated:`,
/// `Fatal error:`, `Strict Standards:`). They read like sentences, so
/// block scoring would take them for prose.
enum ServerMessage {
    /// The labels such a message starts with, as UTF-8.
    private static let labels: [[UInt8]] = [
        "Warning:", "Notice:", "Deprecated:", "Fatal error:", "Strict Standards:", "Parse error:",
    ].map { Array($0.utf8) }
    private static let onLine = Array(" on line ".utf8)
    /// How far into a block the `on line` is looked for.
    static let maximumBytes = 1_000

    /// Whether the block's text is a server diagnostic: it starts with one
    /// of the labels and says `on line` followed by a number.
    ///
    /// - Complexity: O(1) for most blocks (the first byte rules them out);
    ///   at most ``maximumBytes`` bytes are read.
    static func matches(_ block: PageBlock, in page: PageModel) -> Bool {
        guard let first = block.segments.first else { return false }
        let head = page.bytes(of: page.segments[first])
        guard let lead = head.first(where: { $0 != 0x20 && $0 != 0x0A }),
            lead == UInt8(ascii: "W") || lead == UInt8(ascii: "N") || lead == UInt8(ascii: "D")
                || lead == UInt8(ascii: "F") || lead == UInt8(ascii: "S") || lead == UInt8(ascii: "P")
        else { return false }
        var text: [UInt8] = []
        for index in block.segments {
            text += page.bytes(of: page.segments[index])
            if text.count >= maximumBytes { break }
        }
        let start = text.firstIndex { $0 != 0x20 && $0 != 0x0A } ?? 0
        guard labels.contains(where: { text[start...].starts(with: $0) }) else { return false }
        var index = start
        let end = min(text.count, maximumBytes)
        while index + onLine.count < end {
            if text[index...].starts(with: onLine) {
                let digit = text[index + onLine.count]
                return digit >= UInt8(ascii: "0") && digit <= UInt8(ascii: "9")
            }
            index += 1
        }
        return false
    }
}
