/// The whitespace and invisible-character pass of the `normalize` stage,
/// over UTF-8 bytes: ASCII is classified by a comparison or two, and only
/// non-ASCII scalars are decoded.
///
/// With `collapse`, runs of spaces become one space, lines are trimmed, at
/// most one blank line separates paragraphs and none is left at either
/// end; with `removeInvisible`, zero-width characters, soft hyphens,
/// byte-order marks and control characters other than tab and line feed
/// are dropped wherever they are, except a zero-width joiner or
/// non-joiner between two visible non-ASCII scalars (emoji sequences,
/// Persian and Indic words), which is part of the text. Edits go through a ``TextEditor``, so a
/// later removal is still placed in the original text; text that is
/// already in shape is kept in long runs.
struct SpacingEdit {
    /// What the pass found: scalars removed and whether the text has any
    /// non-ASCII byte (the later passes only matter then).
    struct Outcome {
        var invisibleRemoved = 0
        var whitespaceRemoved = 0
        var hasNonASCII = false
    }

    var collapse: Bool
    var removeInvisible: Bool
    /// Join lines with a space instead of keeping line breaks (titles).
    var singleLine = false

    private enum Class {
        case word, space, newline, invisible
    }

    /// Edits `editor`'s source; returns the counts.
    ///
    /// - Complexity: O(*n*) in the UTF-8 length of the text.
    func apply(to editor: inout TextEditor) -> Outcome {
        var outcome = Outcome()
        var runs = KeptRuns()
        let bytes = editor.bytes
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            var index = 0
            var inWord = false
            var wordsSeen = false
            var keepFrom = 0
            var gapStart = 0
            var gapSpaces = 0
            var gapNewlines = 0
            while index < count {
                let byte = buffer[index]
                if inWord {
                    // The ASCII fast path: the rest of a word, and a single
                    // space between two words, which stays as it is.
                    if Self.isPlainWordByte(byte) {
                        index += 1
                        continue
                    }
                    if byte == 0x20, collapse, index + 1 < count, Self.isPlainWordByte(buffer[index + 1]) {
                        wordsSeen = true
                        index += 2
                        continue
                    }
                }
                var length = 1
                var kind: Class
                if byte < 0x80 {
                    kind = classify(ascii: byte)
                } else {
                    outcome.hasNonASCII = true
                    let (value, scalarLength) = scalarOfValidUTF8(buffer, at: index)
                    length = scalarLength
                    kind = classify(scalar: value)
                    if kind == .invisible, value == 0x200C || value == 0x200D,
                        joinsVisibleScalars(buffer, at: index, length: length)
                    {
                        kind = .word
                    }
                }
                switch kind {
                case .word:
                    if !inWord {
                        if collapse {
                            if wordsSeen {
                                let separator = separator(newlines: gapNewlines)
                                if isExactly(separator, buffer, gapStart..<index) {
                                    runs.keep(gapStart..<index, in: &editor)
                                } else {
                                    editor.drop(gapStart..<index)
                                    runs.insert(separator, in: &editor)
                                }
                                outcome.whitespaceRemoved += gapSpaces - separator.utf8.count
                            } else {
                                editor.drop(0..<index)
                                outcome.whitespaceRemoved += gapSpaces
                            }
                        }
                        inWord = true
                        keepFrom = index
                    }
                case .invisible:
                    outcome.invisibleRemoved += 1
                    if inWord || !collapse {
                        runs.keep(keepFrom..<index, in: &editor)
                        editor.drop(index..<index + length)
                        keepFrom = index + length
                    }
                case .space, .newline:
                    if inWord {
                        runs.keep(keepFrom..<index, in: &editor)
                        inWord = false
                        wordsSeen = true
                        gapStart = index
                        gapSpaces = 0
                        gapNewlines = 0
                    }
                    gapSpaces += 1
                    if kind == .newline { gapNewlines += 1 }
                }
                index += length
            }
            if inWord || !collapse {
                runs.keep(keepFrom..<count, in: &editor)
            } else {
                editor.drop(gapStart..<count)
                outcome.whitespaceRemoved += gapSpaces
            }
        }
        runs.flush(into: &editor)
        return outcome
    }

    /// A printable ASCII byte other than a space: part of a word in every
    /// mode.
    @inline(__always)
    private static func isPlainWordByte(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }

    @inline(__always)
    private func classify(ascii byte: UInt8) -> Class {
        if byte > 0x20 && byte != 0x7F { return .word }
        guard collapse else { return removeInvisible && isInvisible(byte) ? .invisible : .word }
        switch byte {
        case 0x20, 0x09: return .space
        case 0x0A: return .newline
        case 0x0B, 0x0C, 0x0D: return removeInvisible ? .invisible : .newline
        default: return removeInvisible ? .invisible : .word
        }
    }

    private func isInvisible(_ byte: UInt8) -> Bool {
        byte == 0x7F || (byte < 0x20 && byte != 0x09 && byte != 0x0A)
    }

    private func classify(scalar value: UInt32) -> Class {
        if removeInvisible, Unicode.Scalar(value)?.isInvisible == true { return .invisible }
        guard collapse else { return .word }
        switch value {
        case 0x85, 0x2028, 0x2029: return .newline
        case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return .space
        default: return .word
        }
    }

    /// Whether the zero-width joiner or non-joiner at `index` sits between
    /// two visible non-ASCII scalars, where it is part of the text: emoji
    /// sequences (👨‍👩‍👧 is three emoji joined by U+200D), Persian and
    /// Indic words (U+200C keeps two letters of می‌خواهم apart). Between
    /// ASCII letters, or next to a space, it is noise and goes.
    private func joinsVisibleScalars(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Bool {
        var start = index - 1
        while start > 0, start > index - 4, buffer[start] & 0xC0 == 0x80 { start -= 1 }
        guard start >= 0, buffer[start] >= 0xC0 else { return false }
        let next = index + length
        guard next < buffer.count, buffer[next] >= 0xC0 else { return false }
        for position in [start, next] {
            let (value, _) = scalarOfValidUTF8(buffer, at: position)
            guard classify(scalar: value) == .word, Unicode.Scalar(value)?.isInvisible != true else { return false }
        }
        return true
    }

    private func separator(newlines: Int) -> String {
        if singleLine || newlines == 0 { return " " }
        return newlines == 1 ? "\n" : "\n\n"
    }

    /// Whether the gap `range` is already `separator` (one of " ", "\n",
    /// "\n\n").
    private func isExactly(_ separator: String, _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count == separator.utf8.count else { return false }
        var position = range.lowerBound
        for byte in separator.utf8 {
            guard buffer[position] == byte else { return false }
            position += 1
        }
        return true
    }
}

/// Runs of the source kept by a pass, merged while they touch so that the
/// editor copies long runs instead of one word at a time.
struct KeptRuns {
    private var pending: Range<Int>?

    mutating func keep(_ range: Range<Int>, in editor: inout TextEditor) {
        guard !range.isEmpty else { return }
        if let current = pending, current.upperBound == range.lowerBound {
            pending = current.lowerBound..<range.upperBound
        } else {
            flush(into: &editor)
            pending = range
        }
    }

    /// Inserts text after the runs kept so far.
    mutating func insert(_ text: String, in editor: inout TextEditor) {
        flush(into: &editor)
        editor.insert(text)
    }

    mutating func flush(into editor: inout TextEditor) {
        if let range = pending { editor.keep(range) }
        pending = nil
    }
}

/// The scalar starting at `index` of valid UTF-8, and its length in bytes.
@inline(__always)
func scalarOfValidUTF8(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
    let lead = UInt32(buffer[index])
    if lead < 0x80 { return (lead, 1) }
    if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(buffer[index + 1] & 0x3F), 2) }
    if lead < 0xF0 {
        return ((lead & 0x0F) << 12 | UInt32(buffer[index + 1] & 0x3F) << 6 | UInt32(buffer[index + 2] & 0x3F), 3)
    }
    let value =
        (lead & 0x07) << 18 | UInt32(buffer[index + 1] & 0x3F) << 12 | UInt32(buffer[index + 2] & 0x3F) << 6
        | UInt32(buffer[index + 3] & 0x3F)
    return (value, 4)
}
