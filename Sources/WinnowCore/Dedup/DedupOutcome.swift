/// What the batch step of dedup decided: the reduce side's whole result,
/// as typed values for the report and the store to render or keep.
public struct DedupOutcome: Sendable {
    /// Clusters of two or more records, ordered by their first member.
    public var clusters: [DuplicateCluster] = []
    /// Pairs the band join proposed.
    public var candidatePairs = 0
    /// Candidate pairs that passed verification.
    public var verifiedPairs = 0
    /// Candidate pairs verification refused, by reason.
    public var refusedPairs = RefusedPairs()
    /// Records the chaining guard kept out of a cluster they were linked
    /// into, in the order decided.
    public var chainingDecisions: [ChainingDecision] = []

    public init() {}

    /// For each of `count` records, the record that stands for it (itself
    /// when it is canonical or alone).
    public func canonicalOf(count: Int) -> [Int] {
        var canonical = Array(0..<count)
        for cluster in clusters {
            for member in cluster.members { canonical[member.record] = cluster.canonical }
        }
        return canonical
    }
}

/// A group of near-duplicates and the record that stands for it.
public struct DuplicateCluster: Sendable, Hashable {
    /// The record kept.
    public var canonical: Int
    /// Every member, the canonical included, in input order.
    public var members: [ClusterMember]
    /// Why the canonical won.
    public var reason: CanonicalReason
}

/// One member of a cluster.
public struct ClusterMember: Sendable, Hashable {
    public var record: Int
    /// Mean estimated Jaccard similarity to the other members.
    public var centrality: Double
    /// The member compared with the canonical; nil for the canonical.
    public var evidence: PairEvidence?
}

/// Candidate pairs that verification refused.
public struct RefusedPairs: Sendable, Hashable {
    /// Neither similar nor contained enough.
    public var belowThreshold = 0
    /// Contained, but the shorter text is under the containment minimum.
    public var tooShortToBeContained = 0
    /// Similar, but each text holds its own block of different text (a
    /// shared template around different stories).
    public var distinctBlocks = 0
}

/// The chaining guard's decision about one record: it was linked into a
/// cluster through another member, but does not itself match the cluster's
/// canonical, so it was kept out (and clustered again with the others kept
/// out, if they match).
public struct ChainingDecision: Sendable, Hashable {
    /// The record kept out.
    public var record: Int
    /// The canonical of the cluster it was linked into.
    public var canonical: Int
    /// The member it was linked through (a verified pair).
    public var linkedThrough: Int
    /// The record compared with that canonical.
    public var evidence: PairEvidence
}
