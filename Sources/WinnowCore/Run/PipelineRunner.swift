import Foundation
public import Logging

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
        _ request: RunRequest,
        logger: Logger,
        progress: (@Sendable (RunProgress) -> Void)? = nil
    ) async throws(RunError) -> RunSummary {
        let started = ContinuousClock.now
        // The state is checked before any input is read or output written.
        let configuration =
            try request.nightly.map { nightly throws(RunError) in
                try NightlySession.adapting(self.configuration, to: nightly, logger: logger)
            } ?? self.configuration
        let nightly = try request.nightly.map { nightly throws(RunError) in
            try NightlySession(nightly, configuration: configuration)
        }
        let inputPlan = try InputPlan.resolve(request.inputs)
        for skipped in inputPlan.skippedFiles {
            logger.debug("skipping a file winnow does not read", metadata: ["file": "\(skipped)"])
        }
        let output = try OutputFiles(directory: request.outputDirectory, withDuplicates: nightly != nil)
        let stages = configuration.executionStages
        let plan = PipelinePlan(stages: stages)
        logger.info(
            "running pipeline",
            metadata: [
                "configuration": "\(configuration.file)",
                "stages": "\(stages.map { type(of: $0).name }.joined(separator: ","))",
                "passes": "\(plan.passes.count + (plan.hasOutputPass ? 1 : 0))",
                "sources": "\(inputPlan.sources.count)",
                "jobs": "\(request.jobs)",
            ]
        )

        var ledger = RunLedger(stageNames: configuration.stages.map { type(of: $0).name })
        var timing = RunTiming(stageNames: stages.map { type(of: $0).name }, jobs: request.jobs)
        var tallies: [Int: any ErasedTally] = [:]
        for pass in plan.passes {
            for index in pass.observers {
                if let batch = stages[index] as? any BatchStage { tallies[index] = batch.makeErasedTally() }
            }
        }
        var decisions: [Int: any Sendable] = [:]
        var context = BatchContext(ids: [], logger: logger, earlierNights: nightly?.earlierNights)
        context.jobs = request.jobs
        for stage in stages {
            if let batch = stage as? any BatchStage, batch.takesPartInBatch { batch.prepare(&context) }
        }
        let bytesTotal = inputPlan.totalBytes()

        /// Runs the decisions of `indices` over the batch, timing each.
        func decide(_ indices: [Int], pass: Int, passes: Int) throws(RunError) {
            let phaseStarted = ContinuousClock.now
            progress?(
                RunProgress(
                    phase: .deciding,
                    pass: pass + 1,
                    passes: passes,
                    recordsRead: ledger.ids.count,
                    recordsRejected: ledger.rejectedNumbers.count,
                    recordsDone: 0,
                    recordsTotal: ledger.ids.count,
                    elapsed: 0
                )
            )
            context.ids = ledger.ids
            context.rejected = ledger.rejectedNumbers
            for index in indices {
                let started = ContinuousClock.now
                if let tally = tallies.removeValue(forKey: index) {
                    decisions[index] = try tally.decide(context: &context)
                }
                timing.stages[index].decideSeconds += (ContinuousClock.now - started).seconds
            }
            timing.phases.append(.init(name: "decide", seconds: (ContinuousClock.now - phaseStarted).seconds))
        }

        var passes = plan.passes
        if plan.hasOutputPass { passes.append(PipelinePlan.Pass(applies: plan.fateStages)) }
        let chunker = InputChunker(plan: inputPlan, limits: request.limits)
        var input: PassInput = .records(chunker)
        for (number, pass) in passes.enumerated() {
            let writesOutput = number == passes.count - 1
            if writesOutput, plan.hasOutputPass { try decide(plan.fateStages, pass: number, passes: passes.count) }
            let worker = PassWorker(
                stages: stages,
                pass: pass,
                decisions: decisions,
                hasHTMLStage: configuration.hasHTMLStage,
                configurationFile: configuration.file
            )
            let spool = writesOutput ? nil : try FrameFileWriter(path: output.workFile("pass-\(number).spool"))
            let isFirst = number == 0
            let ids = ledger.ids
            let passStarted = ContinuousClock.now
            var done = 0
            var reading = Duration.zero
            try await forEachInOrder(
                jobs: request.jobs,
                next: { () throws(RunError) -> PassChunk? in
                    let started = ContinuousClock.now
                    defer { reading += ContinuousClock.now - started }
                    return try input.next()
                },
                transform: { chunk in
                    PassChunk.process(chunk, with: worker, writesOutput: writesOutput, ids: ids)
                },
                consume: { (result: ChunkResult) throws(RunError) in
                    timing.add(result.timing)
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
                                if writesOutput {
                                    block.append(report)
                                } else {
                                    block.append(SpooledItem.finished(report))
                                }
                                try target.append(block)
                            }
                        }
                    }
                    done += result.entries.count
                    progress?(
                        RunProgress(
                            phase: .processing,
                            pass: number + 1,
                            passes: passes.count,
                            recordsRead: ledger.ids.count,
                            recordsRejected: ledger.rejectedNumbers.count,
                            recordsDone: done,
                            recordsTotal: isFirst ? nil : ledger.ids.count,
                            bytesRead: input.bytesRead,
                            bytesTotal: isFirst ? bytesTotal : nil,
                            elapsed: (ContinuousClock.now - passStarted).seconds
                        )
                    )
                }
            )
            timing.reading += reading.seconds
            let name = writesOutput && plan.hasOutputPass ? "output pass" : "pass \(number + 1)"
            timing.phases.append(.init(name: name, seconds: (ContinuousClock.now - passStarted).seconds))
            if !pass.decidesAfter.isEmpty { try decide(pass.decidesAfter, pass: number, passes: passes.count) }
            if let spool { input = .spool(try spool.reader(framesPerBlock: InputChunker.recordsPerChunk)) }
        }

        progress?(
            RunProgress(
                phase: .writing,
                pass: passes.count,
                passes: passes.count,
                recordsRead: ledger.ids.count,
                recordsRejected: ledger.rejectedNumbers.count,
                recordsDone: 0,
                recordsTotal: ledger.ids.count,
                elapsed: 0
            )
        )
        timing.seconds = (ContinuousClock.now - started).seconds
        var summary = ledger.summary(
            clusters: context.nearDuplicates?.clusters.count ?? 0,
            skippedFiles: inputPlan.skippedFiles.count,
            outputDirectory: request.outputDirectory,
            timing: timing
        )
        let report = RunReport(
            configuration: configuration,
            summary: summary,
            statistics: ledger.statistics,
            nearDuplicates: context.nearDuplicates,
            ids: ledger.ids,
            rejections: ledger.rejections,
            timing: timing
        )
        let reportsStarted = ContinuousClock.now
        try await ReportWriter(output: output).write(report, jobs: request.jobs)
        if let nightly {
            // The state commits first, in one transaction; the outputs are
            // renamed only after it, so a crash anywhere leaves the state as
            // before or after the run and a rerun of the night redoes it all.
            try output.finish()
            nightly.reach(.beforeCommit)
            try nightly.commit(
                canonicalNumbers: ledger.canonicalNumbers,
                ids: ledger.ids,
                batch: context.signedBatch,
                furniture: context.observedFurniture,
                summary: summary,
                configuration: configuration,
                inputPlan: inputPlan
            )
            nightly.reach(.afterCommit)
        }
        try output.commit(afterFirst: { nightly?.reach(.duringRename) })
        summary.timing.phases.append(.init(name: "reports", seconds: (ContinuousClock.now - reportsStarted).seconds))
        summary.timing.seconds = (ContinuousClock.now - started).seconds
        logger.info(
            "run finished",
            metadata: [
                "read": "\(summary.read)", "canonical": "\(summary.canonical)", "folded": "\(summary.folded)",
                "rejected": "\(summary.rejected)", "timing": "\(summary.timing.summaryLine)",
            ]
        )
        return summary
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
