/// What the runner hands the reports at the end of a run: the pipeline as
/// run, the counts, removal statistics, clusters and rejections. The
/// reports render it as a ``ReportOverview``; nothing here is JSON yet.
struct RunReport: Sendable {
    let configuration: PipelineConfiguration
    let summary: RunSummary
    let statistics: RemovalStatistics
    let nearDuplicates: NearDuplicateClusters?
    /// The id of each record number.
    let ids: [String]
    /// Every rejection, in input order.
    let rejections: [Rejection]
    /// How long the run took, up to the reports.
    let seconds: Double

    /// The clusters with their canonical records, in the order of their
    /// first member; similarities rounded as the reports print them.
    var clusters: [ReportOverview.Cluster] {
        guard let nearDuplicates else { return [] }
        return nearDuplicates.clusters.compactMap { cluster in
            guard let canonical = cluster.canonical, let chosen = cluster.members.firstIndex(of: canonical) else {
                return nil
            }
            return ReportOverview.Cluster(
                canonical: ids[canonical], criterion: cluster.reason?.criterion?.rawValue, reason: cluster.reason?.detail,
                members: cluster.members.enumerated().map { position, member in
                    ReportOverview.Cluster.Member(
                        id: ids[member], similarity: ReportEntries.rounded(cluster.similarity(position, chosen)),
                        isCanonical: member == canonical)
                },
                similarities: cluster.members.indices.map { i in
                    cluster.members.indices.map { j in ReportEntries.rounded(cluster.similarity(i, j)) }
                })
        }
    }
}
