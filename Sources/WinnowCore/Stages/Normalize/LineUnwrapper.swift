/// Joins the lines of paragraphs: those that look hard-wrapped (`auto`, see
/// ``HardWrap``) or all of them (`always`).
struct LineUnwrapper {
    let mode: NormalizeOptions.Unwrap

    func unwrap(_ text: String) -> String {
        guard mode != .never, text.contains("\n") else { return text }
        let paragraphs = text.split(separator: "\n\n", omittingEmptySubsequences: false)
        return paragraphs.map { paragraph in
            let lines = paragraph.split(separator: "\n", omittingEmptySubsequences: false)
            guard lines.count > 1, mode == .always || HardWrap.looksHardWrapped(lines) else { return String(paragraph) }
            return HardWrap.join(lines)
        }.joined(separator: "\n\n")
    }
}
