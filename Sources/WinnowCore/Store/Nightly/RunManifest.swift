/// What the state keeps about one completed run.
public struct RunManifest: Sendable, Hashable {
    public var night: String
    /// `completed`, or `rerun` when it replaced an earlier run of the night.
    public var status: String
    /// ISO 8601, UTC.
    public var started: String
    public var finished: String
    /// SHA-256 of the pipeline configuration file's bytes.
    public var configurationHash: String
    /// SHA-256 over the input files' paths, sizes and modification times.
    public var inputFingerprint: String
    public var read: Int
    public var canonical: Int
    public var folded: Int
    /// Records folded into canonicals of earlier nights.
    public var earlierNightDuplicates: Int
    public var rejected: Int
    /// Seconds per stage (process and decide added up), by stage name.
    public var stageSeconds: [StageSeconds]

    public struct StageSeconds: Sendable, Hashable {
        public var stage: String
        public var seconds: Double

        public init(stage: String, seconds: Double) {
            self.stage = stage
            self.seconds = seconds
        }
    }

    public init(
        night: String,
        status: String,
        started: String,
        finished: String,
        configurationHash: String,
        inputFingerprint: String,
        read: Int,
        canonical: Int,
        folded: Int,
        earlierNightDuplicates: Int,
        rejected: Int,
        stageSeconds: [StageSeconds]
    ) {
        self.night = night
        self.status = status
        self.started = started
        self.finished = finished
        self.configurationHash = configurationHash
        self.inputFingerprint = inputFingerprint
        self.read = read
        self.canonical = canonical
        self.folded = folded
        self.earlierNightDuplicates = earlierNightDuplicates
        self.rejected = rejected
        self.stageSeconds = stageSeconds
    }
}

/// What `winnow state` shows.
public struct StateOverview: Sendable {
    /// Bytes on disk of the store's files.
    public var bytes: Int
    public var parameters: DedupParameters?
    public var nights: [Night]
    public var canonicalsPerSource: [(source: String?, count: Int)]
    /// The most recent runs, newest first.
    public var lastRuns: [RunManifest]

    public struct Night: Sendable, Hashable {
        public var label: String
        public var sequence: Int
        public var canonicals: Int
    }

    public init(
        bytes: Int,
        parameters: DedupParameters?,
        nights: [Night],
        canonicalsPerSource: [(source: String?, count: Int)],
        lastRuns: [RunManifest]
    ) {
        self.bytes = bytes
        self.parameters = parameters
        self.nights = nights
        self.canonicalsPerSource = canonicalsPerSource
        self.lastRuns = lastRuns
    }
}
