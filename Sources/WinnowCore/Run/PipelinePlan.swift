/// How a run walks a pipeline: passes over the records, cut where a batch
/// stage must decide before the stages after it can go on.
///
/// - A batch stage whose ``BatchStage/applyChangesText`` is true (lines
///   learned from the batch) ends a pass: it decides when the pass is over,
///   and the next pass, over the spooled records, starts by applying its
///   decision.
/// - A batch stage that only decides fates (`dedup`, `canonical`) observes
///   where it stands and decides after the last pass, when every other
///   stage is done and every rejection is known; its decisions apply in a
///   final pass that writes the output.
/// - A pipeline without batch stages is one pass from input to output.
struct PipelinePlan: Sendable {
    struct Pass: Sendable {
        /// Batch stages whose decisions this pass applies first.
        var applies: [Int] = []
        /// The stages that process records in this pass, in order.
        var stages: [Int] = []
        /// Batch stages (among `stages`) that observe records in this pass.
        var observers: [Int] = []
        /// Batch stages that decide when this pass is over.
        var decidesAfter: [Int] = []
    }

    var passes: [Pass]
    /// Fate-deciding batch stages: they decide after the last pass and
    /// apply in the output pass.
    var fateStages: [Int]

    init(stages: [any Stage]) {
        var passes: [Pass] = []
        var current = Pass()
        var fateStages: [Int] = []
        for (index, stage) in stages.enumerated() {
            current.stages.append(index)
            guard let batch = stage as? any BatchStage, batch.takesPartInBatch else { continue }
            current.observers.append(index)
            if type(of: batch).applyChangesText {
                current.decidesAfter.append(index)
                passes.append(current)
                current = Pass(applies: [index])
            } else {
                fateStages.append(index)
            }
        }
        passes.append(current)
        self.passes = passes
        self.fateStages = fateStages
    }

    /// Whether the output is written by a pass of its own, after the fate
    /// decisions; otherwise the last pass writes it.
    var hasOutputPass: Bool { !fateStages.isEmpty }
}
