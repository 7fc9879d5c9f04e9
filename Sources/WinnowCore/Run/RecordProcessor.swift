/// Runs every stage of a pipeline over one record.
struct RecordProcessor: Sendable {
    enum Outcome: Sendable {
        case kept(StagedRecord)
        /// `stageIndex` is nil when the record was rejected while reading.
        case rejected(Rejection, stageIndex: Int?)
    }

    let configuration: PipelineConfiguration

    func process(_ item: InputItem) -> Outcome {
        switch item {
        case .rejection(let rejection): .rejected(rejection, stageIndex: nil)
        case .record(let record): process(record)
        }
    }

    func process(_ record: Record) -> Outcome {
        var staged = StagedRecord(record: record)
        for (index, stage) in configuration.stages.enumerated() {
            let context = StageContext(stageName: type(of: stage).name, stageIndex: index)
            do {
                try stage.process(&staged, context: context)
            } catch {
                return .rejected(Rejection(id: record.id, reason: error.reason, input: record.origin), stageIndex: index)
            }
        }
        if case .html = staged.record.content {
            return .rejected(
                Rejection(
                    id: record.id,
                    reason: "the record is HTML but the pipeline has no 'html' stage to turn it into text; add {\"stage\": \"html\"} to \(configuration.file)",
                    input: record.origin), stageIndex: nil)
        }
        if staged.record.body.trimmingWhitespace().isEmpty {
            let culprit = staged.removals.last.map { " (the last removal was by stage '\($0.stage)', rule '\($0.rule)')" } ?? ""
            return .rejected(
                Rejection(id: record.id, reason: "no text left after cleaning\(culprit)", input: record.origin),
                stageIndex: staged.removals.last?.stageIndex)
        }
        if staged.canonicalFeatures == nil { staged.canonicalFeatures = CanonicalFeatures(of: staged.record) }
        return .kept(staged)
    }

    /// Processes a chunk of items on up to `jobs` tasks; outcomes keep the
    /// chunk's order.
    func process(_ items: [InputItem], jobs: Int) async -> [Outcome] {
        guard jobs > 1, items.count > 1 else { return items.map(process) }
        let sliceSize = (items.count + jobs - 1) / jobs
        let slices = stride(from: 0, to: items.count, by: sliceSize).map { $0..<min($0 + sliceSize, items.count) }
        return await withTaskGroup(of: (Int, [Outcome]).self) { group in
            for (number, range) in slices.enumerated() {
                group.addTask { (number, items[range].map(process)) }
            }
            var parts = [[Outcome]](repeating: [], count: slices.count)
            for await (number, outcomes) in group { parts[number] = outcomes }
            return parts.flatMap { $0 }
        }
    }
}
