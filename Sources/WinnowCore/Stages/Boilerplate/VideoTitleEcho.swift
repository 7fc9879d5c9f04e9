import Foundation

/// Removes the line that repeats a player's title right after the player
/// (scrapers keep the player's caption): `Click to play video: '…'`,
/// `WATCH | <title> – <date>`, `Video ▸ <title>`, `▶ Play video: <title>`,
/// each followed, maybe after other lines of the same player ("Play
/// video", "2:34"), by the title on a line of its own.
struct VideoTitleEcho: Sendable {
    static let rule = "video-embed"
    /// The rules whose lines are a player's.
    static let playerRules: Set<String> = ["video-embed", "media-embed"]
    /// Removed lines of the player that may stand between it and the echo.
    static let maximumRemovedBetween = 2
    static let minimumTitleWords = 2

    private let announcement = NSRegularExpression.builtIn(
        #"^(?:click|tap|press) (?:here )?to (?:play|watch|view|see)(?: (?:the |this )?video)?\s*:?\s*['‘’"“”«]?(.+?)['‘’"“”»]?\s*$"#,
        for: rule
    )
    /// A player label of up to four words, a separator, the title, maybe a
    /// date or length after a dash.
    private let labelled = NSRegularExpression.builtIn(
        #"^\W*(?:[\w'’]+(?: [\w'’]+){0,3})\s*(?::|\||▸|▶|►|›|»|–|—|\s-\s)\s*['‘’"“”«]?(.+?)['‘’"“”»]?(?:\s+[–—-]\s+[^–—-]*\d[^–—-]*|\s*\(\d[^()]*\))?\s*$"#,
        for: rule
    )

    func apply(to sheet: inout LineSheet) {
        for index in 0..<sheet.count {
            guard let rule = sheet.removedBy[index], Self.playerRules.contains(rule) else { continue }
            guard let title = title(of: sheet.text(index)), title.split(separator: " ").count >= Self.minimumTitleWords
            else {
                removeUntitledEcho(after: index, in: &sheet)
                continue
            }
            var next = index + 1
            var removedBetween = 0
            while next < sheet.count, sheet.isBlank(next) || sheet.isRemoved(next) {
                if sheet.isRemoved(next) { removedBetween += 1 }
                next += 1
            }
            guard next < sheet.count, removedBetween <= Self.maximumRemovedBetween,
                foldedForComparison(sheet.text(next)) == title
            else { continue }
            sheet.remove(next, rule: Self.rule)
        }
    }

    /// After a bare player label ("Play video", "Reproducir video", "▶
    /// Play"), the player's caption: the next line when it is shaped like
    /// a headline of ``minimumUntitledWords`` to ``maximumUntitledWords``
    /// words without a sentence's end (a subhead is shorter).
    private func removeUntitledEcho(after index: Int, in sheet: inout LineSheet) {
        guard sheet.removedBy[index] == Self.rule, sheet.facts[index].words <= Self.maximumLabelWords else {
            return
        }
        guard let next = sheet.nextNonBlank(after: index), sheet.isLive(next) else { return }
        let facts = sheet.facts[next]
        guard (Self.minimumUntitledWords...Self.maximumUntitledWords).contains(facts.words), !facts.endsSentence,
            sheet.physicalLineCount(next) == 1
        else { return }
        sheet.remove(next, rule: Self.rule)
    }

    static let maximumLabelWords = 3
    static let minimumUntitledWords = 4
    static let maximumUntitledWords = 16

    /// The title a player line announces, folded for comparison.
    private func title(of line: String) -> String? {
        for pattern in [announcement, labelled] {
            if let match = pattern.firstMatch(in: line), let range = Range(match.range(at: 1), in: line) {
                return foldedForComparison(line[range])
            }
        }
        return nil
    }
}

/// Lower-cased, quotes and dashes folded, whitespace collapsed: for
/// comparing two renderings of the same title.
func foldedForComparison(_ text: some StringProtocol) -> String {
    var folded = ""
    var pendingSpace = false
    for scalar in text.lowercased().unicodeScalars {
        switch scalar {
        case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "`", "\u{00B4}", "\"", "\u{201C}", "\u{201D}", "\u{201E}",
            "'":
            continue
        case "\u{2010}"..."\u{2015}", "\u{2212}":
            folded.unicodeScalars.append("-")
        case _ where scalar.properties.isWhitespace:
            pendingSpace = !folded.isEmpty
        default:
            if pendingSpace { folded.append(" ") }
            pendingSpace = false
            folded.unicodeScalars.append(scalar)
        }
    }
    return folded
}
