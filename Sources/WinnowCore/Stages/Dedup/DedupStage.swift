import Logging

/// The `dedup` stage: signs each record with MinHash over word shingles of
/// its text as it is at this point of the pipeline, and after the last
/// record clusters the near-duplicates.
///
/// It is a ``BatchStage``: the signature is its observation (kept, never
/// the text); the decision joins signatures by LSH bands, verifies
/// candidate pairs against `threshold` and clusters them (see
/// ``NearDuplicateClusterer``), and publishes the clusters for the
/// `canonical` stage, which picks the record each cluster keeps.
public struct DedupStage: BatchStage {
    public static let name = "dedup"
    public static let summary = "Find near-duplicates: MinHash over word shingles, LSH banding, verified pairs, union-find."
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

    public func observe(_ record: StagedRecord, context: StageContext) -> MinHashSignature? {
        hasher.signature(of: shingler.shingles(record.record.body))
    }

    public func makeTally() -> ObservationList<MinHashSignature> { ObservationList() }

    public func decide(_ tally: ObservationList<MinHashSignature>, context: inout BatchContext) throws(RunError) {
        // Records rejected after they were signed take no part.
        let result = clusterer.cluster(
            tally.records.indices.map { context.rejected.contains(tally.records[$0]) ? nil : tally.observations[$0] })
        var clusters: [NearDuplicateClusters.Cluster] = []
        for positions in result.clusters {
            var similarities: [Double] = []
            similarities.reserveCapacity(positions.count * positions.count)
            for a in positions {
                for b in positions {
                    similarities.append(a == b ? 1 : tally.observations[a].estimatedJaccard(with: tally.observations[b]))
                }
            }
            clusters.append(
                NearDuplicateClusters.Cluster(members: positions.map { tally.records[$0] }, similarities: similarities))
        }
        context.nearDuplicates = NearDuplicateClusters(
            clusters: clusters, candidatePairs: result.candidatePairs, verifiedPairs: result.verifiedPairs)
        context.logger.info(
            "clustered near-duplicates",
            metadata: [
                "banding": "\(parameters)", "candidatePairs": "\(result.candidatePairs)",
                "verifiedPairs": "\(result.verifiedPairs)", "clusters": "\(clusters.count)",
            ])
    }

    public func apply(_ decision: Void, to record: inout StagedRecord, context: StageContext) throws(RecordRejection) {}

    /// The batch step: clusters of near-duplicate records.
    public var clusterer: NearDuplicateClusterer {
        NearDuplicateClusterer(threshold: options.threshold, parameters: parameters)
    }
}
