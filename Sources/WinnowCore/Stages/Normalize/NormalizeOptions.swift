/// Options of the `normalize` stage.
public struct NormalizeOptions: StageOptions {
    /// Unicode normalisation forms.
    public enum Form: String, CaseIterable, Sendable {
        case nfc, nfkc, none
    }

    /// When to join the lines of a paragraph into one line.
    public enum Unwrap: String, CaseIterable, Sendable {
        /// Only paragraphs that look hard-wrapped (lines of similar width).
        case auto
        /// Every paragraph.
        case always
        /// Never.
        case never
    }

    public var form = Form.nfc
    public var collapseWhitespace = true
    public var removeInvisible = true
    public var unwrapLines = Unwrap.auto
    public var foldQuotes = false
    public var foldDashes = false

    public init() {}

    public static var fields: [OptionField<NormalizeOptions>] {
        [
            .choice("form", \.form, "Unicode normalisation form of the output text."),
            .boolean(
                "collapseWhitespace",
                \.collapseWhitespace,
                "Collapse runs of spaces (any Unicode space) to one, trim lines, keep one blank line between paragraphs."
            ),
            .boolean(
                "removeInvisible",
                \.removeInvisible,
                "Remove zero-width characters, soft hyphens and control characters."
            ),
            .choice(
                "unwrapLines",
                \.unwrapLines,
                "Join the lines of hard-wrapped paragraphs (auto: only paragraphs whose lines have similar widths)."
            ),
            .boolean("foldQuotes", \.foldQuotes, "Write curly quotes as straight ones (matching folds them anyway)."),
            .boolean("foldDashes", \.foldDashes, "Write en/em dashes and minus signs as '-'."),
        ]
    }
}
