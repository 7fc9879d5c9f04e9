public import Logging

/// What batch stages share when they decide: the run's record ids and the
/// decisions of the batch stages before them.
///
/// Decisions are typed slots, not a dictionary of strings: `dedup`
/// publishes its clusters here and `canonical` picks a record from each.
public struct BatchContext: Sendable {
    /// The id of each record number (records rejected while reading have
    /// their input location instead).
    public let ids: [String]
    /// Record numbers rejected so far; fate decisions leave them out.
    public let rejected: Set<Int>
    public let logger: Logger
    /// Near-duplicate clusters, published by the `dedup` stage.
    public var nearDuplicates: NearDuplicateClusters?

    public init(ids: [String], rejected: Set<Int> = [], logger: Logger) {
        self.ids = ids
        self.rejected = rejected
        self.logger = logger
    }
}
