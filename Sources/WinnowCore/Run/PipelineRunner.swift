public import Logging
import Foundation

/// Runs a pipeline over a batch of input and writes the four output files.
///
/// The run streams: records are read in input order, processed in parallel
/// chunks by every stage, and spooled to disk; only ids, signatures and
/// canonical features stay in memory. After the last record the batch step
/// clusters near-duplicates and picks canonicals, then the spools are
/// replayed into `records.jsonl`, `report.json` and `report.html`. Every
/// input record ends up exactly once: as a canonical record, in some
/// canonical's `duplicates`, or in `rejected.jsonl`.
public struct PipelineRunner: Sendable {
    public let configuration: PipelineConfiguration

    public init(configuration: PipelineConfiguration) {
        self.configuration = configuration
    }

    /// Runs the pipeline.
    ///
    /// - Parameters:
    ///   - request: The inputs, the output directory and the parallelism.
    ///   - logger: Where the run logs.
    ///   - progress: Called after each chunk of records and at each phase.
    /// - Throws: ``RunError`` when an input path cannot be read or the
    ///   output cannot be written; in both cases before any output file
    ///   appears under its real name.
    public func run(
        _ request: RunRequest, logger: Logger, progress: (@Sendable (RunProgress) -> Void)? = nil
    ) async throws(RunError) -> RunSummary {
        let plan = try InputPlan.resolve(request.inputs)
        for skipped in plan.skippedFiles {
            logger.debug("skipping a file winnow does not read", metadata: ["file": "\(skipped)"])
        }
        let output = try OutputFiles(directory: request.outputDirectory)
        let stageNames = configuration.stages.map { type(of: $0).name }
        logger.info(
            "running pipeline",
            metadata: [
                "configuration": "\(configuration.file)", "stages": "\(stageNames.joined(separator: ","))",
                "sources": "\(plan.sources.count)", "jobs": "\(request.jobs)",
            ])

        var reader = RecordReader(plan: plan)
        let processor = RecordProcessor(configuration: configuration)
        var batch = BatchCollector(permutations: configuration.dedup?.options.permutations ?? 1)
        var statistics = RemovalStatistics(stageNames: stageNames)
        var rejections: [Rejection] = []
        var read = 0
        let chunkSize = request.jobs * 64
        while true {
            var chunk: [InputItem] = []
            while chunk.count < chunkSize, let item = reader.next() { chunk.append(item) }
            guard !chunk.isEmpty else { break }
            read += chunk.count
            for outcome in await processor.process(chunk, jobs: request.jobs) {
                switch outcome {
                case .rejected(let rejection, let stageIndex):
                    rejections.append(rejection)
                    if let stageIndex { statistics.addRejection(atStage: stageIndex) }
                    try output.rejected.writeLine(ReportEntries.rejection(rejection).serialized())
                    logger.debug("rejected a record", metadata: ["input": "\(rejection.input)", "reason": "\(rejection.reason)"])
                case .kept(let staged):
                    statistics.add(staged.removals)
                    batch.add(staged)
                    try output.recordSpool.append(ReportEntries.recordPrefix(staged.record))
                    try output.removalSpool.append(ReportEntries.removalsPrefix(staged))
                }
            }
            progress?(RunProgress(phase: .processing, recordsRead: read, recordsRejected: rejections.count))
        }

        progress?(RunProgress(phase: .clustering, recordsRead: read, recordsRejected: rejections.count))
        let canonical = configuration.canonical ?? CanonicalStage(options: CanonicalOptions())
        let clustering = batch.cluster(dedup: configuration.dedup, canonical: canonical)
        if let dedup = configuration.dedup {
            logger.info(
                "clustered near-duplicates",
                metadata: [
                    "banding": "\(dedup.parameters)", "candidatePairs": "\(clustering.candidatePairs)",
                    "verifiedPairs": "\(clustering.verifiedPairs)", "clusters": "\(clustering.clusters.count)",
                ])
        }

        progress?(RunProgress(phase: .writing, recordsRead: read, recordsRejected: rejections.count))
        let summary = RunSummary(
            read: read, canonical: batch.count - clustering.foldedCount, folded: clustering.foldedCount,
            rejected: rejections.count, clusters: clustering.clusters.count, skippedFiles: plan.skippedFiles.count,
            outputDirectory: request.outputDirectory)
        let report = ReportSummary(
            configuration: configuration, summary: summary, statistics: statistics, clustering: clustering,
            ids: batch.ids, rejections: rejections)
        try writeOutputs(output, report: report)
        try output.commit()
        logger.info(
            "run finished",
            metadata: [
                "read": "\(summary.read)", "canonical": "\(summary.canonical)", "folded": "\(summary.folded)",
                "rejected": "\(summary.rejected)",
            ])
        return summary
    }

    /// Replays the spools into `records.jsonl`, `report.json` and
    /// `report.html`.
    private func writeOutputs(_ output: OutputFiles, report: ReportSummary) throws(RunError) {
        let duplicates = report.clustering.duplicatesByCanonical
        let jsonReport = ReportJSONWriter(file: output.report)
        let htmlReport = ReportHTMLWriter(file: output.reportHTML)
        try jsonReport.writeHeader(report)
        try htmlReport.writeHeader(report)
        let records = try output.recordSpool.reader()
        let removals = try output.removalSpool.reader()
        for index in 0..<report.ids.count {
            guard let recordLine = try readSpoolLine(records), let removalLine = try readSpoolLine(removals) else {
                throw .outputUnwritable(path: output.directory, reason: "a work file ended early")
            }
            if report.clustering.canonicalOf[index] == index {
                let folded = (duplicates[index] ?? []).map { report.ids[$0] }
                try output.records.writeLine(recordLine + ReportEntries.recordSuffix(duplicates: folded))
            }
            let fate = report.fate(of: index, duplicates: duplicates)
            try jsonReport.writeRecord(prefix: removalLine, fate: fate, isFirst: index == 0)
            if let entry = try? JSONParser.parse(removalLine + "}").objectValue {
                try htmlReport.writeRecord(entry: entry, fate: fate)
            }
        }
        try jsonReport.writeFooter(recordCount: report.ids.count)
        try htmlReport.writeFooter()
    }

    private func readSpoolLine(_ reader: LineReader) throws(RunError) -> String? {
        do {
            return try reader.nextLine().map { String(decoding: $0, as: UTF8.self) }
        } catch {
            throw .outputUnwritable(path: "work file", reason: error.localizedDescription)
        }
    }
}
