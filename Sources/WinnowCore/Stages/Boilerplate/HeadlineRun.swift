/// Removes a block of link labels in any language: a short heading and at
/// least two headline-shaped lines under it, none ending like a sentence,
/// with evidence that it is a widget: a removed line right above or below
/// the block, or a heading in capitals ("MORE SPORT"). A heading that ends
/// in a colon has at most ``colonHeadingWords`` words ("Läs mer:").
///
/// A headline starts with a capital and holds ``minimumHeadlineWords`` to
/// ``maximumHeadlineWords`` words, no colon or semicolon and at most one
/// comma; so a
/// story's own list under its subhead ("What residents should know", then
/// "avoid driving …;" or "Driver: 11mm dynamic") and numbered or bulleted
/// items stay, and so does a list after a sentence that introduces it
/// ("Other results on Sunday:"), and so does a list under two headings
/// that open alike ("Who should buy it", "Who should skip it").
struct HeadlineRun {
    static let rule = "headline-run"
    static let maximumHeadingWords = 6
    static let colonHeadingWords = 3
    static let minimumHeadlineWords = 3
    static let maximumHeadlineWords = 16
    static let minimumLines = 3
    /// "Blue Origin, Kent, Washington" is a list item, not a headline.
    static let maximumHeadlineCommas = 1
    static let bullets: Set<Unicode.Scalar> = ["•", "▪", "◦", "‣", "-", "–", "*"]

    func apply(to sheet: inout LineSheet) {
        let live = (0..<sheet.count).filter { sheet.isLive($0) }
        var position = 0
        while position < live.count {
            let start = live[position]
            guard !sheet.facts[start].endsSentence, isRunLine(sheet, start) else {
                position += 1
                continue
            }
            var run = [start]
            var links: [Int] = []
            while position + 1 < live.count {
                let next = live[position + 1]
                // Nothing removed between two lines of the block but
                // related-link lines ("Live updates: …"), which are links
                // of the block.
                let between = ((run[run.count - 1] + 1)..<next).filter { sheet.isRemoved($0) }
                guard between.allSatisfy({ sheet.removedBy[$0] == ReadMoreBlock.rule }),
                    !sheet.facts[next].endsSentence, isRunLine(sheet, next)
                else { break }
                links += between
                run.append(next)
                position += 1
            }
            if isLinkBlock(sheet, run, links: links.count) {
                for index in run { sheet.remove(index, rule: Self.rule) }
            }
            position += 1
        }
    }

    private func isRunLine(_ sheet: LineSheet, _ index: Int) -> Bool {
        sheet.wordCount(index) <= Self.maximumHeadlineWords && !Self.bullets.contains(sheet.facts[index].first)
    }

    /// `links` counts the related-link lines inside the run, removed
    /// already: lines of the block, and evidence that it is a widget.
    private func isLinkBlock(_ sheet: LineSheet, _ run: [Int], links: Int) -> Bool {
        guard run.count + links >= Self.minimumLines, let head = run.first, let last = run.last else { return false }
        let headFacts = sheet.facts[head]
        let colonHead = headFacts.last == ":"
        guard headFacts.words <= Self.maximumHeadingWords, !(colonHead && headFacts.words > Self.colonHeadingWords)
        else { return false }
        let headlines = run.dropFirst().allSatisfy { index in
            let facts = sheet.facts[index]
            let folded = sheet.foldedBytes(index)
            return facts.first.properties.isUppercase && !folded.contains(0x3A) && !folded.contains(0x3B)
                && folded.filter({ $0 == 0x2C }).count <= Self.maximumHeadlineCommas
                && (Self.minimumHeadlineWords...Self.maximumHeadlineWords).contains(facts.words)
        }
        guard headlines, !hasSecondHeading(sheet, run) else { return false }
        return links > 0 || removedNext(to: head, in: sheet, step: -1) || removedNext(to: last, in: sheet, step: 1)
            || ShapeFacts(sheet.text(head)).allCapitals
    }

    /// Whether a later line of the run opens with the heading's first word
    /// and is no longer than the heading: the article's own sectioned list
    /// ("Who should buy it" … "Who should skip it", "What we liked" …
    /// "What we didn't"), not a widget's single heading over its links.
    private func hasSecondHeading(_ sheet: LineSheet, _ run: [Int]) -> Bool {
        guard let head = run.first, let opening = Self.firstWord(sheet.foldedBytes(head)) else { return false }
        let headWords = sheet.wordCount(head)
        return run.dropFirst().contains { index in
            sheet.wordCount(index) <= headWords && Self.firstWord(sheet.foldedBytes(index)) == opening
        }
    }

    /// The bytes before the first space of a folded line.
    private static func firstWord(_ folded: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        let word = folded.prefix { $0 != 0x20 }
        return word.isEmpty ? nil : word
    }

    /// Whether the nearest non-blank line in direction `step` was removed.
    private func removedNext(to index: Int, in sheet: LineSheet, step: Int) -> Bool {
        var next = index + step
        while next >= 0, next < sheet.count, sheet.isBlank(next) { next += step }
        return next >= 0 && next < sheet.count && sheet.isRemoved(next)
    }
}
