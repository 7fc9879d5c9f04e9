/// The near-duplicate clusters of a run, as the `dedup` stage publishes
/// them for the `canonical` stage and the report.
public struct NearDuplicateClusters: Sendable {
    /// Records that the band join and verification put together.
    public struct Cluster: Sendable {
        /// Record numbers, ascending.
        public var members: [Int]
        /// Estimated similarity between members `i` and `j` (by position in
        /// `members`), row-major; the diagonal is 1.
        public var similarities: [Double]
        /// The member kept as canonical, once the `canonical` stage chose.
        public var canonical: Int?
        /// Why that member won.
        public var reason: CanonicalReason?

        public init(members: [Int], similarities: [Double]) {
            precondition(similarities.count == members.count * members.count, "one similarity per pair of members")
            self.members = members
            self.similarities = similarities
        }

        /// The similarity between the members at positions `i` and `j`.
        public func similarity(_ i: Int, _ j: Int) -> Double {
            similarities[i * members.count + j]
        }

        /// The mean similarity of member `i` to the others.
        public func centrality(_ i: Int) -> Double {
            guard members.count > 1 else { return 1 }
            var sum = 0.0
            for j in members.indices where j != i { sum += similarity(i, j) }
            return sum / Double(members.count - 1)
        }
    }

    public var clusters: [Cluster]
    /// Pairs the band join proposed.
    public var candidatePairs: Int
    /// Pairs that passed verification.
    public var verifiedPairs: Int

    public init(clusters: [Cluster], candidatePairs: Int, verifiedPairs: Int) {
        self.clusters = clusters
        self.candidatePairs = candidatePairs
        self.verifiedPairs = verifiedPairs
    }
}

/// Why a cluster's canonical record won: the first criterion of the
/// policy that told the members apart, and the values it compared.
public struct CanonicalReason: Sendable, Hashable {
    /// The deciding criterion, nil when every criterion tied and the record
    /// read first won.
    public var criterion: CanonicalOptions.Criterion?
    /// The comparison in words, for example "4,210 characters; the others
    /// at most 3,980".
    public var detail: String

    public init(criterion: CanonicalOptions.Criterion?, detail: String) {
        self.criterion = criterion
        self.detail = detail
    }
}
