/// The `canonical` stage: chooses the record that stands for each cluster.
///
/// Per record it notes what the policy compares (text length here, at this
/// point of the pipeline; publication time; source). After clustering, each
/// cluster keeps the member that wins on `prefer`'s criteria in order, ties
/// going to the member read first, so the choice is deterministic. Without
/// this stage in `pipeline.json` the defaults apply.
public struct CanonicalStage: Stage {
    public static let name = "canonical"
    public static let summary = "Pick one record per cluster: preferred sources, longest clean text, earliest published."

    public let options: CanonicalOptions

    public init(options: CanonicalOptions) {
        self.options = options
    }

    public func process(_ staged: inout StagedRecord, context: StageContext) throws(RecordRejection) {
        staged.canonicalFeatures = CanonicalFeatures(of: staged.record)
    }

    /// The position in `members` of the record to keep.
    ///
    /// - Parameter members: The features of each member, in input order.
    public func choose(among members: [CanonicalFeatures]) -> Int {
        precondition(!members.isEmpty, "a cluster has members")
        var best = 0
        for candidate in members.indices.dropFirst() where isBetter(members[candidate], than: members[best]) {
            best = candidate
        }
        return best
    }

    private func isBetter(_ a: CanonicalFeatures, than b: CanonicalFeatures) -> Bool {
        for criterion in options.prefer {
            switch criterion {
            case .preferredSource:
                let rankA = sourceRank(a.source)
                let rankB = sourceRank(b.source)
                if rankA != rankB { return rankA < rankB }
            case .longestText:
                if a.textLength != b.textLength { return a.textLength > b.textLength }
            case .earliestPublished:
                switch (a.published, b.published) {
                case (let dateA?, let dateB?) where dateA != dateB: return dateA < dateB
                case (.some, nil): return true
                case (nil, .some): return false
                default: break
                }
            }
        }
        return false
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
