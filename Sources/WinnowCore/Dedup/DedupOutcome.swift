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
    /// Records matched against the canonicals of earlier nights (nil when
    /// the run keeps no nightly state); they are not clustered.
    public var earlierNights: EarlierNightOutcome?

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
    /// Matched by containment, but the contained record is the shared part
    /// of different texts (see ``ChainingDecision/sharedPartOfDifferentTexts(record:containers:evidence:)``).
    public var sharedPart = 0
    /// Similar or contained, but one of the two is a site template's own
    /// text: the shared part of records holding different stories (see
    /// ``ChainingDecision/sharedPartOfDifferentTexts(record:containers:evidence:)``),
    /// or, for a containment match, a record already refused against
    /// ``NearDuplicateClusterer/framedRefusals`` others for distinct blocks.
    public var sharedFrame = 0
}

/// One decision of the chaining guard, which keeps weak links from
/// merging unrelated records.
public enum ChainingDecision: Sendable, Hashable {
    /// `record` was linked into a cluster through `linkedThrough` but does
    /// not itself match the cluster's `canonical`, so it was kept out (and
    /// clustered again with the others kept out, if they match).
    case notMatchingCanonical(record: Int, canonical: Int, linkedThrough: Int, evidence: PairEvidence)
    /// `record` is contained in `containers.0` and `containers.1`, which do
    /// not match each other: it is the part two different texts share (a
    /// site template, a stock paragraph), so none of its containment
    /// matches count.
    case sharedPartOfDifferentTexts(record: Int, containers: [Int], evidence: PairEvidence)

    /// The record the decision is about.
    public var record: Int {
        switch self {
        case .notMatchingCanonical(let record, _, _, _), .sharedPartOfDifferentTexts(let record, _, _): record
        }
    }
}
