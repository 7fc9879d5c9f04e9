/// Everything the reports say about a run besides the per-record entries,
/// as plain values: what `report.json`'s header holds and `report.html`'s
/// summary shows. Built from a finished run (``init(_:)``) or read back
/// from `report.json` (``ReportJSONReader``), so both report writers render
/// the same values either way.
public struct ReportOverview: Sendable, Hashable {
    public struct Counts: Sendable, Hashable {
        public var read = 0
        public var canonical = 0
        public var folded = 0
        /// Folded into canonicals of earlier nights (runs with `--state`).
        public var earlierNight = 0
        public var rejected = 0
        public var clusters = 0
        public var skippedFiles = 0

        public init() {}
    }

    /// How the `dedup` stage was set up and what its band join found.
    public struct Dedup: Sendable, Hashable {
        public var stageIndex: Int
        public var shingleSize: Int
        public var permutations: Int
        public var threshold: Double
        public var bands: Int
        public var rows: Int
        public var seed: Int
        public var candidatePairs: Int
        public var verifiedPairs: Int
        /// The chaining guard's decisions and the refused candidate pairs,
        /// as `report.json` writes them (passed through unchanged).
        public var guardDecisions: JSONValue
    }

    /// One cluster: ids, not record numbers, and the evidence for it.
    public struct Cluster: Sendable, Hashable {
        public struct Member: Sendable, Hashable {
            public var id: String
            /// Estimated Jaccard similarity to the canonical (1 for itself).
            public var similarity: Double
            public var isCanonical: Bool
            /// Mean estimated similarity to the other members.
            public var centrality: Double
            /// How it compared with the canonical; nil for the canonical.
            public var evidence: PairEvidence?
        }

        public var canonical: String
        /// Why the canonical won.
        public var reason: CanonicalReason
        /// Every member, the canonical included, in input order.
        public var members: [Member]
    }

    /// The configuration file the run used.
    public var configurationFile: String
    /// The pipeline as run, every option resolved.
    public var pipeline: JSONValue
    /// The stage names, by stage index.
    public var stageNames: [String]
    public var counts: Counts
    public var statistics: RemovalStatistics
    public var dedup: Dedup?
    public var clusters: [Cluster]
    /// Every rejection, in input order.
    public var rejections: [Rejection]
    /// How long the run took: the one value that differs between two runs
    /// of the same input.
    public var seconds: Double
    /// Where the time went, as `report.json`'s `timing` object (phases,
    /// stages, steps); rendered once by ``ReportEntries/timing(_:)``.
    public var timing: JSONValue
}

extension ReportOverview {
    /// The overview of a finished run.
    init(_ run: RunReport) {
        configurationFile = run.configuration.file
        pipeline = run.configuration.resolved
        stageNames = run.configuration.stages.map { type(of: $0).name }
        counts = Counts()
        counts.read = run.summary.read
        counts.canonical = run.summary.canonical
        counts.folded = run.summary.folded
        counts.earlierNight = run.summary.earlierNight
        counts.rejected = run.summary.rejected
        counts.clusters = run.summary.clusters
        counts.skippedFiles = run.summary.skippedFiles
        statistics = run.statistics
        if let stage = run.configuration.dedup,
            let index = run.configuration.stages.firstIndex(where: { $0 is DedupStage })
        {
            dedup = Dedup(
                stageIndex: index,
                shingleSize: stage.options.shingleSize,
                permutations: stage.options.permutations,
                threshold: stage.options.threshold,
                bands: stage.parameters.bands,
                rows: stage.parameters.rows,
                seed: stage.options.seed,
                candidatePairs: run.nearDuplicates?.candidatePairs ?? 0,
                verifiedPairs: run.nearDuplicates?.verifiedPairs ?? 0,
                guardDecisions: .object(
                    ReportEntries.guardDecisions(run.nearDuplicates ?? DedupOutcome(), ids: run.ids)
                )
            )
        } else {
            dedup = nil
        }
        clusters = run.clusters
        rejections = run.rejections
        seconds = run.timing.seconds
        timing = .object(ReportEntries.timing(run.timing))
    }
}
