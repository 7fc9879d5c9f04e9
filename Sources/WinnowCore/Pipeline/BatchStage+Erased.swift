/// A batch stage's tally with the stage's types hidden, so that the runner
/// can hold the tallies of different stages side by side. Used by the
/// runner's consuming task only, one call at a time.
protocol ErasedTally: AnyObject {
    func add(_ observation: any Sendable, record: Int)
    func decide(context: inout BatchContext) throws(RunError) -> any Sendable
}

/// Boxes the tally of stage `S`.
private final class TallyBox<S: BatchStage>: ErasedTally {
    let stage: S
    var tally: S.Tally

    init(stage: S) {
        self.stage = stage
        tally = stage.makeTally()
    }

    func add(_ observation: any Sendable, record: Int) {
        guard let observation = observation as? S.Observation else {
            preconditionFailure("stage '\(S.name)' was given another stage's observation")
        }
        tally.add(observation, record: record)
    }

    func decide(context: inout BatchContext) throws(RunError) -> any Sendable {
        try stage.decide(tally, context: &context)
    }
}

extension BatchStage {
    /// ``observe(_:context:)`` with the observation's type hidden.
    func observeErased(_ record: StagedRecord, context: StageContext) -> (any Sendable)? {
        observe(record, context: context)
    }

    /// An empty tally of this stage, boxed.
    func makeErasedTally() -> any ErasedTally {
        TallyBox(stage: self)
    }

    /// ``apply(_:to:context:)`` with the decision's type hidden.
    func applyErased(
        _ decision: any Sendable,
        to record: inout StagedRecord,
        context: StageContext
    )
        throws(RecordRejection)
    {
        guard let decision = decision as? Decision else {
            preconditionFailure("stage '\(Self.name)' was given another stage's decision")
        }
        try apply(decision, to: &record, context: context)
    }
}
