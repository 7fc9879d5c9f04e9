/// What to run on, and where to write.
public struct RunRequest: Sendable {
    public var inputs: [InputLocation]
    public var outputDirectory: String
    /// Records processed in parallel (at least 1).
    public var jobs: Int

    public init(inputs: [InputLocation], outputDirectory: String, jobs: Int) {
        self.inputs = inputs
        self.outputDirectory = outputDirectory
        self.jobs = max(1, jobs)
    }
}

/// How a run went; every input record is in exactly one of `canonical`,
/// `folded` and `rejected`.
public struct RunSummary: Sendable, Equatable {
    /// Input records read (including those rejected).
    public var read: Int
    public var canonical: Int
    /// Records folded into a canonical as its duplicates.
    public var folded: Int
    public var rejected: Int
    /// Clusters with two or more members.
    public var clusters: Int
    /// Files in input directories that are not .txt, .html, .htm or .jsonl.
    public var skippedFiles: Int
    public var outputDirectory: String
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
    /// Input bytes read so far, during the first pass.
    public var bytesRead: Int?
}
