/// Everything the reports say about a run besides the per-record entries:
/// the pipeline as run, the counts, removal statistics, clusters and
/// rejections. Both report writers render it; nothing here is JSON yet.
struct RunReport: Sendable {
    let configuration: PipelineConfiguration
    let summary: RunSummary
    let statistics: RemovalStatistics
    let nearDuplicates: DedupOutcome?
    /// The id of each record number.
    let ids: [String]
    /// Every rejection, in input order.
    let rejections: [Rejection]
    /// Where the run's time went, up to the reports.
    let timing: RunTiming

    /// One cluster as the reports show it: ids, not record numbers.
    struct ClusterEntry: Sendable {
        struct Member: Sendable {
            var id: String
            /// Estimated similarity to the canonical record (1 for itself).
            var similarity: Double
            var isCanonical: Bool
            var centrality: Double
            /// How it compared with the canonical; nil for the canonical.
            var evidence: PairEvidence?
        }

        var canonical: String
        var reason: CanonicalReason
        /// Every member, the canonical included, in input order.
        var members: [Member]
    }

    /// The clusters with their canonical records, in the order of their
    /// first member.
    var clusters: [ClusterEntry] {
        (nearDuplicates?.clusters ?? []).map { cluster in
            ClusterEntry(
                canonical: ids[cluster.canonical], reason: cluster.reason,
                members: cluster.members.map { member in
                    ClusterEntry.Member(
                        id: ids[member.record], similarity: member.evidence?.jaccard ?? 1,
                        isCanonical: member.record == cluster.canonical, centrality: member.centrality,
                        evidence: member.evidence)
                })
        }
    }
}
