/// What the batch stages keep about each record while the run streams:
/// its id, signature and canonical features; never its text.
struct BatchCollector: Sendable {
    private(set) var ids: [String] = []
    private(set) var signatures: [MinHashSignature?] = []
    private(set) var features: [CanonicalFeatures] = []

    var count: Int { ids.count }

    mutating func add(_ staged: StagedRecord) {
        ids.append(staged.record.id)
        signatures.append(staged.signature)
        features.append(staged.canonicalFeatures ?? CanonicalFeatures(of: staged.record))
    }

    /// Clusters the records (when the pipeline has `dedup`) and picks each
    /// cluster's canonical record.
    func cluster(dedup: DedupStage?, canonical: CanonicalStage) -> Clustering {
        var clustering = Clustering(canonicalOf: Array(0..<count))
        guard let dedup else { return clustering }
        let result = dedup.clusterer.cluster(signatures)
        clustering.candidatePairs = result.candidatePairs
        clustering.verifiedPairs = result.verifiedPairs
        for members in result.clusters {
            let chosen = members[canonical.choose(among: members.map { features[$0] })]
            var cluster = Clustering.Cluster(canonical: chosen, members: [])
            for member in members {
                clustering.canonicalOf[member] = chosen
                let similarity: Double
                if member == chosen {
                    similarity = 1
                } else if let a = signatures[member], let b = signatures[chosen] {
                    similarity = a.estimatedJaccard(with: b)
                } else {
                    similarity = 0
                }
                cluster.members.append(.init(record: member, similarity: similarity))
                if member != chosen { clustering.similarityToCanonical[member] = similarity }
            }
            clustering.clusters.append(cluster)
        }
        return clustering
    }
}

/// Which record stands for which, after clustering.
struct Clustering: Sendable {
    struct Member: Sendable {
        var record: Int
        /// Estimated Jaccard similarity to the canonical record.
        var similarity: Double
    }

    struct Cluster: Sendable {
        var canonical: Int
        /// Every member, the canonical included, in input order.
        var members: [Member]
    }

    /// For each record, the record that stands for it (itself when canonical).
    var canonicalOf: [Int]
    /// For each folded record, its estimated similarity to its canonical.
    var similarityToCanonical: [Int: Double] = [:]
    /// Clusters of two or more records, ordered by their first member.
    var clusters: [Cluster] = []
    var candidatePairs = 0
    var verifiedPairs = 0

    /// For each canonical record with duplicates: the records folded into
    /// it, in input order.
    var duplicatesByCanonical: [Int: [Int]] {
        var result: [Int: [Int]] = [:]
        for cluster in clusters {
            result[cluster.canonical] = cluster.members.map(\.record).filter { $0 != cluster.canonical }
        }
        return result
    }

    var foldedCount: Int { clusters.reduce(0) { $0 + $1.members.count - 1 } }
}
