/// What to run on, and where to write.
public struct RunRequest: Sendable {
    public var inputs: [InputLocation]
    public var outputDirectory: String
    /// Records processed in parallel (at least 1).
    public var jobs: Int
    /// The largest record read; larger ones are rejected unread.
    public var limits: InputLimits
    /// The nightly state to deduplicate against and commit to, if any.
    public var nightly: NightlyRun?

    public init(
        inputs: [InputLocation],
        outputDirectory: String,
        jobs: Int,
        limits: InputLimits = InputLimits(),
        nightly: NightlyRun? = nil
    ) {
        self.inputs = inputs
        self.outputDirectory = outputDirectory
        self.jobs = max(1, jobs)
        self.limits = limits
        self.nightly = nightly
    }
}

/// How a run went; every input record is in exactly one of `canonical`,
/// `folded`, `earlierNight` and `rejected`.
public struct RunSummary: Sendable, Equatable {
    /// Input records read (including those rejected).
    public var read: Int
    public var canonical: Int
    /// Records folded into a canonical as its duplicates.
    public var folded: Int
    /// Records folded into canonicals of earlier nights (`duplicates.jsonl`).
    public var earlierNight: Int = 0
    public var rejected: Int
    /// Clusters with two or more members.
    public var clusters: Int
    /// Files in input directories that are not .txt, .html, .htm or .jsonl.
    public var skippedFiles: Int
    public var outputDirectory: String
    /// Where the time went, the reports included.
    public var timing: RunTiming
}

/// Where a run is, for a progress display.
public struct RunProgress: Sendable, Equatable {
    public enum Phase: Sendable, Equatable {
        /// Records are going through the stages of a pass.
        case processing
        /// Batch stages are deciding over the whole batch.
        case deciding
        /// The reports are being written.
        case writing
    }

    public var phase: Phase
    /// The pass under way (1-based) and how many the pipeline needs.
    public var pass: Int
    public var passes: Int
    public var recordsRead: Int
    public var recordsRejected: Int
    /// Records through the current pass so far.
    public var recordsDone: Int
    /// Records the current pass will see, when known (after the first).
    public var recordsTotal: Int?
    /// Input bytes read so far, during the first pass.
    public var bytesRead: Int?
    /// The size of all input files, when known (not for standard input).
    public var bytesTotal: Int?
    /// Seconds since the current pass (or phase) began.
    public var elapsed: Double

    /// How much of the current pass is done, from 0 to 1, when known.
    public var fraction: Double? {
        if let bytesRead, let bytesTotal, bytesTotal > 0 { return min(1, Double(bytesRead) / Double(bytesTotal)) }
        if bytesRead == nil, let recordsTotal, recordsTotal > 0 {
            return min(1, Double(recordsDone) / Double(recordsTotal))
        }
        return nil
    }

    /// Seconds the current pass still needs at its pace so far, when known.
    public var secondsLeft: Double? {
        guard phase == .processing, let fraction, fraction >= 0.005, elapsed > 0.5 else { return nil }
        return elapsed * (1 - fraction) / fraction
    }

    /// Records per second in the current pass.
    public var recordsPerSecond: Double { elapsed > 0 ? Double(recordsDone) / elapsed : 0 }

    /// Input megabytes (10⁶ bytes) per second, during the first pass.
    public var megabytesPerSecond: Double? {
        guard let bytesRead, elapsed > 0 else { return nil }
        return Double(bytesRead) / 1e6 / elapsed
    }
}
