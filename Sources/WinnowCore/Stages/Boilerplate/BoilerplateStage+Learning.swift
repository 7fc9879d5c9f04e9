import Logging

/// The `boilerplate` stage's batch part: lines that recur in many articles
/// of one source are that site's furniture (see ``SiteFurniture``). The
/// stage observes each record's lines as its rules found them, learns the recurring ones when the batch is read, and removes them
/// in the next pass with rule `learned:<source>`, noting how many of the
/// source's articles carried each.
extension BoilerplateStage: BatchStage {
    public static let applyChangesText = true

    public var takesPartInBatch: Bool { options.learning.enabled }

    /// The record's lines as they came into the stage: those its rules
    /// left and those they removed (a site's strap line that a rule takes in
    /// one article still counts as carried there, so it is learned for the
    /// articles where no rule takes it).
    public func observe(_ record: StagedRecord, context: StageContext) -> FurnitureObservation? {
        guard let source = record.record.source, case .text(let text) = record.record.content else { return nil }
        var lines = SiteFurniture.lines(of: text)
        for removal in record.removals
        where removal.stageIndex == context.stageIndex && !removal.isTruncated && !removal.text.isEmpty {
            lines += SiteFurniture.lines(of: removal.text)
        }
        return FurnitureObservation(
            source: source,
            lineHashes: SiteFurniture.learnable(lines, maxLength: options.learning.maxLength)
        )
    }

    public func makeTally() -> FurnitureTally { FurnitureTally() }

    public func decide(_ tally: FurnitureTally, context: inout BatchContext) throws(RunError) -> LearnedFurniture {
        var sources = tally.sources
        if let nights = context.earlierNights {
            // Tonight's counts go to the state; the earlier nights' join them
            // here, so a source with few articles tonight is still learned.
            context.observedFurniture = tally.sources.mapValues {
                StoredFurniture(articles: $0.articles, lines: $0.counts.filter { $0.value > 1 })
            }
            let history: [String: StoredFurniture]
            do {
                history = try nights.furniture()
            } catch {
                throw .state(error)
            }
            for (source, stored) in history {
                var counts = sources[source] ?? FurnitureTally.SourceCounts()
                counts.articles += stored.articles
                for (hash, count) in stored.lines { counts.counts[hash, default: 0] += count }
                sources[source] = counts
            }
        }
        var learned: [String: LearnedFurniture.Source] = [:]
        for (source, counts) in sources where counts.articles >= options.learning.minCount {
            let needed = max(Double(options.learning.minCount), options.learning.minShare * Double(counts.articles))
            // Counts may be short by `undercount` (see FurnitureTally).
            let shared = counts.counts.filter { $0.value >= options.learning.minCount }
            guard shared.values.contains(where: { Double($0 + counts.undercount) >= needed }) else { continue }
            learned[source] = LearnedFurniture.Source(
                articles: counts.articles,
                shared: shared,
                needed: needed - Double(counts.undercount)
            )
        }
        let furniture = LearnedFurniture(sources: learned)
        context.logger.info(
            "learned site furniture",
            metadata: ["sources": "\(learned.count)", "lines": "\(furniture.lineCount)"]
        )
        return furniture
    }

    public func apply(
        _ decision: LearnedFurniture,
        to staged: inout StagedRecord,
        context: StageContext
    )
        throws(RecordRejection)
    {
        guard let source = staged.record.source, let learned = decision.sources[source],
            case .text(let text) = staged.record.content
        else { return }
        var editor = TextEditor(text)
        let lines = SiteFurniture.lines(of: editor.bytes)
        let removable = Set(
            SiteFurniture.removable(
                lines,
                maxLength: options.learning.maxLength,
                minCount: options.learning.minCount,
                source: learned
            )
        )
        guard !removable.isEmpty else { return }
        // Blank lines are kept only between two kept lines, one at a time.
        var pendingBlank: Range<Int>?
        var keptAny = false
        for (index, line) in lines.enumerated() {
            if removable.contains(index) {
                let count = learned.shared[line.hash] ?? 0
                editor.remove(
                    line.range,
                    rule: "learned:\(source)",
                    kind: .siteTemplate,
                    text: editor.text(of: line.range).trimmingWhitespace().description,
                    line: line.lineNumber,
                    detail: "in \(count) of \(learned.articles) articles of \(source)"
                )
            } else if line.isBlank {
                if let pending = pendingBlank { editor.drop(pending) }
                pendingBlank = keptAny ? line.range : nil
                if !keptAny { editor.drop(line.range) }
            } else {
                if let pending = pendingBlank { editor.keep(pending) }
                pendingBlank = nil
                editor.keep(line.range)
                keptAny = true
            }
        }
        if let pending = pendingBlank { editor.drop(pending) }
        staged.commit(editor, in: context)
    }
}
