@testable import WinnowCore

/// The sample corpus in `data/`, read and run through the first stages.
enum SampleRecords {
    /// Every good record of `data/`, as read.
    static func read() throws -> [Record] {
        let plan = try InputPlan.resolve([.path(Fixtures.dataDirectory)])
        var reader = RecordReader(plan: plan)
        var records: [Record] = []
        while let item = reader.next() {
            if case .record(let record) = item { records.append(record) }
        }
        return records
    }

    /// Every good record of `data/`, after the default `html` stage.
    static func afterHTMLStage() throws -> [Record] {
        let html = StageHarness<HTMLStage>()
        return try read().map { try html.run($0).record }
    }
}
