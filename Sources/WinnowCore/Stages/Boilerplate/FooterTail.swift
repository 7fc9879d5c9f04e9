/// Removes what is left of a page footer.
///
/// Scanning up from the end, the footer zone is the run of lines that are
/// already removed or short: at most ``maximumWords`` words, in a run of
/// adjacent kept lines of at most ``maximumRunWords`` words (or of
/// ``minimumHeadlineRun`` lines or more with no sentence among them: a
/// heading and its headlines, in any language). Inside it,
/// every short line after the first line removed by a footer rule (share,
/// newsletter, comments, copyright, …) goes too: slogans, link labels and
/// notices that no single rule names. It never takes more than 40% of the
/// words left in the document.
struct FooterTail {
    static let rule = "footer-tail"
    static let maximumWords = 12
    static let maximumRunWords = 20
    /// Words from which a kept line ending like a sentence is prose.
    static let proseWords = 8
    /// Words from which a sentence between two footer lines is kept.
    static let sentenceWords = 4
    /// The most of a document's remaining words the rule may take.
    static let maximumShare = 0.4
    /// Bullet items between two footer lines that make the story's own
    /// list, and the words each needs.
    static let minimumListItems = 2
    static let listItemWords = 4
    /// Words an item with a figure in it needs ("• Sales: £4.1bn"): a
    /// footer's link labels hold no digits.
    static let figureItemWords = 2
    static let bullets: Set<Unicode.Scalar> = ["•", "▪", "◦", "‣", "-", "–", "*"]
    /// Adjacent kept lines, none a sentence, that count as a block of link
    /// labels whatever their words.
    static let minimumHeadlineRun = 3

    func apply(to sheet: inout LineSheet) {
        let runWords = wordsOfRuns(sheet)
        var zoneStart = sheet.count
        for index in stride(from: sheet.count - 1, through: 0, by: -1) where !sheet.isBlank(index) {
            // A sentence of prose ends the zone: one-sentence paragraphs stay.
            let isProse = sheet.wordCount(index) >= Self.proseWords && sheet.facts[index].endsSentence
            if sheet.isRemoved(index)
                || (!isProse && sheet.wordCount(index) <= Self.maximumWords && runWords[index] <= Self.maximumRunWords)
            {
                zoneStart = index
            } else {
                break
            }
        }
        guard let footerStart = (zoneStart..<sheet.count).first(where: { sheet.startsFooter[$0] }) else { return }
        // A sentence with a footer line still below it is the story's last
        // paragraph (after a tag list, above the share buttons); below the
        // last footer line, short lines are the site's slogans.
        let lastFooter = (footerStart..<sheet.count).last(where: { sheet.startsFooter[$0] }) ?? footerStart
        let list = articleList(in: sheet, footerStart..<lastFooter)
        let doomed = (footerStart..<sheet.count).filter {
            sheet.isLive($0) && !($0 < lastFooter && (reads(sheet, $0) || list.contains($0)))
        }
        // A footer is a small part of a page: if the "tail" holds most of
        // what is left, the guess is wrong and nothing is removed.
        let doomedWords = doomed.reduce(0) { $0 + sheet.wordCount($1) }
        let liveWords = (0..<sheet.count).filter { sheet.isLive($0) }.reduce(0) { $0 + sheet.wordCount($1) }
        guard Double(doomedWords) <= Self.maximumShare * Double(liveWords) else { return }
        for index in doomed { sheet.remove(index, rule: Self.rule) }
    }

    /// The story's own list between two footer lines: at least
    /// ``minimumListItems`` kept bullet items of ``listItemWords`` words or
    /// more, or of ``figureItemWords`` with a figure (a footer's link labels
    /// are shorter and hold none), and the short line just above the first,
    /// its subhead.
    private func articleList(in sheet: LineSheet, _ range: Range<Int>) -> Set<Int> {
        let items = range.filter { index in
            sheet.isLive(index) && Self.bullets.contains(sheet.facts[index].first)
                && (sheet.wordCount(index) >= Self.listItemWords
                    || (sheet.wordCount(index) >= Self.figureItemWords
                        && sheet.foldedBytes(index).contains { (0x30...0x39).contains($0) }))
        }
        guard items.count >= Self.minimumListItems, let first = items.first else { return [] }
        var list = Set(items)
        var above = first - 1
        while above >= range.lowerBound, sheet.isBlank(above) { above -= 1 }
        if above >= range.lowerBound, sheet.isLive(above), sheet.wordCount(above) <= Self.maximumWords {
            list.insert(above)
        }
        return list
    }

    /// Whether a kept line reads like a sentence of the story: it ends like
    /// one, has ``sentenceWords`` words or more, and holds no colon.
    private func reads(_ sheet: LineSheet, _ index: Int) -> Bool {
        let facts = sheet.facts[index]
        return facts.endsSentence && facts.words >= Self.sentenceWords && !facts.startsLowercase
            && !sheet.foldedBytes(index).contains(0x3A)
    }

    /// For each kept line, the words of the run of adjacent kept lines it is
    /// part of (a slogan split over two lines is one short run; a paragraph
    /// of short lines is a long one).
    private func wordsOfRuns(_ sheet: LineSheet) -> [Int] {
        var words = Array(repeating: 0, count: sheet.count)
        var start = 0
        while start < sheet.count {
            guard sheet.isLive(start) else {
                start += 1
                continue
            }
            var end = start
            var total = 0
            var sentences = false
            while end < sheet.count, sheet.isLive(end) {
                total += sheet.wordCount(end)
                sentences = sentences || sheet.facts[end].endsSentence || sheet.facts[end].last == ":"
                end += 1
            }
            // A run with no sentence in it (a heading and its headlines, in
            // whatever language) is link labels however many words it has.
            if !sentences, end - start >= Self.minimumHeadlineRun { total = min(total, Self.maximumRunWords) }
            for index in start..<end { words[index] = total }
            start = end
        }
        return words
    }
}
