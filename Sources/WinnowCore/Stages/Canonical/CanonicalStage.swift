/// The `canonical` stage: chooses the record that stands for each cluster.
///
/// It is a ``BatchStage``: per record it observes what the policy compares
/// (text length at this point of the pipeline, publication time, source);
/// after the `dedup` stage has published its clusters, each cluster keeps
/// the member that wins on `prefer`'s criteria in order, ties going to the
/// member read first, so the choice is deterministic. The others become its
/// duplicates. A pipeline with `dedup` and without this stage gets it with
/// its defaults.
public struct CanonicalStage: BatchStage {
    public static let name = "canonical"
    public static let summary = "Pick one record per cluster: preferred sources, longest clean text, earliest published."
    public static let applyChangesText = false

    public let options: CanonicalOptions

    public init(options: CanonicalOptions) {
        self.options = options
    }

    public func process(_ staged: inout StagedRecord, context: StageContext) throws(RecordRejection) {}

    public func observe(_ record: StagedRecord, context: StageContext) -> CanonicalFeatures? {
        CanonicalFeatures(of: record.record)
    }

    public func makeTally() -> ObservationList<CanonicalFeatures> { ObservationList() }

    /// Each clustered record's fate, by record number.
    public func decide(_ tally: ObservationList<CanonicalFeatures>, context: inout BatchContext) throws(RunError)
        -> [Int: RecordFate]
    {
        guard var published = context.nearDuplicates else { return [:] }
        var fates: [Int: RecordFate] = [:]
        for (number, cluster) in published.clusters.enumerated() {
            let features = cluster.members.map { member in
                lookup(member, in: tally) ?? CanonicalFeatures(textLength: 0, published: nil, source: nil)
            }
            let (chosen, reason) = choose(among: features)
            let canonical = cluster.members[chosen]
            published.clusters[number].canonical = canonical
            published.clusters[number].reason = reason
            fates[canonical] = .canonical(duplicates: cluster.members.filter { $0 != canonical })
            for (position, member) in cluster.members.enumerated() where member != canonical {
                fates[member] = .duplicate(of: canonical, similarity: cluster.similarity(position, chosen))
            }
        }
        context.nearDuplicates = published
        return fates
    }

    public func apply(_ decision: [Int: RecordFate], to record: inout StagedRecord, context: StageContext)
        throws(RecordRejection)
    {
        if let fate = decision[record.number] { record.fate = fate }
    }

    private func lookup(_ number: Int, in tally: ObservationList<CanonicalFeatures>) -> CanonicalFeatures? {
        var low = 0
        var high = tally.records.count
        while low < high {
            let middle = (low + high) / 2
            if tally.records[middle] < number { low = middle + 1 } else { high = middle }
        }
        return low < tally.records.count && tally.records[low] == number ? tally.observations[low] : nil
    }

    /// The position in `members` of the record to keep, and why.
    ///
    /// - Parameter members: The features of each member, in input order.
    public func choose(among members: [CanonicalFeatures]) -> (Int, CanonicalReason) {
        precondition(!members.isEmpty, "a cluster has members")
        var best = 0
        for candidate in members.indices.dropFirst() where isBetter(members[candidate], than: members[best]) {
            best = candidate
        }
        let deciding = options.prefer.first { criterion in
            members.indices.contains { $0 != best && isBetter(members[best], than: members[$0], on: criterion) }
        }
        return (best, reason(for: best, among: members, criterion: deciding))
    }

    /// The first criterion on which `a` and `b` differ.
    private func decidingCriterion(_ a: CanonicalFeatures, _ b: CanonicalFeatures) -> CanonicalOptions.Criterion? {
        options.prefer.first { criterion in isBetter(a, than: b, on: criterion) || isBetter(b, than: a, on: criterion) }
    }

    private func isBetter(_ a: CanonicalFeatures, than b: CanonicalFeatures) -> Bool {
        guard let criterion = decidingCriterion(a, b) else { return false }
        return isBetter(a, than: b, on: criterion)
    }

    private func isBetter(_ a: CanonicalFeatures, than b: CanonicalFeatures, on criterion: CanonicalOptions.Criterion) -> Bool {
        switch criterion {
        case .preferredSource:
            return sourceRank(a.source) < sourceRank(b.source)
        case .longestText:
            return a.textLength > b.textLength
        case .earliestPublished:
            switch (a.published, b.published) {
            case (let dateA?, let dateB?): return dateA < dateB
            case (.some, nil): return true
            default: return false
            }
        }
    }

    private func reason(for best: Int, among members: [CanonicalFeatures], criterion: CanonicalOptions.Criterion?)
        -> CanonicalReason
    {
        let winner = members[best]
        let others = members.indices.filter { $0 != best }.map { members[$0] }
        switch criterion {
        case nil:
            return CanonicalReason(criterion: nil, detail: "every criterion tied; the record read first won")
        case .preferredSource?:
            return CanonicalReason(
                criterion: .preferredSource, detail: "source \(winner.source ?? "unknown") is preferred in 'sources'")
        case .longestText?:
            let longestOther = others.map(\.textLength).max() ?? 0
            return CanonicalReason(
                criterion: .longestText,
                detail: "\(winner.textLength) characters of text; the others have at most \(longestOther)")
        case .earliestPublished?:
            return CanonicalReason(criterion: .earliestPublished, detail: "published first")
        }
    }

    private func sourceRank(_ source: String?) -> Int {
        guard let source else { return options.sources.count }
        return options.sources.firstIndex(of: normalizedSource(source)) ?? options.sources.count
    }
}

/// What the canonical policy compares about a record.
public struct CanonicalFeatures: Sendable, Hashable {
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
            textLength: record.body.count, published: record.published?.secondsSince1970, source: record.source)
    }
}
