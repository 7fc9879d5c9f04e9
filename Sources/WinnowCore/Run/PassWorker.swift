/// Runs one pass of the pipeline over one record, on a worker task: the
/// decisions to apply, then the pass's stages, noting each observing batch
/// stage's observation right after its own `process`.
struct PassWorker: Sendable {
    /// What became of a record in this pass.
    enum Outcome: Sendable {
        /// The record goes on; `observations` are by stage index.
        case kept(StagedRecord, observations: [(stage: Int, observation: any Sendable)])
        /// A stage rejected it; `staged` is the record as it was then.
        case rejected(Rejection, stageIndex: Int?, staged: StagedRecord)
    }

    let stages: [any Stage]
    let pass: PipelinePlan.Pass
    /// Decisions to apply, by stage index.
    let decisions: [Int: any Sendable]
    /// The pipeline has a stage that turns HTML into text.
    let hasHTMLStage: Bool
    /// The configuration file, for messages.
    let configurationFile: String

    /// Runs the pass over one record, adding each stage's time to
    /// `timing` (laps of `lap`, which the caller started).
    func run(_ staged: StagedRecord, lap: inout Lap, timing: inout WorkTiming) -> Outcome {
        var staged = staged
        if !hasHTMLStage, case .html = staged.record.content {
            return reject(
                staged,
                "the record is HTML but the pipeline has no 'html' stage to turn it into text; add {\"stage\": \"html\"} to \(configurationFile)",
                at: nil
            )
        }
        for index in pass.applies {
            guard let stage = stages[index] as? any BatchStage, let decision = decisions[index] else { continue }
            defer { timing.stages[index] += lap.lap() }
            do {
                try stage.applyErased(decision, to: &staged, context: context(index))
            } catch {
                return reject(staged, error.reason, at: index)
            }
            staged.syncLineage()
            if let emptied = emptied(staged) { return emptied }
        }
        var observations: [(stage: Int, observation: any Sendable)] = []
        for index in pass.stages {
            let stage = stages[index]
            let context = context(index)
            defer { timing.stages[index] += lap.lap() }
            do {
                try stage.process(&staged, context: context)
            } catch {
                return reject(staged, error.reason, at: index)
            }
            staged.syncLineage()
            if let emptied = emptied(staged) { return emptied }
            if pass.observers.contains(index), let batch = stage as? any BatchStage,
                let observation = batch.observeErased(staged, context: context)
            {
                observations.append((index, observation))
            }
        }
        return .kept(staged, observations: observations)
    }

    private func context(_ index: Int) -> StageContext {
        StageContext(stageName: type(of: stages[index]).name, stageIndex: index)
    }

    /// The rejection of a record no text is left of.
    private func emptied(_ staged: StagedRecord) -> Outcome? {
        guard Self.isBlank(staged.record.body) else { return nil }
        let last = staged.removals.last
        let culprit = last.map { " (the last removal was by stage '\($0.stage)', rule '\($0.rule)')" } ?? ""
        return reject(staged, "no text left after cleaning\(culprit)", at: last?.stageIndex)
    }

    /// Whether `text` is empty or whitespace only, as
    /// `trimmingWhitespace().isEmpty` tells, answered from the first
    /// ASCII byte that is not white space when there is one (a character
    /// is white space by its first scalar, and such a byte either starts
    /// a character or follows a scalar that is not white space), so a text
    /// with words is answered without walking its characters.
    static func isBlank(_ text: String) -> Bool {
        var text = text
        let hasASCIIWord = text.withUTF8 { utf8 in
            utf8.contains { byte in
                byte < 0x80 && byte != 0x20 && !(0x09...0x0D).contains(byte)
            }
        }
        return hasASCIIWord ? false : text.trimmingWhitespace().isEmpty
    }

    private func reject(_ staged: StagedRecord, _ reason: String, at stageIndex: Int?) -> Outcome {
        .rejected(
            Rejection(id: staged.record.id, reason: reason, input: staged.record.origin),
            stageIndex: stageIndex,
            staged: staged
        )
    }
}
