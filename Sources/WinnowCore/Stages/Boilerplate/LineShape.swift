/// Removes lines whose shape gives them away as page furniture, in any
/// language, by adding up weak signals none of which suffices alone (in
/// half points; a line goes at ``threshold``):
///
/// - a leading pictograph or arrow ("🎧 Listen …", "▷ VÍDEO | …"), or a
///   trailing arrow or chevron ("Swipe for more ›"): 2 points;
/// - three or more short segments between spaced bars, dots or slashes
///   ("Salvar · Compartilhar · Imprimir"): 2;
/// - a credit after a dash ("… — Foto: Name/Outlet", "… – PHOTO: NAME") or
///   in brackets after a sentence ("… on Saturday. (Submitted by …)"): 2;
///   a tail of capitalised words after a dash or bar: 2 after a sentence,
///   1 otherwise; names joined by one slash ("Tiago Lemos/Cerrado Hoje"):
///   1 (a bare "Toronto/Montreal" between paragraphs stays);
/// - a running time at the end ("(3:05)", "(2 min 15)", "· 38:12") or a
///   social handle alone ("@LagosWaterways"): 2; a handle leading a longer
///   line: 1;
/// - a bracketed count on a short line ("Skomentuj (23)"): 1.5;
/// - a ticker (more figures and symbols than letters, with ▲ ▼, two
///   percentages or three segments): 2;
/// - a short line with a year and another figure (a date stamp), or two
///   short segments: 1 (both together count once), so such a line goes
///   next to other noise, while a fact box's "Opening: 12 May 2027" stays;
/// - at most three words, no figures, before the first paragraph of prose
///   but not right above it and not the text's first line (a section label
///   over the headline or byline, not the headline itself or a dateline
///   over the first paragraph): 2; a date stamp with a time there (four
///   figures or more): 1 more;
/// - all capitals in at most four words, no figures: 0.5; a removed line
///   right above or below (in a second round, also the lines the first
///   removed): 1; at most twelve words not ending like a sentence: 0.5.
///
/// So a subhead under an ad marker (1.5) stays, and so do one-sentence
/// paragraphs, quotes and list items, which carry none of the strong
/// signals. Lines of more than ``maximumWords`` words are prose.
struct LineShape {
    static let rule = "line-shape"
    /// Points, doubled.
    static let threshold = 4
    static let rounds = 2
    static let maximumWords = 30
    static let shortWords = 12
    static let labelWords = 3
    static let capitalsWords = 4
    static let segmentWords = 4
    static let dateWords = 8
    /// Figures of a date stamp with its time: day, month, year, hour and
    /// minute ("Publié le 18.11.2026 à 19h12"; "12 maggio 2026, ore 08:45").
    static let headerStampNumbers = 4
    /// A paragraph of prose: this many words ending like a sentence, or
    /// ``proseWords`` whatever its end.
    static let sentenceWords = 8
    static let proseWords = 20

    func apply(to sheet: inout LineSheet) {
        let firstProse = (0..<sheet.count).first { index in
            let facts = sheet.facts[index]
            return (facts.words >= Self.sentenceWords && facts.endsSentence) || facts.words >= Self.proseWords
        }
        let firstLine = (0..<sheet.count).first { !sheet.isBlank($0) } ?? 0
        // Two rounds: the second weighs the lines next to the first's
        // removals (a post's time under its handle). Within a round lines
        // are judged against the removals before it, not each other's.
        for _ in 0..<Self.rounds {
            var doomed: [Int] = []
            for index in 0..<sheet.count where sheet.isLive(index) && sheet.wordCount(index) <= Self.maximumWords {
                // The first line may be the headline: never a label.
                let beforeProse = firstProse.map { index < $0 && index > firstLine } ?? false
                if score(sheet, index, beforeProse: beforeProse) >= Self.threshold { doomed.append(index) }
            }
            guard !doomed.isEmpty else { break }
            for index in doomed { sheet.remove(index, rule: Self.rule) }
        }
    }

    /// The line's points, doubled.
    func score(_ sheet: LineSheet, _ index: Int, beforeProse: Bool) -> Int {
        let facts = sheet.facts[index]
        // A line that ends like a sentence has no tail credit, count,
        // segments or date to score (each needs an open end): only a leading
        // pictograph takes it, and its shape is not worked out.
        if facts.endsSentence {
            let pictograph = ShapeFacts.isPictograph(facts.first) || ShapeFacts.leadingArrows.contains(facts.first)
            return pictograph ? Self.threshold : 0
        }
        let shape = ShapeFacts(sheet.text(index))
        let words = facts.words
        let sentence = facts.endsSentence
        var points = 0
        if shape.leadingPictograph { points += 4 }
        if shape.trailingArrow && words <= Self.shortWords { points += 4 }
        // Two segments and a date are one signal ("Tuesday | June 9, 2026"),
        // not two.
        let dateStamp = !sentence && words <= Self.dateWords && shape.hasYear && shape.numbers >= 2
        if !sentence && shape.longestSegmentWords <= Self.segmentWords && shape.segments >= 3 {
            points += 4
        } else if dateStamp || (!sentence && shape.longestSegmentWords <= Self.segmentWords && shape.segments == 2) {
            points += 2
        }
        if shape.dashCredit {
            points += 4
        } else if shape.nameTail {
            points += shape.sentenceBeforeTail ? 4 : 2
        }
        if shape.bracketCredit { points += 4 }
        if shape.trailingDuration { points += 4 }
        // A handle alone is a post's author; leading a longer line, a hint.
        if shape.leadingHandle { points += words == 1 ? 4 : 2 }
        if shape.slashCredit && !sentence { points += 2 }
        if shape.bracketCount { points += 3 }
        let ticker = shape.priceArrow || shape.percents >= 2 || shape.segments >= 3
        if !sentence && ticker && shape.letters * 2 < shape.visible { points += 4 }
        // A date stamp with a time in the page header.
        if beforeProse && dateStamp && shape.numbers >= Self.headerStampNumbers { points += 2 }
        if beforeProse && words <= Self.labelWords && !sentence && !shape.hasDigit && !aboveProse(sheet, index) {
            points += 4
        }
        if shape.allCapitals && words <= Self.capitalsWords && shape.letters >= 3 && !shape.hasDigit { points += 1 }
        if nextToRemoved(sheet, index) { points += 2 }
        if words <= Self.shortWords && !sentence { points += 1 }
        return points
    }

    /// Whether the next non-blank line is prose: a short line right above
    /// the first paragraph is its dateline or subhead ("Pittsburgh"), not a
    /// section label, which sits above the headline or byline.
    private func aboveProse(_ sheet: LineSheet, _ index: Int) -> Bool {
        var next = index + 1
        while next < sheet.count, sheet.isBlank(next) { next += 1 }
        guard next < sheet.count else { return false }
        let facts = sheet.facts[next]
        return (facts.words >= Self.sentenceWords && facts.endsSentence) || facts.words >= Self.proseWords
    }

    /// Whether the nearest non-blank line above or below was removed.
    private func nextToRemoved(_ sheet: LineSheet, _ index: Int) -> Bool {
        [-1, 1].contains { step in
            var next = index + step
            while next >= 0, next < sheet.count, sheet.isBlank(next) { next += step }
            return next >= 0 && next < sheet.count && sheet.isRemoved(next)
        }
    }
}
