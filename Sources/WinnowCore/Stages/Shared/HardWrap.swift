/// Recognises paragraphs that were hard-wrapped to a fixed width (by a mail
/// client or another outlet's CMS), and joins their lines.
///
/// A paragraph (lines between blank lines) is hard-wrapped when it has two
/// or more lines, its longest line is 30–100 characters, and every line but
/// the last is at least 60% as long as the longest one and was broken
/// because the next word would not fit: its length plus a space plus the
/// next line's first word exceeds the longest line. A block of only two
/// lines proves little by widths, so it must also read as one sentence
/// running on: the second line starts in lower case, or the first ends with
/// a comma or hyphen. Scraped paragraphs that were not wrapped are single
/// long lines; an alt text over its caption fails the fit test; a video
/// embed line over its title fails the run-on test.
enum HardWrap {
    static let widthRange = 30...100
    static let minimumFill = 0.6

    static func looksHardWrapped(_ lines: some Collection<Substring>) -> Bool {
        guard lines.count > 1 else { return false }
        let trimmed = lines.map { $0.trimmingWhitespace() }
        let widths = trimmed.map(\.count)
        guard let widest = widths.max(), widthRange.contains(widest) else { return false }
        if trimmed.count == 2 {
            let runsOn = trimmed[1].first?.isLowercase == true || trimmed[0].last == "," || trimmed[0].last == "-"
            guard runsOn else { return false }
        }
        for index in 0..<(trimmed.count - 1) {
            let nextWord = trimmed[index + 1].prefix { !$0.isWhitespace }.count
            guard Double(widths[index]) >= minimumFill * Double(widest), widths[index] + 1 + nextWord > widest else {
                return false
            }
        }
        return true
    }

    /// The lines joined with spaces; a line ending in a hyphen before a
    /// lower-case letter joins without one (`co-\noperation`).
    static func join(_ lines: some Collection<Substring>) -> String {
        var joined = ""
        for line in lines {
            let piece = line.trimmingWhitespace()
            guard !piece.isEmpty else { continue }
            if joined.isEmpty {
                joined = String(piece)
            } else if joined.hasSuffix("-"), joined.dropLast().last?.isLetter == true,
                piece.first?.isLowercase == true
            {
                joined += piece
            } else {
                joined += " " + piece
            }
        }
        return joined
    }
}
