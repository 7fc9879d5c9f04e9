/// What the batch stages keep about each record while the run streams:
/// its id, sketch and canonical features; never its text.
struct BatchCollector: Sendable {
    private(set) var ids: [String] = []
    private(set) var sketches: SketchTable
    private(set) var features: [CanonicalFeatures] = []

    init(permutations: Int) {
        sketches = SketchTable(permutations: permutations)
    }

    var count: Int { ids.count }

    mutating func add(_ staged: StagedRecord) {
        ids.append(staged.record.id)
        sketches.append(staged.sketch)
        features.append(staged.canonicalFeatures ?? CanonicalFeatures(of: staged.record))
    }

    /// Clusters the records (when the pipeline has `dedup`) and picks each
    /// cluster's canonical record.
    func cluster(dedup: DedupStage?, canonical: CanonicalStage) -> Clustering {
        var clustering = Clustering(canonicalOf: Array(0..<count))
        guard let dedup else { return clustering }
        let outcome = dedup.clusterer.cluster(sketches, chooser: canonical.chooser(features: features))
        clustering.canonicalOf = outcome.canonicalOf(count: count)
        clustering.candidatePairs = outcome.candidatePairs
        clustering.verifiedPairs = outcome.verifiedPairs
        for duplicateCluster in outcome.clusters {
            var cluster = Clustering.Cluster(canonical: duplicateCluster.canonical, members: [])
            for member in duplicateCluster.members {
                let similarity = member.evidence?.jaccard ?? 1
                cluster.members.append(.init(record: member.record, similarity: similarity))
                if member.record != duplicateCluster.canonical {
                    clustering.similarityToCanonical[member.record] = similarity
                }
            }
            clustering.clusters.append(cluster)
        }
        clustering.outcome = outcome
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
    /// Dedup's full typed decision (evidence per member, why each canonical
    /// won, the chaining guard's decisions) for the report to render.
    var outcome: DedupOutcome?

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
