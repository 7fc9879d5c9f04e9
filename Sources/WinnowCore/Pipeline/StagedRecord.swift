/// A record together with what the stages have learnt about it so far.
public struct StagedRecord: Sendable {
    public var record: Record
    /// The record's number in the run: its position in the input, counting
    /// every record read (rejected ones too).
    public internal(set) var number: Int
    /// Everything removed so far, in pipeline order.
    public internal(set) var removals: [Removal] = []
    /// Where the current text came from, once the record is text.
    public internal(set) var lineage: TextLineage?
    /// Set by the batch stages that fold records: canonical or duplicate.
    public internal(set) var fate: RecordFate = .canonical(duplicates: [])

    public init(record: Record, number: Int = 0) {
        self.record = record
        self.number = number
        if case .text(let text) = record.content { lineage = TextLineage(original: text) }
    }

    /// Notes a removal made by the stage running in `context`, without a
    /// position in the original text (prefer ``commit(_:in:)``).
    public mutating func recordRemoval(
        rule: String,
        kind: RemovalKind,
        text: String,
        characters: Int? = nil,
        lines: Int = 1,
        line: Int?,
        in context: StageContext
    ) {
        removals.append(
            Removal(
                stage: context.stageName,
                stageIndex: context.stageIndex,
                rule: rule,
                kind: kind,
                text: text,
                characters: characters,
                lines: lines,
                line: line
            )
        )
    }

    /// Makes the record's text `text`, whose lineage starts here: the
    /// `html` stage calls this with the page's text, every block in it.
    public mutating func startLineage(text: String) {
        record.content = .text(text)
        lineage = TextLineage(original: text)
    }

    /// Replaces the text by an editor's result and records its removals,
    /// each placed in the original text.
    public mutating func commit(_ editor: TextEditor, in context: StageContext) {
        let newText = editor.result
        syncLineage()
        for pending in editor.removals {
            var removal = Removal(
                stage: context.stageName,
                stageIndex: context.stageIndex,
                rule: pending.rule,
                kind: pending.kind,
                text: pending.text ?? editor.text(of: pending.range),
                characters: pending.text == nil ? nil : editor.text(of: pending.range).characterCount,
                lines: pending.lines,
                line: pending.line
            )
            removal.detail = pending.detail
            if let lineage, lineage.isTracking { removal.range = lineage.originalRange(of: pending.range) }
            removals.append(removal)
        }
        lineage?.compose(newText: newText, editPieces: editor.pieces)
        record.body = newText
    }

    /// Notices a text change made without a ``TextEditor``: from then on
    /// removals carry no position.
    mutating func syncLineage() {
        guard var lineage else {
            if case .text(let text) = record.content { self.lineage = TextLineage(original: text) }
            return
        }
        if !lineage.isCurrent(record.body) {
            lineage.losePositions(currentText: record.body)
            self.lineage = lineage
        }
    }
}

/// Where a stage sits in the pipeline while it processes a record.
public struct StageContext: Sendable {
    /// The stage's name in `pipeline.json`.
    public var stageName: String
    /// The stage's index in `pipeline.json`'s `stages`.
    public var stageIndex: Int

    public init(stageName: String, stageIndex: Int) {
        self.stageName = stageName
        self.stageIndex = stageIndex
    }
}

/// Thrown by a stage that cannot process a record; the record goes to
/// `rejected.jsonl` with this reason and the run goes on.
public struct RecordRejection: Error, Sendable, Equatable {
    public var reason: String

    public init(_ reason: String) {
        self.reason = reason
    }
}
