/// The `canonical` stage: chooses the record that stands for each cluster.
///
/// It is a ``BatchStage`` that observes nothing: before any stage decides
/// it offers its policy to `dedup` (which must pick each cluster's canonical
/// before it guards the cluster against chaining, and compares what it
/// observed: text length, publication time, source); each cluster keeps
/// the member that wins on `prefer`'s criteria in order, ties going to the
/// member read first, so the choice is deterministic. Its own decision
/// turns the clusters into each record's fate. Without this stage in
/// `pipeline.json` the defaults apply.
public struct CanonicalStage: BatchStage {
    public static let name = "canonical"
    public static let summary =
        "Pick one record per cluster: preferred sources, the most central (medoid) version, longest clean text, earliest published."

    /// Centralities closer than this tie. Zero: a copy that adds wrapper
    /// lines to the original agrees with every other member in at most the
    /// bins the original does, so even a small lead is real evidence.
    public static let centralityTie = 0.0

    public static let applyChangesText = false

    public let options: CanonicalOptions

    public init(options: CanonicalOptions) {
        self.options = options
    }

    public func process(_ staged: inout StagedRecord, context: StageContext) throws(RecordRejection) {}

    public func prepare(_ context: inout BatchContext) {
        context.canonicalPolicy = self
    }

    public func observe(_ record: StagedRecord, context: StageContext) -> Never? { nil }

    public func makeTally() -> ObservationList<Never> { ObservationList() }

    /// Each clustered record's fate, by record number.
    public func decide(
        _ tally: ObservationList<Never>,
        context: inout BatchContext
    ) throws(RunError) -> [Int: RecordFate] {
        var fates: [Int: RecordFate] = [:]
        for match in context.nearDuplicates?.earlierNights?.matches ?? [] {
            fates[match.record] = .duplicateOfEarlierNight(
                canonical: match.canonical.id,
                night: match.canonical.night,
                evidence: match.evidence
            )
        }
        for cluster in context.nearDuplicates?.clusters ?? [] {
            let duplicates = cluster.members.map(\.record).filter { $0 != cluster.canonical }
            fates[cluster.canonical] = .canonical(duplicates: duplicates)
            for member in cluster.members where member.record != cluster.canonical {
                fates[member.record] = .duplicate(of: cluster.canonical, similarity: member.evidence?.jaccard ?? 0)
            }
        }
        return fates
    }

    public func apply(
        _ decision: [Int: RecordFate],
        to record: inout StagedRecord,
        context: StageContext
    )
        throws(RecordRejection)
    {
        if let fate = decision[record.number] { record.fate = fate }
    }

    /// The position in `members` of the record to keep.
    ///
    /// - Parameters:
    ///   - members: The features of each member, in input order.
    ///   - centrality: Each member's centrality; all equal when omitted.
    public func choose(among members: [CanonicalFeatures], centrality: [Double]? = nil) -> Int {
        decide(among: members, centrality: centrality ?? Array(repeating: 0, count: members.count)).position
    }

    /// The member to keep and the criterion that put it ahead of the
    /// runner-up.
    public func decide(among members: [CanonicalFeatures], centrality: [Double]) -> CanonicalChoice {
        precondition(!members.isEmpty && members.count == centrality.count, "a cluster has members")
        var best = 0
        for candidate in members.indices.dropFirst()
        where compare(candidate, best, members: members, centrality: centrality).map({ $0.aWins }) == true {
            best = candidate
        }
        var runnerUp: Int?
        for candidate in members.indices where candidate != best {
            guard let current = runnerUp else {
                runnerUp = candidate
                continue
            }
            if compare(candidate, current, members: members, centrality: centrality)?.aWins == true {
                runnerUp = candidate
            }
        }
        guard let runnerUp, let decided = compare(best, runnerUp, members: members, centrality: centrality) else {
            return CanonicalChoice(position: best, reason: .firstRead)
        }
        return CanonicalChoice(position: best, reason: decided.reason)
    }

    /// The first criterion on which `a` and `b` differ: whether `a` wins,
    /// and the reason as seen from the winner; nil when all tie.
    private func compare(
        _ a: Int,
        _ b: Int,
        members: [CanonicalFeatures],
        centrality: [Double]
    )
        -> (aWins: Bool, reason: CanonicalReason)?
    {
        let first = members[a]
        let second = members[b]
        for criterion in options.prefer {
            switch criterion {
            case .preferredSource:
                let rankA = sourceRank(first.source)
                let rankB = sourceRank(second.source)
                if rankA != rankB {
                    return (rankA < rankB, .preferredSource(rank: min(rankA, rankB), runnerUpRank: max(rankA, rankB)))
                }
            case .mostCentral:
                let difference = centrality[a] - centrality[b]
                if abs(difference) > Self.centralityTie {
                    let high = max(centrality[a], centrality[b])
                    let low = min(centrality[a], centrality[b])
                    return (difference > 0, .mostCentral(centrality: high, runnerUp: low))
                }
            case .longestText:
                if first.textLength != second.textLength {
                    let high = max(first.textLength, second.textLength)
                    let low = min(first.textLength, second.textLength)
                    return (first.textLength > second.textLength, .longestText(length: high, runnerUp: low))
                }
            case .earliestPublished:
                switch (first.published, second.published) {
                case (let dateA?, let dateB?) where dateA != dateB:
                    return (
                        dateA < dateB, .earliestPublished(published: min(dateA, dateB), runnerUp: max(dateA, dateB))
                    )
                case (let date?, nil): return (true, .earliestPublished(published: date, runnerUp: nil))
                case (nil, let date?): return (false, .earliestPublished(published: date, runnerUp: nil))
                default: break
                }
            }
        }
        return nil
    }

    private func sourceRank(_ source: String?) -> Int {
        guard let source else { return options.sources.count }
        return options.sources.firstIndex(of: normalizedSource(source)) ?? options.sources.count
    }

    /// This policy over the features of a batch, for the clusterer.
    public func chooser(features: [CanonicalFeatures]) -> CanonicalSelector {
        CanonicalSelector(stage: self, features: features)
    }
}

/// The canonical policy applied to a batch's records, as dedup's
/// ``CanonicalChooser``.
public struct CanonicalSelector: CanonicalChooser {
    public let stage: CanonicalStage
    /// Per record number, what the policy compares.
    public let features: [CanonicalFeatures]

    public func choose(among candidates: [CanonicalCandidate]) -> CanonicalChoice {
        stage.decide(among: candidates.map { features[$0.record] }, centrality: candidates.map(\.centrality))
    }
}

/// What the canonical policy compares about a record.
public struct CanonicalFeatures: Sendable, Hashable {
    /// The cleaned text's length in UTF-8 bytes (constant time to read).
    public var textLength: Int
    public var published: Double?
    public var source: String?

    public init(textLength: Int, published: Double?, source: String?) {
        self.textLength = textLength
        self.published = published
        self.source = source
    }

    public init(of record: Record) {
        self.init(
            textLength: record.body.utf8.count,
            published: record.published?.secondsSince1970,
            source: record.source
        )
    }
}
