/// A stage that has to see the whole batch before it can finish a record:
/// near-duplicate detection, canonical choice, lines learned from a site's
/// articles.
///
/// A run still streams. A batch stage takes part in three steps:
/// 1. **Observe** (map). Right after its ``Stage/process(_:context:)``, on
///    the worker tasks, it returns the small typed fact it keeps about the
///    record: a signature, a few counts, line hashes; never the text.
/// 2. **Decide** (reduce). After the last record has been observed, once,
///    over the ``BatchTally`` that collected every observation in input
///    order, with the decisions of the batch stages before it in
///    ``BatchContext``.
/// 3. **Apply**. In the next pass over the (spooled) records, what the
///    decision means for one record: lines to remove, its fate.
///
/// The runner cuts the pipeline into passes at the batch stages whose
/// ``applyChangesText`` is true; stages that only decide a record's fate
/// (`dedup`, `canonical`) let the stages after them run in the same pass.
public protocol BatchStage: Stage {
    /// What the stage keeps about one record.
    associatedtype Observation: Sendable
    /// What collects the observations; it may keep them all (signatures)
    /// or fold them into counts (line hashes per source).
    associatedtype Tally: BatchTally where Tally.Observation == Observation
    /// What the stage decided about the batch.
    associatedtype Decision: Sendable

    /// Whether this instance needs the batch at all; a stage whose options
    /// turn its batch part off (learning disabled) runs as a plain stage.
    var takesPartInBatch: Bool { get }

    /// Whether ``apply(_:to:context:)`` may change a record's text. When it
    /// does, the stages after it must wait for the decision; when it does
    /// not, they run in the same pass.
    static var applyChangesText: Bool { get }

    /// Offers what this stage contributes to the decisions of others, once,
    /// before any batch stage decides (the `canonical` stage offers its
    /// policy to `dedup`, which needs it to guard its clusters).
    func prepare(_ context: inout BatchContext)

    /// The fact to keep about `record`, or nil for a record the stage
    /// ignores (for example a text without words).
    func observe(_ record: StagedRecord, context: StageContext) -> Observation?

    /// An empty tally for this run.
    func makeTally() -> Tally

    /// Reduces the batch to a decision.
    ///
    /// - Parameters:
    ///   - tally: Every observation, added in input order.
    ///   - context: Decisions published by earlier batch stages, the
    ///     record ids, the logger; this stage may publish its own.
    func decide(_ tally: Tally, context: inout BatchContext) throws(RunError) -> Decision

    /// Applies the decision to one record, in the pass after the decision.
    func apply(_ decision: Decision, to record: inout StagedRecord, context: StageContext) throws(RecordRejection)
}

extension BatchStage {
    public var takesPartInBatch: Bool { true }

    public func prepare(_ context: inout BatchContext) {}
}

/// Collects a batch stage's observations while the run streams.
public protocol BatchTally: Sendable {
    associatedtype Observation: Sendable

    /// Adds the observation of record number `record`; records arrive in
    /// ascending order.
    mutating func add(_ observation: Observation, record: Int)
}

/// A tally that keeps every observation with its record number.
public struct ObservationList<Observation: Sendable>: BatchTally {
    public private(set) var records: [Int] = []
    public private(set) var observations: [Observation] = []

    public init() {}

    public mutating func add(_ observation: Observation, record: Int) {
        records.append(record)
        observations.append(observation)
    }

    public var count: Int { records.count }
}
