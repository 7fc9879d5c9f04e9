import Foundation

/// Removes a byline that names its author after a bare foreign "by"
/// ("Von Katrin Wessel", "Por Helena Costa", "Par Léa Martin") in the
/// page's header: below the text's first line and above its first line of
/// prose. Elsewhere such a line could be a title-case heading that starts
/// with the word, so the `byline` line rule takes it only with a dated
/// tail.
struct HeaderByline: Sendable {
    static let rule = "byline"
    static let proseWords = 8
    static let maximumWords = 5

    private let byline = NSRegularExpression.builtIn(
        #"^(?:von|por|par|door|di|da|av|af|przez)\s+"# + BuiltInBoilerplateRules.personName + #"$"#,
        for: rule
    )

    func apply(to sheet: inout LineSheet) {
        var seenLine = false
        for index in 0..<sheet.count where !sheet.isBlank(index) {
            let facts = sheet.facts[index]
            if sheet.isLive(index), facts.words >= Self.proseWords, facts.endsSentence { return }
            defer { seenLine = true }
            guard seenLine, sheet.isLive(index), facts.words <= Self.maximumWords, !facts.endsSentence,
                byline.matches(sheet.text(index))
            else { continue }
            sheet.remove(index, rule: Self.rule)
        }
    }
}
