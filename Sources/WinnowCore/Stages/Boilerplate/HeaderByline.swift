import Foundation

/// Removes a byline that names its author after a bare foreign "by"
/// ("Von Katrin Wessel", "Por Helena Costa", "Par Léa Martin") in the
/// page's header (see ``LineSheet/headerLines()``). Elsewhere such a
/// line could be a title-case heading that starts with the word, so the
/// `byline` line rule takes it only with a dated tail.
///
/// Also removes an author's bare name ("Conor Fitzpatrick", two to four
/// capitalised words, maybe with a newsroom after a bar: "Marcus Bell |
/// WLRB News") in the header right above a publication stamp the
/// `dateline` rule removed, or that name with where it was filed from
/// ("LIM WEI JIE, GEORGE TOWN"): the two halves of one byline box. The line
/// under a stamp stays (a column's name or a kicker has the same shape).
struct HeaderByline: Sendable {
    static let rule = "byline"
    static let maximumWords = 12
    static let datelineRule = "dateline"
    static let nameWords = 2...8

    /// "Por Ana Reis", "Por Ana Reis e Caio Lima, de Brasília", "Von Eva
    /// Huber und Jan Roth, Wien": authors joined by the language's "and",
    /// then maybe where they wrote from.
    private let byline = NSRegularExpression.builtIn(
        #"^(?:von|por|par|door|di|da|av|af|przez)\s+"# + BuiltInBoilerplateRules.personName
            + #"(?:\s*(?:,|\be\b|\by\b|\bet\b|\bund\b|\ben\b|\bi\b|\boch\b|\bog\b)\s*"#
            + BuiltInBoilerplateRules.personName
            + #"){0,3}(?:,\s*(?:(?:de|da|do|desde|em|en|in|aus|à|a|from|z|w)\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}(?:\s*\([\w ]{2,10}\))?)?$"#,
        for: rule
    )

    /// A correspondent's "From <Name>, <Place>": "From Adaeze Okonkwo,
    /// Lagos" (a place is required, so "From Lagos to London" stays).
    private let fromByline = NSRegularExpression.builtIn(
        #"^from\s+"# + BuiltInBoilerplateRules.personName
            + #",\s*(?:in\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}$"#,
        for: rule
    )

    /// A bare name, maybe with its newsroom after a bar or a dash: "Conor
    /// Fitzpatrick", "Marcus Bell | WLRB News".
    private let bareName = NSRegularExpression.builtIn(
        #"^(?-i:[A-Z])[\w.'’-]*(?:\s+(?:(?-i:[A-Z])[\w.'’-]*|de|del|da|di|du|van|von|der|den|la|le|ní|mac|ó)){1,3}(?:\s*[|·•/–—-]\s*(?-i:[A-Z0-9])[\w.'’&-]*(?:\s+(?-i:[A-Z0-9&])[\w.'’&-]*){0,3})?$"#,
        for: rule
    )

    /// A name with where it was filed from, as a wire or a Malaysian
    /// daily prints it above the stamp: "LIM WEI JIE, GEORGE TOWN",
    /// "Adaeze Okonkwo, Lagos" (two to four name words, one to three
    /// place words, each capitalised).
    private let namePlace = NSRegularExpression.builtIn(
        #"^(?-i:\p{Lu})[\w.'’-]*(?:\s+(?-i:\p{Lu})[\w.'’-]*){1,3},\s*(?-i:\p{Lu})[\w.'’-]*(?:\s+(?-i:\p{Lu})[\w.'’-]*){0,2}$"#,
        for: rule
    )

    func apply(to sheet: inout LineSheet) {
        // Found once: the first pass removes only short lines that are not
        // sentences, which never end the header.
        let header = sheet.headerLines()
        for index in header {
            let facts = sheet.facts[index]
            guard facts.words <= Self.maximumWords, !facts.endsSentence,
                byline.matches(sheet.text(index)) || fromByline.matches(sheet.text(index))
            else { continue }
            sheet.remove(index, rule: Self.rule)
        }
        for index in header where sheet.isLive(index) {
            let facts = sheet.facts[index]
            guard Self.nameWords.contains(facts.words), !facts.endsSentence, aboveDateline(index, in: sheet),
                bareName.matches(sheet.text(index)) || namePlace.matches(sheet.text(index))
            else { continue }
            sheet.remove(index, rule: Self.rule)
        }
    }

    /// Whether the nearest non-blank line below `index` was removed by the
    /// `dateline` rule.
    private func aboveDateline(_ index: Int, in sheet: LineSheet) -> Bool {
        sheet.nextNonBlank(after: index).map { sheet.removedBy[$0] == Self.datelineRule } ?? false
    }
}
