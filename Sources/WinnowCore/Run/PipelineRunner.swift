public import Logging
import Foundation

/// Runs a pipeline over a batch of input and writes the four output files.
///
/// The run streams in passes (see ``PipelinePlan``): records are read in
/// input order, parsed and processed by the stages on up to `jobs` worker
/// tasks, and delivered back in input order; between passes they wait in a
/// binary spool on disk. Batch stages keep only their observations. The
/// last pass applies the fate decisions and writes `records.jsonl`,
/// `rejected.jsonl` and the report entries; the reports are rendered from
/// typed values at the end. Every input record ends up exactly once: as a
/// canonical record, in some canonical's `duplicates`, or in
/// `rejected.jsonl`.
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
        let started = ContinuousClock.now
        let inputPlan = try InputPlan.resolve(request.inputs)
        for skipped in inputPlan.skippedFiles {
            logger.debug("skipping a file winnow does not read", metadata: ["file": "\(skipped)"])
        }
        let output = try OutputFiles(directory: request.outputDirectory)
        let stages = configuration.executionStages
        let plan = PipelinePlan(stages: stages)
        logger.info(
            "running pipeline",
            metadata: [
                "configuration": "\(configuration.file)",
                "stages": "\(stages.map { type(of: $0).name }.joined(separator: ","))",
                "passes": "\(plan.passes.count + (plan.hasOutputPass ? 1 : 0))", "sources": "\(inputPlan.sources.count)",
                "jobs": "\(request.jobs)",
            ])

        var ledger = RunLedger(stageNames: configuration.stages.map { type(of: $0).name })
        var tallies: [Int: any ErasedTally] = [:]
        for pass in plan.passes {
            for index in pass.observers {
                if let batch = stages[index] as? any BatchStage { tallies[index] = batch.makeErasedTally() }
            }
        }
        var decisions: [Int: any Sendable] = [:]
        var context = BatchContext(ids: [], logger: logger)
        for stage in stages {
            if let batch = stage as? any BatchStage, batch.takesPartInBatch { batch.prepare(&context) }
        }

        var passes = plan.passes
        if plan.hasOutputPass { passes.append(PipelinePlan.Pass(applies: plan.fateStages)) }
        var input: PassInput = .records(InputChunker(plan: inputPlan))
        for (number, pass) in passes.enumerated() {
            let writesOutput = number == passes.count - 1
            if writesOutput, plan.hasOutputPass {
                progress?(ledger.progress(.deciding, passes: passes.count, pass: number))
                context.ids = ledger.ids
                context.rejected = ledger.rejectedNumbers
                for index in plan.fateStages {
                    if let tally = tallies.removeValue(forKey: index) { decisions[index] = try tally.decide(context: &context) }
                }
            }
            let worker = PassWorker(
                stages: stages, pass: pass, decisions: decisions, hasHTMLStage: configuration.hasHTMLStage,
                configurationFile: configuration.file)
            let spool = writesOutput ? nil : try FrameFileWriter(path: output.workFile("pass-\(number).spool"))
            let isFirst = number == 0
            let ids = ledger.ids
            try await forEachInOrder(
                jobs: request.jobs,
                next: { () throws(RunError) -> PassChunk? in try input.next() },
                transform: { chunk in
                    PassChunk.process(chunk, with: worker, writesOutput: writesOutput, ids: ids)
                },
                consume: { (result: ChunkResult) throws(RunError) in
                    for (position, entry) in result.entries.enumerated() {
                        var entry = entry
                        var frame = result.frames.isEmpty ? nil : position
                        if isFirst, let rejection = ledger.register(entry) {
                            entry.step = .finished(rejection, recordLine: nil)
                            frame = nil
                        }
                        switch entry.step {
                        case .live(let observations):
                            for (stage, observation) in observations {
                                tallies[stage]?.add(observation, record: entry.number)
                            }
                        case .finished(let report, let line):
                            if case .rejected = report.outcome { ledger.rejectedNumbers.insert(entry.number) }
                            if writesOutput {
                                try ledger.write(report, recordLine: line, to: output)
                            }
                        }
                        let target = writesOutput ? output.reportSpool : spool
                        if let target {
                            if let frame {
                                try target.append(result.frames, frameAt: frame)
                            } else if case .finished(let report, _) = entry.step {
                                var block = FrameBlock()
                                if writesOutput { block.append(report) } else { block.append(SpooledItem.finished(report)) }
                                try target.append(block)
                            }
                        }
                    }
                    progress?(ledger.progress(.processing, passes: passes.count, pass: number, input: input))
                })
            if !pass.decidesAfter.isEmpty {
                progress?(ledger.progress(.deciding, passes: passes.count, pass: number))
                context.ids = ledger.ids
                context.rejected = ledger.rejectedNumbers
                for index in pass.decidesAfter {
                    if let tally = tallies.removeValue(forKey: index) { decisions[index] = try tally.decide(context: &context) }
                }
            }
            if let spool { input = .spool(try spool.reader(framesPerBlock: InputChunker.recordsPerChunk)) }
        }

        progress?(ledger.progress(.writing, passes: passes.count, pass: passes.count - 1))
        let summary = ledger.summary(
            clusters: context.nearDuplicates?.clusters.count ?? 0, skippedFiles: inputPlan.skippedFiles.count,
            outputDirectory: request.outputDirectory)
        let report = RunReport(
            configuration: configuration, summary: summary, statistics: ledger.statistics,
            nearDuplicates: context.nearDuplicates, ids: ledger.ids, rejections: ledger.rejections,
            seconds: (ContinuousClock.now - started).seconds)
        try ReportWriter(output: output).write(report)
        try output.commit()
        logger.info(
            "run finished",
            metadata: [
                "read": "\(summary.read)", "canonical": "\(summary.canonical)", "folded": "\(summary.folded)",
                "rejected": "\(summary.rejected)",
            ])
        return summary
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
