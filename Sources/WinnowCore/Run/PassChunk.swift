/// Where a pass reads its records: the input, or the spool of the pass
/// before.
enum PassInput {
    case records(InputChunker)
    case spool(FrameFileReader)

    func next() throws(RunError) -> PassChunk? {
        switch self {
        case .records(let chunker):
            return chunker.next().map(PassChunk.input)
        case .spool(let reader):
            return try reader.nextBlock().map(PassChunk.spooled)
        }
    }

    /// Input bytes read so far (the first pass only).
    var bytesRead: Int? {
        if case .records(let chunker) = self { chunker.bytesRead } else { nil }
    }
}

/// A chunk of records for one pass, before the worker parses it.
enum PassChunk: Sendable {
    case input(InputChunk)
    case spooled(FrameBlock)

    /// Runs `worker` over every record of the chunk, on a worker task.
    static func process(_ chunk: PassChunk, with worker: PassWorker, writesOutput: Bool, ids: [String]) -> ChunkResult {
        var result = ChunkResult(stageCount: worker.stages.count)
        var lap = Lap()
        switch chunk {
        case .input(let input):
            for index in input.items.indices {
                let number = input.firstNumber + index
                let item = input.parse(index)
                result.timing.parse += lap.lap()
                switch item {
                case .record(let record):
                    let identity = (record.id, record.origin)
                    let staged = StagedRecord(record: record, number: number)
                    let outcome = worker.run(staged, lap: &lap, timing: &result.timing)
                    add(outcome, number: number, identity: identity, to: &result, writesOutput: writesOutput, ids: ids)
                    result.timing.encode += lap.lap()
                case .rejection(let rejection):
                    let report = RecordReport(unread: rejection, number: number)
                    let identity = rejection.id.map { ($0, rejection.input) }
                    finish(
                        report,
                        line: nil,
                        number: number,
                        identity: identity,
                        to: &result,
                        writesOutput: writesOutput
                    )
                    result.timing.encode += lap.lap()
                }
            }
        case .spooled(let block):
            for index in 0..<block.count {
                let item: SpooledItem
                do {
                    item = try block.decode(SpooledItem.self, at: index)
                } catch {
                    preconditionFailure("a work file written by this run does not decode at byte \(error.offset)")
                }
                result.timing.decode += lap.lap()
                switch item {
                case .live(let staged):
                    let outcome = worker.run(staged, lap: &lap, timing: &result.timing)
                    add(
                        outcome,
                        number: staged.number,
                        identity: nil,
                        to: &result,
                        writesOutput: writesOutput,
                        ids: ids
                    )
                    result.timing.encode += lap.lap()
                case .finished(let report):
                    finish(
                        report,
                        line: nil,
                        number: report.number,
                        identity: nil,
                        to: &result,
                        writesOutput: writesOutput
                    )
                    result.timing.encode += lap.lap()
                }
            }
        }
        result.timing.scale(by: lap.cpuScale())
        return result
    }

    private static func add(
        _ outcome: PassWorker.Outcome,
        number: Int,
        identity: (id: String, origin: String)?,
        to result: inout ChunkResult,
        writesOutput: Bool,
        ids: [String]
    ) {
        switch outcome {
        case .kept(let staged, let observations):
            guard writesOutput else {
                result.entries.append(
                    .init(number: number, identity: identity, step: .live(observations: observations))
                )
                result.frames.append(SpooledItem.live(staged))
                return
            }
            let report: RecordReport
            var line: [UInt8]?
            switch staged.fate {
            case .canonical(let duplicates):
                let duplicateIDs = duplicates.map { ids[$0] }
                report = RecordReport(staged, outcome: .canonical(duplicates: duplicateIDs))
                line = RecordLine.canonical(staged.record, duplicates: duplicateIDs)
            case .duplicate(let canonical, let similarity):
                report = RecordReport(staged, outcome: .duplicate(of: ids[canonical], similarity: similarity))
            case .duplicateOfEarlierNight(let canonical, let night, let evidence):
                report = RecordReport(
                    staged,
                    outcome: .earlierNight(of: canonical, night: night, similarity: evidence.jaccard)
                )
                line = RecordLine.earlierNightDuplicate(
                    id: staged.record.id,
                    canonical: canonical,
                    night: night,
                    evidence: evidence
                )
            }
            finish(report, line: line, number: number, identity: identity, to: &result, writesOutput: true)
        case .rejected(let rejection, let stageIndex, let staged):
            let report = RecordReport(staged, outcome: .rejected(reason: rejection.reason, stageIndex: stageIndex))
            finish(report, line: nil, number: number, identity: identity, to: &result, writesOutput: writesOutput)
        }
    }

    private static func finish(
        _ report: RecordReport,
        line: [UInt8]?,
        number: Int,
        identity: (id: String, origin: String)?,
        to result: inout ChunkResult,
        writesOutput: Bool
    ) {
        result.entries.append(.init(number: number, identity: identity, step: .finished(report, recordLine: line)))
        if writesOutput { result.frames.append(report) } else { result.frames.append(SpooledItem.finished(report)) }
    }
}

extension RecordReport {
    /// The report of a record as the stages left it.
    init(_ staged: StagedRecord, outcome: Outcome) {
        self.init(
            number: staged.number,
            id: staged.record.id,
            input: staged.record.origin,
            title: staged.record.title,
            source: staged.record.source,
            originalText: staged.lineage?.original,
            removals: staged.removals,
            keptCharacters: staged.record.body.characterCount,
            outcome: outcome
        )
        if isClustered { cleanedText = staged.record.body }
    }

    /// The report of input that was rejected before it became a record.
    init(unread rejection: Rejection, number: Int) {
        self.init(
            number: number,
            id: rejection.key,
            input: rejection.input,
            title: nil,
            source: nil,
            originalText: nil,
            removals: [],
            outcome: .rejected(reason: rejection.reason, stageIndex: nil)
        )
    }
}
