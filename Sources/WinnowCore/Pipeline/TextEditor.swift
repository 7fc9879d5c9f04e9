/// Builds a new version of a record's text from the current one, run by
/// run, remembering which runs were kept, dropped, removed by a rule or
/// inserted, so that the record's ``TextLineage`` can place every removal
/// in the original text.
///
/// ```swift
/// var editor = TextEditor(staged.record.body)
/// editor.keep(0..<120)
/// editor.remove(120..<160, rule: "advertisement", kind: .advertisement, line: 3)
/// editor.keep(160..<editor.sourceCount)
/// staged.commit(editor, in: context)
/// ```
/// Ranges are UTF-8 offsets into the text the editor was made from, given
/// in ascending order; anything not kept is gone from the new text.
public struct TextEditor: Sendable {
    /// A removal made by a rule, before it is placed in the original.
    struct PendingRemoval: Sendable {
        var range: Range<Int>
        var rule: String
        var kind: RemovalKind
        var text: String?
        var lines: Int
        var line: Int?
        var detail: String?
    }

    /// The text being edited.
    public let source: String
    private let sourceBytes: [UInt8]
    private(set) var output: [UInt8] = []
    private(set) var pieces: [TextLineage.Piece] = []
    private(set) var removals: [PendingRemoval] = []
    /// Characters removed silently (``drop(_:)``), for the whitespace count.
    public private(set) var droppedBytes = 0

    public init(_ source: String) {
        self.source = source
        sourceBytes = Array(source.utf8)
        output.reserveCapacity(sourceBytes.count)
    }

    /// The length of the source in UTF-8 bytes.
    public var sourceCount: Int { sourceBytes.count }

    /// The source as UTF-8 bytes.
    public var bytes: [UInt8] { sourceBytes }

    /// Copies `range` of the source to the new text.
    public mutating func keep(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        let start = output.count
        output.append(contentsOf: sourceBytes[range])
        if let last = pieces.last, last.current + last.length == start, last.original + last.length == range.lowerBound
        {
            pieces[pieces.count - 1].length += range.count
        } else {
            pieces.append(TextLineage.Piece(current: start, original: range.lowerBound, length: range.count))
        }
    }

    /// Adds text that is not in the source (a joining space, a newline).
    public mutating func insert(_ text: some StringProtocol) {
        output.append(contentsOf: text.utf8)
    }

    /// Leaves `range` out without recording a removal (spacing).
    public mutating func drop(_ range: Range<Int>) {
        droppedBytes += range.count
    }

    /// Leaves `range` out and records it as removed by `rule`.
    ///
    /// - Parameters:
    ///   - text: What the report shows; the removed source text when nil.
    ///   - lines: Whole lines removed (0 for an edit inside a line).
    ///   - line: The 1-based line of the stage's input where it started.
    ///   - detail: What justified the removal beyond its rule.
    public mutating func remove(
        _ range: Range<Int>,
        rule: String,
        kind: RemovalKind,
        text: String? = nil,
        lines: Int = 1,
        line: Int? = nil,
        detail: String? = nil
    ) {
        removals.append(
            PendingRemoval(range: range, rule: rule, kind: kind, text: text, lines: lines, line: line, detail: detail)
        )
    }

    /// The source text of `range`.
    public func text(of range: Range<Int>) -> String {
        String(decoding: sourceBytes[range], as: UTF8.self)
    }

    /// The new text.
    public var result: String {
        String(decoding: output, as: UTF8.self)
    }

    /// Whether the edit changes anything.
    public var changesText: Bool {
        !(pieces.count == 1 && pieces[0].original == 0 && pieces[0].length == sourceCount
            && output.count == sourceCount)
            && !(sourceCount == 0 && output.isEmpty)
    }
}
