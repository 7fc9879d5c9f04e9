import Logging

/// The `dedup` stage: sketches each record (MinHash over word shingles of
/// its text as it is at this point of the pipeline, plus two counts).
///
/// It is a ``BatchStage``: the sketch, with what the canonical policy
/// compares, is its observation (kept, never the text). Its decision joins
/// the sketches by LSH bands, verifies candidate pairs by Jaccard
/// similarity or containment, clusters them with a guard against chaining
/// and picks canonicals with the policy the `canonical` stage offers (see
/// ``NearDuplicateClusterer``), and publishes the outcome for the
/// `canonical` stage and the report.
public struct DedupStage: BatchStage {
    public static let name = "dedup"
    public static let summary =
        "Find near-duplicates, trimmed and typo'd copies included: MinHash over word shingles, LSH bands, Jaccard or containment verified, chaining guarded."

    public static let applyChangesText = false

    public let options: DedupOptions
    public let shingler: WordShingler
    public let hasher: MinHasher
    public let parameters: LSHParameters

    public init(options: DedupOptions) {
        self.options = options
        shingler = WordShingler(size: options.shingleSize)
        hasher = MinHasher(permutations: options.permutations, seed: UInt64(options.seed))
        parameters = options.lshParameters
    }

    public func process(_ staged: inout StagedRecord, context: StageContext) throws(RecordRejection) {}

    public func observe(_ record: StagedRecord, context: StageContext) -> DedupObservation? {
        sketch(of: record.record.body).map {
            DedupObservation(
                sketch: $0,
                features: CanonicalFeatures(of: record.record),
                url: record.record.url,
                published: record.record.published?.literal
            )
        }
    }

    public func makeTally() -> DedupTally { DedupTally(permutations: options.permutations) }

    public func decide(_ tally: DedupTally, context: inout BatchContext) throws(RunError) {
        var table = tally.sketches
        // Records rejected after they were signed take no part.
        for record in context.rejected where record < table.count { table.forget(record) }
        let policy = context.canonicalPolicy ?? CanonicalStage(options: CanonicalOptions())
        var earlier: EarlierNightOutcome?
        if let nights = context.earlierNights {
            // Against history first: a record matching an earlier canonical
            // is that canonical's duplicate and leaves tonight's batch.
            do {
                earlier = try EarlierNightMatcher(verifier: clusterer.verifier).match(table, against: nights)
            } catch {
                throw .state(error)
            }
            context.signedBatch = tally.signedBatch(table)
            for match in earlier?.matches ?? [] { table.forget(match.record) }
        }
        var outcome = clusterer.cluster(
            table,
            chooser: policy.chooser(features: tally.features),
            jobs: context.jobs
        )
        outcome.earlierNights = earlier
        context.nearDuplicates = outcome
        context.logger.info(
            "clustered near-duplicates",
            metadata: [
                "banding": "\(parameters)", "candidatePairs": "\(outcome.candidatePairs)",
                "verifiedPairs": "\(outcome.verifiedPairs)", "clusters": "\(outcome.clusters.count)",
                "chainingDecisions": "\(outcome.chainingDecisions.count)",
                "earlierNightMatches": "\(earlier?.matches.count ?? 0)",
            ]
        )
    }

    public func apply(_ decision: Void, to record: inout StagedRecord, context: StageContext) throws(RecordRejection) {}

    /// The sketch of a text (the map step); nil for a text without words.
    public func sketch(of text: String) -> DedupSketch? {
        hasher.sketch(of: text, shingler: shingler)
    }

    /// The batch step: verification, clustering and the chaining guard.
    public var clusterer: NearDuplicateClusterer {
        NearDuplicateClusterer(criteria: options.criteria, parameters: parameters)
    }
}
