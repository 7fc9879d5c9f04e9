/// Removes short lines wedged between removed noise: a run of at most
/// ``maximumLines`` kept lines (blank lines between them allowed), each at
/// most ``maximumWords`` words and not ending like a sentence, with a
/// removed line directly above and one directly below, both removed by the
/// same widget rule (share, gallery, video or audio embed: the two ends of
/// one widget). Widget and link labels that no rule names sit like this
/// ("Facebook" between two share lines, a gallery's counter between two
/// captions).
///
/// A lone line goes only when it has at most ``loneMaximumWords`` words:
/// a subhead right under an ad marker is followed by its paragraph, so it
/// is never wedged; the first line of a text never qualifies. A player's
/// video and audio lines are one widget: a title of up to
/// ``playerTitleWords`` words between "Play video" and "2:58" goes too.
struct NoiseRun {
    static let rule = "noise-run"
    static let maximumWords = 8
    static let maximumLines = 6
    static let loneMaximumWords = 3
    /// Rules whose lines come in widgets (a button bar, a player, a
    /// gallery); captions and ads do not: list items sit between those.
    static let widgetRules: Set<String> = ["share", "gallery", "video-embed", "media-embed"]
    static let playerRules: Set<String> = ["video-embed", "media-embed"]
    static let playerTitleWords = 16

    func apply(to sheet: inout LineSheet) {
        var previous: Int?
        var index = 0
        while index < sheet.count {
            if sheet.isBlank(index) {
                index += 1
                continue
            }
            guard sheet.isLive(index), let above = previous, let aboveRule = sheet.removedBy[above],
                Self.widgetRules.contains(aboveRule)
            else {
                previous = index
                index += 1
                continue
            }
            let player = Self.playerRules.contains(aboveRule)
            var run: [Int] = []
            var next = index
            var wedged = true
            while next < sheet.count {
                if sheet.isBlank(next) {
                    next += 1
                    continue
                }
                if let rule = sheet.removedBy[next] {
                    wedged = wedged && (rule == aboveRule || (player && Self.playerRules.contains(rule)))
                    break
                }
                guard isLabel(sheet.facts[next], player: player), run.count < Self.maximumLines else {
                    wedged = false
                    break
                }
                run.append(next)
                next += 1
            }
            if next >= sheet.count { wedged = false }
            let words = run.reduce(0) { $0 + sheet.wordCount($1) }
            let loneLimit = player ? Self.playerTitleWords : Self.loneMaximumWords
            if wedged, run.count > 1 || words <= loneLimit {
                for line in run { sheet.remove(line, rule: Self.rule) }
            }
            if let last = run.last {
                previous = last
                index = next
            } else {
                previous = index
                index += 1
            }
        }
    }

    private func isLabel(_ facts: LineFacts, player: Bool) -> Bool {
        facts.words <= (player ? Self.playerTitleWords : Self.maximumWords) && facts.last != "," && facts.last != ";"
            && (!facts.endsSentence || (player && facts.closingScalar != "."))
    }
}
