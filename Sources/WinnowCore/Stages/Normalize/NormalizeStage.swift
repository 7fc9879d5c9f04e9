import Foundation

/// The `normalize` stage: Unicode normalisation and whitespace.
///
/// It keeps the article's characters (quotes, dashes, accents) unless
/// `foldQuotes` / `foldDashes` say otherwise; matching in `dedup` folds
/// them regardless. Characters it removes are counted per rule
/// (`whitespace`, `invisible`) in the report.
public struct NormalizeStage: Stage {
    public static let name = "normalize"
    public static let summary = "Unicode normalisation, whitespace and line unwrapping; optional quote and dash folding."

    public let options: NormalizeOptions

    public init(options: NormalizeOptions) {
        self.options = options
    }

    public func process(_ staged: inout StagedRecord, context: StageContext) throws(RecordRejection) {
        var text = staged.record.body
        var invisibleRemoved = 0
        if options.removeInvisible {
            let before = text.unicodeScalars.count
            text.unicodeScalars.removeAll(where: \.isInvisible)
            invisibleRemoved = before - text.unicodeScalars.count
        }
        text = normalizeCharacters(text)
        var whitespaceRemoved = 0
        if options.collapseWhitespace {
            let before = text.count
            text = collapseWhitespace(text)
            whitespaceRemoved = max(0, before - text.count)
        }
        if options.unwrapLines != .never {
            text = LineUnwrapper(mode: options.unwrapLines).unwrap(text)
        }
        if invisibleRemoved > 0 {
            staged.recordRemoval(rule: "invisible", kind: .whitespace, text: "", characters: invisibleRemoved, lines: 0, line: nil, in: context)
        }
        if whitespaceRemoved > 0 {
            staged.recordRemoval(rule: "whitespace", kind: .whitespace, text: "", characters: whitespaceRemoved, lines: 0, line: nil, in: context)
        }
        staged.record.body = text
        if var title = staged.record.title {
            if options.removeInvisible { title.unicodeScalars.removeAll(where: \.isInvisible) }
            title = normalizeCharacters(title)
            if options.collapseWhitespace { title = collapseWhitespace(title).replacingNewlines() }
            staged.record.title = title
        }
    }

    /// The Unicode form, then quote and dash folding, as configured.
    private func normalizeCharacters(_ text: String) -> String {
        var text = text
        switch options.form {
        case .nfc: text = text.precomposedStringWithCanonicalMapping
        case .nfkc: text = text.precomposedStringWithCompatibilityMapping
        case .none: break
        }
        return options.foldQuotes || options.foldDashes ? fold(text) : text
    }

    private func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if options.foldQuotes, scalar.isSingleQuoteVariant {
                scalars.append("'")
            } else if options.foldQuotes, scalar.isDoubleQuoteVariant {
                scalars.append("\"")
            } else if options.foldDashes, scalar.isDashVariant {
                scalars.append("-")
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Spaces collapsed inside lines, lines trimmed, one blank line at most
    /// between paragraphs, no blank lines at the ends.
    private func collapseWhitespace(_ text: String) -> String {
        var lines: [String] = []
        var pendingBlank = false
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let words = rawLine.split(whereSeparator: { $0.isWhitespace })
            if words.isEmpty {
                pendingBlank = !lines.isEmpty
                continue
            }
            if pendingBlank { lines.append("") }
            pendingBlank = false
            lines.append(words.joined(separator: " "))
        }
        return lines.joined(separator: "\n")
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
