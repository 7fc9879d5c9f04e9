/// What the runner hands the reports at the end of a run: the pipeline as
/// run, the counts, removal statistics, clusters and rejections. The
/// reports render it as a ``ReportOverview``; nothing here is JSON yet.
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

    /// The clusters with their canonical records, in the order of their
    /// first member: ids, not record numbers.
    var clusters: [ReportOverview.Cluster] {
        (nearDuplicates?.clusters ?? []).map { cluster in
            ReportOverview.Cluster(
                canonical: ids[cluster.canonical],
                reason: cluster.reason,
                members: cluster.members.map { member in
                    ReportOverview.Cluster.Member(
                        id: ids[member.record],
                        similarity: ReportEntries.rounded(member.evidence?.jaccard ?? 1),
                        isCanonical: member.record == cluster.canonical,
                        centrality: ReportEntries.rounded(member.centrality),
                        evidence: member.evidence
                    )
                }
            )
        }
    }
}
