/// A named, configurable step of the pipeline.
///
/// Every stage processes records one at a time, in the order `pipeline.json`
/// lists the stages, so a run streams. Stages that work on the whole batch
/// (`dedup`, `canonical`) compute here only the small per-record facts they
/// need later (a signature, the policy's features); the runner does the
/// batch part after the last record.
///
/// A new stage is one type conforming to this protocol, one line in
/// ``StageRegistry/builtIn`` and its tests.
public protocol Stage: Sendable {
    associatedtype Options: StageOptions

    /// The name used in `pipeline.json`, for example `"boilerplate"`.
    static var name: String { get }
    /// One line for `winnow stages`.
    static var summary: String { get }

    /// The validated options this stage was built with.
    var options: Options { get }

    init(options: Options)

    /// Processes one record in place.
    ///
    /// - Throws: ``RecordRejection`` when the record cannot go on; it is
    ///   then written to `rejected.jsonl` with the reason.
    func process(_ record: inout StagedRecord, context: StageContext) throws(RecordRejection)
}

extension Stage {
    /// The stage's options as JSON, defaults filled in: what the run used.
    public var resolvedOptions: JSONObject { options.rendered(stageName: Self.name) }
}
