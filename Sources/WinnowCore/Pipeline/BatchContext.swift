public import Logging

/// What batch stages share when they decide: the run's record ids and the
/// decisions of the batch stages before them.
///
/// Decisions are typed slots, not a dictionary of strings: `dedup`
/// publishes its clusters here and `canonical` picks a record from each.
public struct BatchContext: Sendable {
    /// The id of each record number (records rejected while reading have
    /// their input location instead).
    public internal(set) var ids: [String]
    /// Record numbers rejected so far; fate decisions leave them out.
    public internal(set) var rejected: Set<Int>
    public let logger: Logger
    /// The policy that picks each cluster's canonical record, offered by
    /// the `canonical` stage before any stage decides.
    public var canonicalPolicy: CanonicalStage?
    /// Near-duplicate clusters with their evidence, published by `dedup`.
    public var nearDuplicates: DedupOutcome?
    /// The canonicals of earlier nights, when the run keeps a nightly
    /// state: `dedup` matches tonight's records against them.
    public var earlierNights: EarlierNights?
    /// Tonight's sketches and what the state stores beside them, published
    /// by `dedup` for the commit of the night.
    public var signedBatch: SignedBatch?
    /// Tonight's per-source line counts, published by `boilerplate` for the
    /// commit of the night.
    public var observedFurniture: [String: StoredFurniture] = [:]
    /// The threads a decision may use (the run's `--jobs`); decisions are
    /// the same for any number.
    public var jobs = 1

    public init(ids: [String], rejected: Set<Int> = [], logger: Logger, earlierNights: EarlierNights? = nil) {
        self.ids = ids
        self.rejected = rejected
        self.logger = logger
        self.earlierNights = earlierNights
    }
}
