/// What the consuming side of a run keeps while records stream past: the
/// id of every record number, which records were rejected, the counts and
/// removal statistics, and the output lines it writes in input order.
struct RunLedger {
    /// The id of each record number (an input location for input rejected
    /// before it had one).
    private(set) var ids: [String] = []
    var rejectedNumbers = Set<Int>()
    private var identity = RecordIdentity()
    private(set) var statistics: RemovalStatistics
    /// Every rejection, in input order (filled by the output pass).
    private(set) var rejections: [Rejection] = []
    private(set) var canonical = 0
    private(set) var folded = 0
    /// Records folded into canonicals of earlier nights.
    private(set) var earlierNight = 0
    /// The record numbers written as canonical, ascending.
    private(set) var canonicalNumbers: [Int] = []

    init(stageNames: [String]) {
        statistics = RemovalStatistics(stageNames: stageNames)
    }

    /// Notes the id of a record of the first pass; returns the report that
    /// rejects it when its id repeats an earlier record's.
    mutating func register(_ entry: ChunkResult.Entry) -> RecordReport? {
        precondition(entry.number == ids.count, "records of the first pass arrive in input order")
        guard let (id, origin) = entry.identity else {
            if case .finished(let report, _) = entry.step { ids.append(report.id) } else { ids.append("") }
            return nil
        }
        ids.append(id)
        let probe = Record(id: id, content: .text(""), origin: origin)
        guard case .rejection(let rejection) = identity.check(.record(probe)) else { return nil }
        rejectedNumbers.insert(entry.number)
        return RecordReport(unread: rejection, number: entry.number)
    }

    /// Writes a finished record to the output: its `records.jsonl` line when
    /// canonical, its `rejected.jsonl` line when rejected.
    mutating func write(_ report: RecordReport, recordLine: [UInt8]?, to output: OutputFiles) throws(RunError) {
        statistics.add(report)
        switch report.outcome {
        case .canonical:
            canonical += 1
            canonicalNumbers.append(report.number)
            if let recordLine {
                try output.records.write(bytes: recordLine)
                try output.records.write(bytes: [0x0A])
            }
        case .duplicate:
            folded += 1
        case .earlierNight:
            earlierNight += 1
            if let recordLine, let duplicates = output.duplicates {
                try duplicates.write(bytes: recordLine)
                try duplicates.write(bytes: [0x0A])
            }
        case .rejected(let reason, let stageIndex):
            let rejection = Rejection(id: report.id, reason: reason, input: report.input)
            rejections.append(rejection)
            if let stageIndex { statistics.addRejection(atStage: stageIndex) }
            try output.rejected.write(bytes: RecordLine.rejected(rejection))
            try output.rejected.write(bytes: [0x0A])
        }
    }

    func summary(clusters: Int, skippedFiles: Int, outputDirectory: String, timing: RunTiming) -> RunSummary {
        RunSummary(
            read: ids.count,
            canonical: canonical,
            folded: folded,
            earlierNight: earlierNight,
            rejected: rejections.count,
            clusters: clusters,
            skippedFiles: skippedFiles,
            outputDirectory: outputDirectory,
            timing: timing
        )
    }
}
