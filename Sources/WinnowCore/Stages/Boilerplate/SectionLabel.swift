/// Removes the section label a page prints above its headline ("Banks",
/// "LOCAL BUSINESS", "Kultur & Freizeit"), which scrapers keep between
/// the site's header and the story.
///
/// A label is a kept line of at most ``maximumWords`` words that starts
/// with a capital and holds no comma or sentence punctuation (a strap line
/// such as "India's news, first" is the site's), in the page's header (see
/// ``LineSheet/headerLines()``): never a text's first line, which is its
/// title. The next kept line must be headline-shaped (from
/// ``minimumHeadlineWords`` to ``maximumHeadlineWords`` words, not ending
/// in a full stop), or the next line one a rule removed (a byline, a date
/// stamp, a badge). A subhead inside the story always has prose above it.
struct SectionLabel {
    static let rule = "section-label"
    static let maximumWords = 3
    static let minimumHeadlineWords = 4
    static let maximumHeadlineWords = 20

    func apply(to sheet: inout LineSheet) {
        // Bottom up: a label over a badge ("STOCKS" over "PREMIUM") is
        // known once the badge is.
        for index in sheet.headerLines().reversed() where sheet.isLive(index) {
            guard isLabel(sheet.facts[index]), !sheet.foldedBytes(index).contains(0x2C),
                let next = sheet.nextLive(after: index),
                isHeadline(sheet.facts[next]) || aboveRemovedLine(index, in: sheet)
            else { continue }
            sheet.remove(index, rule: Self.rule)
        }
    }

    private func isLabel(_ facts: LineFacts) -> Bool {
        guard facts.words >= 1, facts.words <= Self.maximumWords, facts.letters >= 3 else { return false }
        let startsCapital =
            facts.first.isASCII ? (0x41...0x5A).contains(facts.first.value) : facts.first.properties.isUppercase
        return startsCapital && !facts.endsSentence && !":;,".unicodeScalars.contains(facts.last)
    }

    private func isHeadline(_ facts: LineFacts) -> Bool {
        facts.words >= Self.minimumHeadlineWords && facts.words <= Self.maximumHeadlineWords
            && facts.closingScalar != "." && facts.last != ":"
    }

    /// Whether a rule removed the nearest non-blank line below `index`: the
    /// label heads the story's byline box ("EDUCATION", then "By Dana
    /// Kowalski") or sits on a badge or date stamp ("STOCKS", "PREMIUM").
    private func aboveRemovedLine(_ index: Int, in sheet: LineSheet) -> Bool {
        sheet.nextNonBlank(after: index).map(sheet.isRemoved) ?? false
    }
}
