import Foundation

/// Removes a byline that names its author after a bare foreign "by"
/// ("Von Katrin Wessel", "Por Helena Costa", "Par Léa Martin") in the
/// page's header (see ``LineSheet/headerLines()``). Elsewhere such a
/// line could be a title-case heading that starts with the word, so the
/// `byline` line rule takes it only with a dated tail.
struct HeaderByline: Sendable {
    static let rule = "byline"
    static let maximumWords = 5

    private let byline = NSRegularExpression.builtIn(
        #"^(?:von|por|par|door|di|da|av|af|przez)\s+"# + BuiltInBoilerplateRules.personName + #"$"#,
        for: rule
    )

    func apply(to sheet: inout LineSheet) {
        for index in sheet.headerLines() {
            let facts = sheet.facts[index]
            guard facts.words <= Self.maximumWords, !facts.endsSentence, byline.matches(sheet.text(index)) else {
                continue
            }
            sheet.remove(index, rule: Self.rule)
        }
    }
}
