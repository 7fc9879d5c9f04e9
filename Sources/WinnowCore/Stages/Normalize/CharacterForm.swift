import Foundation

/// The Unicode pass of the `normalize` stage: the normalisation form, then
/// quote and dash folding, line by line.
///
/// Only lines with a scalar that a normalisation form could change go
/// through Foundation; ASCII, Latin letters, general punctuation and
/// currency signs are already in NFC (none of them composes with a
/// neighbour or has a canonical singleton mapping). Normalisation never
/// crosses a line feed, so doing it per line gives the same text as doing
/// it whole, and only the part of a line that changed is replaced in the
/// ``TextEditor``.
struct CharacterForm {
    var form: NormalizeOptions.Form
    var foldQuotes: Bool
    var foldDashes: Bool

    /// Whether the pass can change anything at all.
    var isActive: Bool { form != .none || foldQuotes || foldDashes }

    /// Edits `editor`'s source; returns whether anything changed.
    func apply(to editor: inout TextEditor) -> Bool {
        var runs = KeptRuns()
        var changed = false
        let bytes = editor.bytes
        bytes.withUnsafeBufferPointer { buffer in
            var lineStart = 0
            while lineStart < buffer.count {
                var lineEnd = lineStart
                var hasNonASCII = false
                while lineEnd < buffer.count, buffer[lineEnd] != 0x0A {
                    if buffer[lineEnd] >= 0x80 { hasNonASCII = true }
                    lineEnd += 1
                }
                if hasNonASCII, edit(buffer, lineStart..<lineEnd, runs: &runs, editor: &editor) {
                    changed = true
                } else {
                    runs.keep(lineStart..<lineEnd, in: &editor)
                }
                // The line feed itself.
                if lineEnd < buffer.count { runs.keep(lineEnd..<lineEnd + 1, in: &editor) }
                lineStart = lineEnd + 1
            }
        }
        runs.flush(into: &editor)
        return changed
    }

    /// Edits one line with non-ASCII text; false when it stays as it is
    /// (nothing was kept or dropped then).
    private func edit(
        _ buffer: UnsafeBufferPointer<UInt8>,
        _ line: Range<Int>,
        runs: inout KeptRuns,
        editor: inout TextEditor
    ) -> Bool {
        var needsForm = false
        var needsFold = false
        var index = line.lowerBound
        while index < line.upperBound {
            let (value, length) = scalarOfValidUTF8(buffer, at: index)
            if !isStable(value) { needsForm = true }
            if let scalar = Unicode.Scalar(value), fold(scalar) != nil { needsFold = true }
            index += length
        }
        guard needsForm || needsFold else { return false }
        let original = String(decoding: UnsafeBufferPointer(rebasing: buffer[line]), as: UTF8.self)
        var target = original
        switch form {
        case .nfc where needsForm: target = original.precomposedStringWithCanonicalMapping
        case .nfkc where needsForm: target = original.precomposedStringWithCompatibilityMapping
        default: break
        }
        if foldQuotes || foldDashes {
            var scalars = String.UnicodeScalarView()
            for scalar in target.unicodeScalars { scalars.append(fold(scalar) ?? scalar) }
            target = String(scalars)
        }
        let new = Array(target.utf8)
        let old = UnsafeBufferPointer(rebasing: buffer[line])
        guard !new.elementsEqual(old) else { return false }
        // Replace only the middle that differs, cut at scalar boundaries.
        var prefix = 0
        while prefix < min(old.count, new.count), old[prefix] == new[prefix] { prefix += 1 }
        func splitsScalar(_ bytes: some RandomAccessCollection<UInt8>, _ offset: Int) -> Bool {
            offset < bytes.count && bytes[bytes.index(bytes.startIndex, offsetBy: offset)] & 0xC0 == 0x80
        }
        while prefix > 0, splitsScalar(old, prefix) || splitsScalar(new, prefix) { prefix -= 1 }
        var suffix = 0
        while suffix < min(old.count, new.count) - prefix, old[old.count - 1 - suffix] == new[new.count - 1 - suffix] {
            suffix += 1
        }
        while suffix > 0, old[old.count - suffix] & 0xC0 == 0x80 { suffix -= 1 }
        let start = line.lowerBound
        runs.keep(start..<start + prefix, in: &editor)
        editor.drop(start + prefix..<line.upperBound - suffix)
        runs.insert(String(decoding: new[prefix..<new.count - suffix], as: UTF8.self), in: &editor)
        runs.keep(line.upperBound - suffix..<line.upperBound, in: &editor)
        return true
    }

    /// Scalars no normalisation form changes, whatever surrounds them.
    private func isStable(_ value: UInt32) -> Bool {
        switch form {
        case .none: return true
        case .nfkc: return value < 0x80
        case .nfc:
            switch value {
            case 0..<0x300, 0x2002...0x206F, 0x20A0...0x20C0, 0xFFFD: return true
            default: return false
            }
        }
    }

    private func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if foldQuotes, scalar.isSingleQuoteVariant { return "'" }
        if foldQuotes, scalar.isDoubleQuoteVariant { return "\"" }
        if foldDashes, scalar.isDashVariant { return "-" }
        return nil
    }
}
