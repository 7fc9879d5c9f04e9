import Foundation

/// Turns the bytes of one `.txt` or `.html` file into a record.
///
/// An HTML file's content stays markup for the `html` stage. A text file's
/// first line becomes the title when it reads like a headline: followed by
/// a blank line, at most 200 characters, and not ending like a sentence or
/// a caption (`.`, `:`, `;`, `)`, `]`).
enum ArticleFileParser {
    /// Reads and parses the file at `path`.
    static func read(path: String, id: String, kind: ArticleFileKind) -> InputItem {
        guard let bytes = FileBytes.read(path) else {
            return .rejection(Rejection(id: id, reason: "cannot read the file", input: path))
        }
        if let reason = NonTextInput.rejectionReason(forPrefix: bytes) {
            return .rejection(Rejection(id: id, reason: reason, input: path))
        }
        if kind == .html, looksBinary(bytes) {
            return .rejection(Rejection(id: id, reason: TextDecoding.binaryReason, input: path))
        }
        do {
            return .record(try record(from: bytes, id: id, kind: kind, origin: path))
        } catch {
            return .rejection(Rejection(id: id, reason: error.reason, input: path))
        }
    }

    /// A page is read whatever its encoding, and a stray NUL is dropped;
    /// but one whose head is more than an eighth NUL bytes, and is not
    /// UTF-16, is a binary file with an `.html` name.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = Array(bytes.prefix(8192))
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF])
            || TextDecoding.looksLikeUTF16(head) != nil
        {
            return false
        }
        return head.lazy.filter { $0 == 0 }.count * 8 > head.count
    }

    static func record(
        from bytes: [UInt8],
        id: String,
        kind: ArticleFileKind,
        origin: String
    ) throws(TextDecoding.Failure) -> Record {
        guard kind == .text else {
            return Record(id: id, content: .html(TextDecoding.markup(bytes)), origin: origin)
        }
        let text = try TextDecoding.decode(bytes, isHTML: false)
        let (title, body) = splitHeadline(text)
        return Record(id: id, title: title, content: .text(body), origin: origin)
    }

    static func splitHeadline(_ text: String) -> (title: String?, body: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.firstIndex(where: { !$0.trimmingWhitespace().isEmpty }) else { return (nil, text) }
        let candidate = lines[first].trimmingWhitespace()
        let followedByBlank = first + 1 < lines.count && lines[first + 1].trimmingWhitespace().isEmpty
        guard followedByBlank, candidate.count <= 200, let last = candidate.last, !".:;)]".contains(last),
            !candidate.hasPrefix("<")
        else { return (nil, text) }
        lines.removeSubrange(0...first)
        while let next = lines.first, next.trimmingWhitespace().isEmpty { lines.removeFirst() }
        return (String(candidate), lines.joined(separator: "\n"))
    }
}
