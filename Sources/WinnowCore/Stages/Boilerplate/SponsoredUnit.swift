import Foundation

/// Removes the promotion under a "Sponsored content" label: the next line,
/// when it follows the label directly (no blank line between), is short
/// and is not a sentence of the story (``proseWords`` words or more ending
/// in a full stop).
///
/// A plural label ("Sponsored stories", "Promoted links") heads a list: up
/// to ``maximumItems`` such lines, each headline-shaped (at most
/// ``maximumWords`` words, not ending in a full stop).
///
/// Only sponsor labels start such a unit; a plain "Advertisement" marker is
/// often followed directly by the story, so it never does.
struct SponsoredUnit: Sendable {
    static let rule = "advertisement"
    static let maximumWords = 25
    static let maximumItems = 6
    /// Folded bytes of the plural labels' last words.
    static let plurals = ["stories", "links", "posts", "articles", "listings"].map { Array($0.utf8) }

    private let label = NSRegularExpression.builtIn(
        #"^(?:sponsored(?: content| links?| stories| posts?| by .{1,40})?|paid (?:content|post|partnership|for by .{1,40})|promoted(?: content| stories| links)?|partner content|advertisement feature|anzeige|publireportage|contenido patrocinado|conteúdo patrocinado|contenu sponsorisé)\W*$"#,
        for: rule
    )

    /// Words from which a line ending like a sentence is the story going
    /// on, not a promotion (which ends in its call to action).
    static let proseWords = 12

    private func isProse(_ sheet: LineSheet, _ index: Int) -> Bool {
        sheet.wordCount(index) >= Self.proseWords && sheet.facts[index].endsSentence
    }

    func apply(to sheet: inout LineSheet) {
        for index in 0..<(sheet.count - 1) where sheet.removedBy[index] == Self.rule {
            guard label.matches(sheet.text(index)), sheet.isLive(index + 1),
                sheet.wordCount(index + 1) <= Self.maximumWords, !isProse(sheet, index + 1)
            else { continue }
            sheet.remove(index + 1, rule: Self.rule)
            let folded = sheet.foldedBytes(index)
            guard Self.plurals.contains(where: { CompiledLineGate.contains(folded, $0) }) else { continue }
            var next = index + 2
            while next < sheet.count, next - index <= Self.maximumItems, sheet.isLive(next),
                sheet.wordCount(next) <= Self.maximumWords, sheet.facts[next].last != "."
            {
                sheet.remove(next, rule: Self.rule)
                next += 1
            }
        }
    }
}
