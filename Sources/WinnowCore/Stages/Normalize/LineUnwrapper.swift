/// Joins the lines of paragraphs: those that look hard-wrapped (`auto`, see
/// ``HardWrap``) or all of them (`always`), through a ``TextEditor`` so the
/// joined text keeps its place in the original.
///
/// Paragraphs are runs of non-blank lines. Each line break inside a joined
/// paragraph becomes one space, or nothing after a hyphen that splits a
/// word (`co-\noperation`), with the spacing around it dropped, as
/// ``HardWrap/join(_:)`` joins lines. Only paragraphs of two or more lines
/// are looked at, found by scanning bytes.
struct LineUnwrapper {
    let mode: NormalizeOptions.Unwrap

    /// Edits `editor`'s source; returns whether anything changed.
    func apply(to editor: inout TextEditor) -> Bool {
        guard mode != .never else { return false }
        let text = editor.source
        let bytes = editor.bytes
        var runs = KeptRuns()
        var changed = false
        var kept = 0
        var paragraph: [Range<Int>] = []
        func finishParagraph() {
            defer { paragraph.removeAll(keepingCapacity: true) }
            guard paragraph.count > 1 else { return }
            let lines = paragraph.map { substring(text, $0) }
            guard mode == .always || HardWrap.looksHardWrapped(lines) else { return }
            let trimmed = paragraph.map { trim($0, bytes) }.filter { !$0.isEmpty }
            guard let first = trimmed.first, let last = trimmed.last else { return }
            changed = true
            runs.keep(kept..<paragraph[0].lowerBound, in: &editor)
            editor.drop(paragraph[0].lowerBound..<first.lowerBound)
            for (position, line) in trimmed.enumerated() {
                if position > 0 {
                    let previous = trimmed[position - 1]
                    editor.drop(previous.upperBound..<line.lowerBound)
                    if !joinsWithoutSpace(substring(text, previous), substring(text, line)) {
                        runs.insert(" ", in: &editor)
                    }
                }
                runs.keep(line, in: &editor)
            }
            editor.drop(last.upperBound..<paragraph[paragraph.count - 1].upperBound)
            kept = paragraph[paragraph.count - 1].upperBound
        }
        var lineStart = 0
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let line = lineStart..<lineEnd
            let trimmed = trim(line, bytes)
            if trimmed.isEmpty || isBlank(line, trimmed: trimmed, bytes, text) {
                finishParagraph()
            } else {
                paragraph.append(line)
            }
            lineStart = lineEnd + 1
        }
        finishParagraph()
        guard changed else { return false }
        runs.keep(kept..<bytes.count, in: &editor)
        runs.flush(into: &editor)
        return true
    }

    /// ``HardWrap/join(_:)``'s rule: a line ending in a hyphen after a
    /// letter joins a line starting in lower case without a space.
    private func joinsWithoutSpace(_ previous: Substring, _ next: Substring) -> Bool {
        previous.hasSuffix("-") && previous.dropLast().last?.isLetter == true && next.first?.isLowercase == true
    }

    private func substring(_ text: String, _ range: Range<Int>) -> Substring {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return text[start..<utf8.index(start, offsetBy: range.count)]
    }

    /// The range without ASCII spaces and tabs at either end (the stage's
    /// spacing pass has already turned other spaces into these, when on).
    private func trim(_ range: Range<Int>, _ bytes: [UInt8]) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return start..<end
    }

    /// A line of nothing but (Unicode) whitespace; `trimmed` is the line
    /// without ASCII spaces and tabs at either end, not empty. When its
    /// first byte is ASCII other than white space the line is not blank
    /// (no space or tab joins the character that byte starts), so most
    /// lines are answered by one byte; the others have their characters
    /// looked at.
    private func isBlank(_ line: Range<Int>, trimmed: Range<Int>, _ bytes: [UInt8], _ text: String) -> Bool {
        let first = bytes[trimmed.lowerBound]
        if first < 0x80, !(0x09...0x0D).contains(first) { return false }
        return bytes[line].contains { $0 >= 0x80 } && substring(text, line).allSatisfy(\.isWhitespace)
    }
}
