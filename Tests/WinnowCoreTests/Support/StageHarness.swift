import Testing

@testable import WinnowCore

/// Runs one stage over one record, as the pipeline would at position 0.
struct StageHarness<S: Stage> {
    let stage: S

    init(_ stage: S) {
        self.stage = stage
    }

    init(options: S.Options = S.Options()) {
        stage = S(options: options)
    }

    /// The record after the stage, with its removals.
    func run(_ record: Record) throws(RecordRejection) -> StagedRecord {
        var staged = StagedRecord(record: record)
        try stage.process(&staged, context: StageContext(stageName: S.name, stageIndex: 0))
        return staged
    }

    func run(text: String, title: String? = nil) throws(RecordRejection) -> StagedRecord {
        try run(Record(id: "test", title: title, content: .text(text), origin: "test"))
    }

    func run(html: String, title: String? = nil) throws(RecordRejection) -> StagedRecord {
        try run(Record(id: "test", title: title, content: .html(Markup(html)), origin: "test"))
    }

    /// The lines the stage removes from `text`, each with its rule.
    func removedLines(_ text: String) throws -> [String: String] {
        let staged = try run(text: text)
        return Dictionary(staged.removals.map { ($0.text, $0.rule) }, uniquingKeysWith: { first, _ in first })
    }
}
