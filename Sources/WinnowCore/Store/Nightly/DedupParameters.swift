/// The dedup parameters that fix signatures and band keys: a state built
/// with one set cannot be matched against signatures of another.
public struct DedupParameters: Sendable, Hashable {
    public var shingleSize: Int
    public var permutations: Int
    public var seed: Int
    public var bands: Int
    public var rows: Int

    public init(shingleSize: Int, permutations: Int, seed: Int, bands: Int, rows: Int) {
        self.shingleSize = shingleSize
        self.permutations = permutations
        self.seed = seed
        self.bands = bands
        self.rows = rows
    }

    /// The parameters of a dedup stage.
    public init(of stage: DedupStage) {
        self.init(
            shingleSize: stage.options.shingleSize,
            permutations: stage.options.permutations,
            seed: stage.options.seed,
            bands: stage.parameters.bands,
            rows: stage.parameters.rows
        )
    }

    /// Each value, named as in pipeline.json's dedup options.
    public var named: [(name: String, value: Int)] {
        [
            ("shingleSize", shingleSize), ("permutations", permutations), ("seed", seed), ("bands", bands),
            ("rows", rows),
        ]
    }

    /// The values that differ from `other`'s: name, this value, the other.
    public func differences(from other: DedupParameters) -> [(name: String, mine: Int, theirs: Int)] {
        zip(named, other.named).compactMap { mine, theirs in
            mine.value == theirs.value ? nil : (mine.name, mine.value, theirs.value)
        }
    }
}
