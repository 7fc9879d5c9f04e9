/// The `dedup` stage: signs each record with MinHash over word shingles of
/// its text as it is at this point of the pipeline.
///
/// After the last record the runner joins the signatures by LSH bands,
/// verifies candidate pairs against `threshold` and clusters them (see
/// ``NearDuplicateClusterer``). Only signatures are kept for that, never
/// the texts.
public struct DedupStage: Stage {
    public static let name = "dedup"
    public static let summary = "Find near-duplicates: MinHash over word shingles, LSH banding, verified pairs, union-find."

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

    public func process(_ staged: inout StagedRecord, context: StageContext) throws(RecordRejection) {
        staged.signature = hasher.signature(of: shingler.shingles(staged.record.body))
    }

    /// The batch step: clusters of near-duplicate records.
    public var clusterer: NearDuplicateClusterer {
        NearDuplicateClusterer(threshold: options.threshold, parameters: parameters)
    }
}
