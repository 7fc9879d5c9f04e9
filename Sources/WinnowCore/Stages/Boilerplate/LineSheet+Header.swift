extension LineSheet {
    /// Words from which a kept line ending like a sentence is the story's
    /// prose, which ends the page header.
    static let headerProseWords = 8

    /// The kept lines of the page header: every non-blank line after the
    /// text's first (its title) and before its first line of prose. The
    /// section label, the site's strap line and the byline sit here.
    func headerLines() -> [Int] {
        var lines: [Int] = []
        var seenLine = false
        for index in 0..<count where !isBlank(index) {
            let facts = facts[index]
            if isLive(index), facts.words >= Self.headerProseWords, facts.endsSentence { break }
            if seenLine, isLive(index) { lines.append(index) }
            seenLine = true
        }
        return lines
    }
}
