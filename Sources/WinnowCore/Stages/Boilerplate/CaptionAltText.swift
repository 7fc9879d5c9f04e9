/// Removes an image's alt text saved directly above its caption: a short
/// line without sentence punctuation, in the same block as (no blank line
/// before) a line the `photo-caption` rule removed.
struct CaptionAltText {
    static let rule = "photo-caption"
    static let maximumWords = 16
    static let closers: Set<Unicode.Scalar> = [".", "!", "?", ":", ";", "\"", "\u{201D}", "\u{2019}"]

    func apply(to sheet: inout LineSheet) {
        guard sheet.count > 1 else { return }
        for index in 1..<sheet.count where sheet.removedBy[index] == Self.rule {
            let above = index - 1
            guard sheet.isLive(above), sheet.wordCount(above) <= Self.maximumWords,
                !Self.closers.contains(sheet.facts[above].last)
            else { continue }
            sheet.remove(above, rule: Self.rule)
        }
    }
}
