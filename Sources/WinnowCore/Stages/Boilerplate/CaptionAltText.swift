/// Removes an image's alt text saved directly above its caption: a short
/// line without sentence punctuation, in the same block as (no blank line
/// before) a line the `photo-caption` rule removed; and the caption of a
/// two-line block whose first line is a credit the rule removed
/// ("Photograph: Ana Vos/Agency" over "Passengers wait at the terminal.").
struct CaptionAltText {
    static let rule = "photo-caption"
    static let maximumWords = 16
    static let maximumCaptionWords = 30
    /// Words a credit line starts with (folded).
    static let creditWords = [
        "photo", "image", "picture", "foto", "bild", "credit", "crédit", "crédito", "courtesy", "illustration",
    ].map { Array($0.utf8) }
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
        for index in 0..<(sheet.count - 1) where sheet.removedBy[index] == Self.rule {
            let below = index + 1
            let blockStarts = index == 0 || sheet.isBlank(index - 1)
            let blockEnds = below + 1 >= sheet.count || sheet.isBlank(below + 1)
            guard blockStarts, blockEnds, sheet.isLive(below), sheet.wordCount(below) <= Self.maximumCaptionWords,
                CompiledLineGate.startsWithAny(sheet.foldedBytes(index), Self.creditWords)
            else { continue }
            sheet.remove(below, rule: Self.rule)
        }
    }
}
