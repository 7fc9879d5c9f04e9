/// Where each part of a record's current text came from in the text as it
/// came in, so that every removal can be shown in place in the original.
///
/// Stages that delete or rewrite text go through a ``TextEditor``; the
/// lineage composes their edits. Offsets are UTF-8 offsets; the report
/// converts them at its edge.
public struct TextLineage: Sendable, Hashable {
    /// A run of the current text copied unchanged from the original.
    struct Piece: Sendable, Hashable {
        var current: Int
        var original: Int
        var length: Int
    }

    /// The text as it came in: the input text, or for an HTML page every
    /// block of it, kept and dropped, as the `html` stage saw them.
    public let original: String
    /// The current text, as the lineage last saw it.
    private(set) var current: String
    /// Sorted by `current`, non-overlapping; current text outside every
    /// piece was inserted by a stage.
    private(set) var pieces: [Piece]
    /// False once a stage changed the text without a ``TextEditor``; later
    /// removals then carry no position.
    public private(set) var isTracking = true

    public init(original: String) {
        self.original = original
        current = original
        let length = original.utf8.count
        pieces = length > 0 ? [Piece(current: 0, original: 0, length: length)] : []
    }

    init(original: String, current: String, pieces: [Piece], isTracking: Bool) {
        self.original = original
        self.current = current
        self.pieces = pieces
        self.isTracking = isTracking
    }

    /// Notes that the text became `text` by some change the lineage did not
    /// see; positions are no longer known.
    mutating func losePositions(currentText text: String) {
        current = text
        pieces = []
        isTracking = false
    }

    /// Whether `text` is the text the lineage last saw.
    func isCurrent(_ text: String) -> Bool {
        current == text
    }

    /// The original offset of current offset `offset`: exact inside a
    /// copied piece, the end of the previous piece inside inserted text.
    func originalOffset(of offset: Int, preferEnd: Bool = false) -> Int {
        guard !pieces.isEmpty else { return 0 }
        var low = 0
        var high = pieces.count
        while low < high {
            let middle = (low + high) / 2
            if pieces[middle].current <= offset { low = middle + 1 } else { high = middle }
        }
        // pieces[low - 1] is the last piece starting at or before offset.
        guard low > 0 else { return pieces[0].original }
        let piece = pieces[low - 1]
        let inside = offset - piece.current
        if inside < piece.length || (preferEnd && inside == piece.length) {
            return piece.original + inside
        }
        return piece.original + piece.length
    }

    /// The original range a current range covers.
    func originalRange(of range: Range<Int>) -> Range<Int> {
        let start = originalOffset(of: range.lowerBound)
        let end = range.isEmpty ? start : max(start, originalOffset(of: range.upperBound - 1, preferEnd: true) + 1)
        return start..<end
    }

    /// Composes an edit of the current text: `editPieces` say which runs of
    /// the new text were copied from which runs of the current one.
    mutating func compose(newText: String, editPieces: [Piece]) {
        defer { current = newText }
        guard isTracking else { return }
        var composed: [Piece] = []
        composed.reserveCapacity(editPieces.count)
        var cursor = 0
        for edit in editPieces {
            var position = edit.original
            let end = edit.original + edit.length
            // Skip pieces that end before this run.
            while cursor < pieces.count, pieces[cursor].current + pieces[cursor].length <= position { cursor += 1 }
            var scan = cursor
            while position < end, scan < pieces.count {
                let piece = pieces[scan]
                if piece.current >= end { break }
                let start = max(position, piece.current)
                let stop = min(end, piece.current + piece.length)
                if stop > start {
                    let newStart = edit.current + (start - edit.original)
                    let originalStart = piece.original + (start - piece.current)
                    if let last = composed.last, last.current + last.length == newStart,
                        last.original + last.length == originalStart
                    {
                        composed[composed.count - 1].length += stop - start
                    } else {
                        composed.append(Piece(current: newStart, original: originalStart, length: stop - start))
                    }
                    position = stop
                }
                if piece.current + piece.length <= end { scan += 1 } else { break }
            }
        }
        pieces = composed
    }
}
