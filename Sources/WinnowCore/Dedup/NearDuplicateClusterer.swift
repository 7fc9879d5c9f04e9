/// Groups records whose MinHash signatures say their shingle sets are at
/// least `threshold` similar (Jaccard).
///
/// The three steps are separate so that each can later run on a cluster
/// engine: signing happens per record in the `dedup` stage (map); the
/// ``BandIndex`` joins records that share a band (shuffle); here each
/// candidate pair is verified against the threshold by its estimated
/// similarity and verified pairs are merged with union-find (reduce).
public struct NearDuplicateClusterer: Sendable {
    public let threshold: Double
    public let parameters: LSHParameters

    public init(threshold: Double, parameters: LSHParameters) {
        self.threshold = threshold
        self.parameters = parameters
    }

    /// The result of clustering.
    public struct Result: Sendable {
        /// Groups of two or more record numbers, each sorted, ordered by
        /// their first member.
        public var clusters: [[Int]]
        /// How many pairs the band join proposed.
        public var candidatePairs: Int
        /// How many of them passed verification.
        public var verifiedPairs: Int
    }

    /// Clusters records `0..<signatures.count`; a nil signature (a text
    /// without words) never joins a cluster.
    ///
    /// - Complexity: O(*n* × *b*) for the join plus O(*p*) per candidate
    ///   pair for verification.
    public func cluster(_ signatures: [MinHashSignature?]) -> Result {
        var index = BandIndex(parameters: parameters)
        for (record, signature) in signatures.enumerated() {
            if let signature { index.insert(record, signature: signature) }
        }
        let candidates = index.candidatePairs()
        var sets = UnionFind(count: signatures.count)
        var verified = 0
        for pair in candidates {
            guard let a = signatures[pair.first], let b = signatures[pair.second],
                a.estimatedJaccard(with: b) >= threshold
            else { continue }
            verified += 1
            sets.union(pair.first, pair.second)
        }
        return Result(clusters: sets.groups(), candidatePairs: candidates.count, verifiedPairs: verified)
    }
}
