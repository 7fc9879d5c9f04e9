/// Picks the record that stands for a cluster; the `canonical` stage's
/// policy implements it, so dedup itself stays free of that policy.
public protocol CanonicalChooser: Sendable {
    /// The position in `candidates` of the record to keep, and why.
    ///
    /// - Parameter candidates: The cluster's members in input order, each
    ///   with its centrality.
    func choose(among candidates: [CanonicalCandidate]) -> CanonicalChoice
}

/// A member of a cluster as the canonical policy sees it.
public struct CanonicalCandidate: Sendable, Hashable {
    /// The record number in the batch.
    public var record: Int
    /// The member's mean estimated Jaccard similarity to the other members
    /// (at most 64 of them): the highest is the cluster's medoid.
    public var centrality: Double

    public init(record: Int, centrality: Double) {
        self.record = record
        self.centrality = centrality
    }
}

/// The chosen member and why it won.
public struct CanonicalChoice: Sendable, Hashable {
    /// The position of the winner among the candidates.
    public var position: Int
    public var reason: CanonicalReason

    public init(position: Int, reason: CanonicalReason) {
        self.position = position
        self.reason = reason
    }
}

/// The criterion that put the canonical record ahead of the runner-up (the
/// best of the others), with both sides' values.
public enum CanonicalReason: Sendable, Hashable {
    /// A source listed earlier among the preferred sources (rank 0 is the
    /// first listed; unlisted sources rank after all listed ones).
    case preferredSource(rank: Int, runnerUpRank: Int)
    /// More central: closer on average to the other members.
    case mostCentral(centrality: Double, runnerUp: Double)
    /// Longer cleaned text (UTF-8 bytes).
    case longestText(length: Int, runnerUp: Int)
    /// Published earlier (seconds since 1970; nil when unknown).
    case earliestPublished(published: Double?, runnerUp: Double?)
    /// Every criterion tied: the member read first won.
    case firstRead
}
