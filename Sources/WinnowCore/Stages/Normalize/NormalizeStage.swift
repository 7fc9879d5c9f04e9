/// The `normalize` stage: Unicode normalisation and whitespace.
///
/// It keeps the article's characters (quotes, dashes, accents) unless
/// `foldQuotes` / `foldDashes` say otherwise; matching in `dedup` folds
/// them regardless. Characters it removes are counted per rule
/// (`whitespace`, `invisible`) in the report.
public struct NormalizeStage: Stage {
    public static let name = "normalize"
    public static let summary =
        "Unicode normalisation, whitespace and line unwrapping; optional quote and dash folding."

    public let options: NormalizeOptions

    public init(options: NormalizeOptions) {
        self.options = options
    }

    public func process(_ staged: inout StagedRecord, context: StageContext) throws(RecordRejection) {
        // Three passes over UTF-8 bytes, each through a TextEditor so that
        // later removals are still placed in the original text: spacing and
        // invisible characters; the Unicode form and folding (only when the
        // text has non-ASCII bytes); joining hard-wrapped lines.
        var editor = TextEditor(staged.record.body)
        let spacing = SpacingEdit(collapse: options.collapseWhitespace, removeInvisible: options.removeInvisible)
            .apply(to: &editor)
        if editor.changesText { staged.commit(editor, in: context) }
        let characters = CharacterForm(
            form: options.form,
            foldQuotes: options.foldQuotes,
            foldDashes: options.foldDashes
        )
        if spacing.hasNonASCII, characters.isActive {
            var editor = TextEditor(staged.record.body)
            if characters.apply(to: &editor) { staged.commit(editor, in: context) }
        }
        if options.unwrapLines != .never {
            var editor = TextEditor(staged.record.body)
            if LineUnwrapper(mode: options.unwrapLines).apply(to: &editor) { staged.commit(editor, in: context) }
        }
        if spacing.invisibleRemoved > 0 {
            staged.recordRemoval(
                rule: "invisible",
                kind: .whitespace,
                text: "",
                characters: spacing.invisibleRemoved,
                lines: 0,
                line: nil,
                in: context
            )
        }
        if spacing.whitespaceRemoved > 0 {
            staged.recordRemoval(
                rule: "whitespace",
                kind: .whitespace,
                text: "",
                characters: spacing.whitespaceRemoved,
                lines: 0,
                line: nil,
                in: context
            )
        }
        if let title = staged.record.title { staged.record.title = normalizedTitle(title) }
    }

    /// The title through the same passes, on one line.
    private func normalizedTitle(_ title: String) -> String {
        var editor = TextEditor(title)
        let spacing = SpacingEdit(
            collapse: options.collapseWhitespace,
            removeInvisible: options.removeInvisible,
            singleLine: true
        ).apply(to: &editor)
        var text = editor.changesText ? editor.result : title
        let characters = CharacterForm(
            form: options.form,
            foldQuotes: options.foldQuotes,
            foldDashes: options.foldDashes
        )
        if spacing.hasNonASCII, characters.isActive {
            var editor = TextEditor(text)
            if characters.apply(to: &editor) { text = editor.result }
        }
        return text
    }
}

extension Unicode.Scalar {
    var isSingleQuoteVariant: Bool { [0x2018, 0x2019, 0x201A, 0x201B, 0x2032].contains(value) }
    var isDoubleQuoteVariant: Bool { [0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB].contains(value) }
    var isDashVariant: Bool { (0x2010...0x2015).contains(value) || value == 0x2212 }

    /// Zero-width characters, soft hyphens, byte-order marks and control
    /// characters other than tab and line feed.
    var isInvisible: Bool {
        switch value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: true
        default: false
        }
    }
}
