/// A record together with what the stages have learnt about it so far.
public struct StagedRecord: Sendable {
    public var record: Record
    /// Everything removed so far, in pipeline order.
    public internal(set) var removals: [Removal] = []
    /// Set by the `dedup` stage: the record's signature and counts.
    public internal(set) var sketch: DedupSketch?
    /// Set by the `canonical` stage: what its policy compares.
    public internal(set) var canonicalFeatures: CanonicalFeatures?

    public init(record: Record) {
        self.record = record
    }

    /// Notes a removal made by the stage running in `context`.
    public mutating func recordRemoval(
        rule: String, kind: RemovalKind, text: String, characters: Int? = nil, lines: Int = 1, line: Int?,
        in context: StageContext
    ) {
        removals.append(
            Removal(
                stage: context.stageName, stageIndex: context.stageIndex, rule: rule, kind: kind, text: text,
                characters: characters, lines: lines, line: line))
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
