import Foundation

/// Removes the promotion under a "Sponsored content" label: the next line,
/// when it follows the label directly (no blank line between) and is short.
///
/// Only sponsor labels start such a unit; a plain "Advertisement" marker is
/// often followed directly by the story, so it never does.
struct SponsoredUnit {
    static let rule = "advertisement"
    static let maximumWords = 25

    private let label: NSRegularExpression = {
        do {
            return try NSRegularExpression(
                pattern:
                    #"^(?:sponsored(?: content| links?| stories| posts?| by .{1,40})?|paid (?:content|post|partnership|for by .{1,40})|promoted(?: content| stories| links)?|partner content|advertisement feature|anzeige|publireportage|contenido patrocinado|conteúdo patrocinado|contenu sponsorisé)\W*$"#,
                options: [.caseInsensitive])
        } catch {
            preconditionFailure("SponsoredUnit pattern does not compile: \(error)")
        }
    }()

    func apply(to sheet: inout LineSheet) {
        for index in 0..<(sheet.count - 1) where sheet.removedBy[index] == Self.rule {
            let line = String(sheet.trimmed[index])
            guard label.firstMatch(in: line, options: [], range: NSRange(location: 0, length: line.utf16.count)) != nil,
                sheet.isLive(index + 1), sheet.wordCount(index + 1) <= Self.maximumWords
            else { continue }
            sheet.remove(index + 1, rule: Self.rule)
        }
    }
}
