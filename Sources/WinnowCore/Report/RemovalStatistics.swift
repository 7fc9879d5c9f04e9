/// Totals of what the run removed: per stage and rule (with a few sample
/// texts), per kind of noise and per source, and the characters kept, so
/// the report can say what share of the text that came in was noise.
///
/// Filled from each record's ``RecordReport`` in input order, so the
/// samples (the first texts each rule removed) do not depend on `--jobs`.
public struct RemovalStatistics: Sendable, Hashable {
    public struct Counts: Sendable, Hashable {
        /// Removal entries.
        public var removals = 0
        public var recordsTouched = 0
        public var linesRemoved = 0
        public var charactersRemoved = 0

        public init(removals: Int = 0, recordsTouched: Int = 0, linesRemoved: Int = 0, charactersRemoved: Int = 0) {
            self.removals = removals
            self.recordsTouched = recordsTouched
            self.linesRemoved = linesRemoved
            self.charactersRemoved = charactersRemoved
        }

        mutating func add(_ removal: Removal) {
            removals += 1
            linesRemoved += removal.lines
            charactersRemoved += removal.characters
        }
    }

    /// One rule of one stage.
    public struct RuleCounts: Sendable, Hashable {
        public var kind: RemovalKind
        public var counts = Counts()
        /// The first few non-empty texts the rule removed, in input order.
        public var samples: [String] = []

        public init(kind: RemovalKind, counts: Counts = Counts(), samples: [String] = []) {
            self.kind = kind
            self.counts = counts
            self.samples = samples
        }

        /// Counts one removal; `firstInRecord` when it is the rule's first
        /// in its record. Its text becomes a sample while there are fewer
        /// than ``RemovalStatistics/samplesPerRule`` different ones.
        mutating func add(_ removal: Removal, firstInRecord: Bool) {
            counts.add(removal)
            if firstInRecord { counts.recordsTouched += 1 }
            if samples.count < RemovalStatistics.samplesPerRule, !removal.text.isEmpty, !samples.contains(removal.text)
            {
                samples.append(removal.text)
            }
        }
    }

    public struct StageCounts: Sendable, Hashable {
        public let index: Int
        public let stage: String
        public var total = Counts()
        public var recordsRejected = 0
        public var rules: [String: RuleCounts] = [:]

        public init(index: Int, stage: String) {
            self.index = index
            self.stage = stage
        }
    }

    /// One source (outlet): its records, their fates and what was removed.
    public struct SourceCounts: Sendable, Hashable {
        public var records = 0
        public var canonical = 0
        public var folded = 0
        public var rejected = 0
        public var removal = Counts()
        public var charactersKept = 0

        public init() {}
    }

    /// Sample texts kept per rule.
    public static let samplesPerRule = 3

    public internal(set) var stages: [StageCounts]
    public internal(set) var kinds: [RemovalKind: Counts] = [:]
    /// By source; records without a source are under the empty string.
    public internal(set) var sources: [String: SourceCounts] = [:]
    /// Characters removed by every stage.
    public internal(set) var charactersRemoved = 0
    /// Characters of text left in the records when they finished.
    public internal(set) var charactersKept = 0

    public init(stageNames: [String]) {
        stages = stageNames.enumerated().map { StageCounts(index: $0.offset, stage: $0.element) }
    }

    /// The characters that came in, as removed plus kept.
    public var charactersIn: Int { charactersRemoved + charactersKept }

    /// The share of the text that came in that was removed (0 when none).
    public var removedShare: Double {
        charactersIn == 0 ? 0 : Double(charactersRemoved) / Double(charactersIn)
    }

    /// Adds one finished record.
    public mutating func add(_ report: RecordReport) {
        add(report.removals)
        charactersKept += report.keptCharacters
        var source = sources[report.source ?? "", default: SourceCounts()]
        source.records += 1
        switch report.outcome {
        case .canonical: source.canonical += 1
        case .duplicate, .earlierNight: source.folded += 1
        case .rejected: source.rejected += 1
        }
        for removal in report.removals { source.removal.add(removal) }
        if !report.removals.isEmpty { source.removal.recordsTouched += 1 }
        source.charactersKept += report.keptCharacters
        sources[report.source ?? ""] = source
    }

    /// Adds one record's removals.
    mutating func add(_ removals: [Removal]) {
        // A record touches few stages and kinds: arrays beat sets here.
        var touchedStages: [Int] = []
        var touchedRules = Set<StageRule>()
        var touchedKinds: [RemovalKind] = []
        for removal in removals {
            let index = removal.stageIndex
            charactersRemoved += removal.characters
            stages[index].total.add(removal)
            let firstInRecord = touchedRules.insert(StageRule(stage: index, rule: removal.rule)).inserted
            // Changed in place in the dictionary: no copy of the samples.
            stages[index].rules[removal.rule, default: RuleCounts(kind: removal.kind)].add(
                removal,
                firstInRecord: firstInRecord
            )
            if !touchedStages.contains(index) {
                touchedStages.append(index)
                stages[index].total.recordsTouched += 1
            }
            kinds[removal.kind, default: Counts()].add(removal)
            if !touchedKinds.contains(removal.kind) {
                touchedKinds.append(removal.kind)
                kinds[removal.kind, default: Counts()].recordsTouched += 1
            }
        }
    }

    private struct StageRule: Hashable {
        var stage: Int
        var rule: String
    }

    mutating func addRejection(atStage index: Int) {
        stages[index].recordsRejected += 1
    }
}
