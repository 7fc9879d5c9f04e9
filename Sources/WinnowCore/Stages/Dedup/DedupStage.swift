/// The `dedup` stage: sketches each record (MinHash over word shingles of
/// its text as it is at this point of the pipeline, plus two counts).
///
/// After the last record the batch step joins the sketches by LSH bands,
/// verifies candidate pairs by Jaccard similarity or containment, clusters
/// them with a guard against chaining and picks canonicals (see
/// ``NearDuplicateClusterer``). Only sketches are kept for that, never the
/// texts.
public struct DedupStage: Stage {
    public static let name = "dedup"
    public static let summary =
        "Find near-duplicates, trimmed and typo'd copies included: MinHash over word shingles, LSH bands, Jaccard or containment verified, chaining guarded."

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
        staged.sketch = sketch(of: staged.record.body)
    }

    /// The sketch of a text (the map step); nil for a text without words.
    public func sketch(of text: String) -> DedupSketch? {
        hasher.sketch(of: text, shingler: shingler)
    }

    /// The batch step: verification, clustering and the chaining guard.
    public var clusterer: NearDuplicateClusterer {
        NearDuplicateClusterer(criteria: options.criteria, parameters: parameters)
    }
}
