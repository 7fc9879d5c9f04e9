import Foundation

/// Removes the line that repeats a video's title right after a
/// `Click to play video: '…'` line (scrapers keep the player's caption).
struct VideoTitleEcho: Sendable {
    static let rule = "video-embed"

    private let announcement = NSRegularExpression.builtIn(
        #"^(?:click|tap|press) (?:here )?to (?:play|watch|view|see)(?: (?:the |this )?video)?\s*:?\s*['‘’"“”«]?(.+?)['‘’"“”»]?\s*$"#,
        for: rule
    )

    func apply(to sheet: inout LineSheet) {
        for index in 0..<sheet.count where sheet.removedBy[index] == Self.rule {
            let line = sheet.text(index)
            guard let match = announcement.firstMatch(in: line), let titleRange = Range(match.range(at: 1), in: line)
            else { continue }
            let title = foldedForComparison(line[titleRange])
            guard let next = ((index + 1)..<sheet.count).first(where: { !sheet.isBlank($0) }),
                foldedForComparison(sheet.text(next)) == title
            else { continue }
            sheet.remove(next, rule: Self.rule)
        }
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
