/// Options of the `dedup` stage.
///
/// The defaults were chosen by measurement on syndicated copies of real
/// articles (trimmed, typo'd, wrapped, re-headlined, full pages) and on
/// template-sharing short stories; see the README's dedup section.
public struct DedupOptions: StageOptions {
    public var shingleSize = 5
    public var permutations = 128
    public var threshold = 0.8
    public var containment = 0.75
    public var minimumContainedWords = 40
    public var shortContainedShare = 0.25
    public var editedThreshold = 0.4
    public var editGapWords = 3
    public var minimumBlockWords = 15
    public var candidateThreshold = 0.3
    public var bands: Int?
    public var rows: Int?
    public var seed = 1

    public init() {}

    private static let unitInterval = NumberRange(lower: 0, lowerIncluded: false, upper: 1, upperIncluded: true)

    public static var fields: [OptionField<DedupOptions>] {
        [
            .integer("shingleSize", \.shingleSize, in: 1...64, "Words per shingle."),
            .integer(
                "permutations",
                \.permutations,
                in: 1...8192,
                "MinHash bins (signature length); the batch keeps 4 bytes per bin per record."
            ),
            .number(
                "threshold",
                \.threshold,
                in: unitInterval,
                "Estimated Jaccard similarity of shingle sets at or above which two records are near-duplicates."
            ),
            .number(
                "containment",
                \.containment,
                in: NumberRange(lower: 0, lowerIncluded: false, upper: 2, upperIncluded: true),
                "Share of the shorter text inside the longer at or above which they are near-duplicates (a trimmed or wrapped copy); above 1 turns it off."
            ),
            .integer(
                "minimumContainedWords",
                \.minimumContainedWords,
                in: 1...100_000,
                "Words the shorter text needs to count as contained, so a one-line brief never folds into a long story."
            ),
            .number(
                "shortContainedShare",
                \.shortContainedShare,
                in: NumberRange(lower: 0, lowerIncluded: false, upper: 2, upperIncluded: true),
                "A shorter text under minimumContainedWords (but at least half of it) still counts as contained when it is at least this share of the longer text: a short story with wrapper lines around it, not a brief taken from a long story; above 1 turns it off."
            ),
            .number(
                "editedThreshold",
                \.editedThreshold,
                in: NumberRange(lower: 0, lowerIncluded: false, upper: 2, upperIncluded: true),
                "Typo tolerance: estimated Jaccard similarity at or above which two records match when all the text either holds alone is scattered single-word edits (typos, junk tokens); above 1 turns it off."
            ),
            .integer(
                "editGapWords",
                \.editGapWords,
                in: 0...64,
                "Typo tolerance: word edits at most this many words apart count as one edit; a longer stretch of text only one side holds is different text."
            ),
            .integer(
                "minimumBlockWords",
                \.minimumBlockWords,
                in: 0...100_000,
                "Template guard: a pair is refused when each text has its own stretch of at least this many words (different stories in one site template); 0 turns it off."
            ),
            .number(
                "candidateThreshold",
                \.candidateThreshold,
                in: unitInterval,
                "Jaccard similarity the LSH bands are tuned to catch; lower finds more trimmed copies and costs more verification."
            ),
            .optionalInteger(
                "bands",
                \.bands,
                in: 1...8192,
                "LSH bands; null picks bands and rows that best fit candidateThreshold."
            ),
            .optionalInteger("rows", \.rows, in: 1...8192, "Signature values per band; null derives it."),
            .integer("seed", \.seed, in: 0...Int.max, "Seed of the hash functions; equal seeds give equal signatures."),
        ]
    }

    public func validate(at path: JSONPath) throws(ConfigurationError) {
        let parameters = lshParameters
        if parameters.bands * parameters.rows > permutations {
            throw ConfigurationError(
                at: path.appending(bands != nil ? "bands" : "rows"),
                .conflict(
                    "bands × rows = \(parameters.bands) × \(parameters.rows) = \(parameters.bands * parameters.rows) exceeds permutations (\(permutations))"
                )
            )
        }
        if candidateThreshold > threshold {
            throw ConfigurationError(
                at: path.appending("candidateThreshold"),
                .conflict(
                    "candidateThreshold (\(candidateThreshold)) is above threshold (\(threshold)), so LSH would miss pairs verification accepts"
                )
            )
        }
    }

    /// The banding the stage uses: as configured, one of the two derived
    /// from the other, or the best fit for the candidate threshold.
    public var lshParameters: LSHParameters {
        switch (bands, rows) {
        case (let bands?, let rows?): LSHParameters(bands: bands, rows: rows)
        case (let bands?, nil): LSHParameters(bands: bands, rows: max(1, permutations / bands))
        case (nil, let rows?): LSHParameters(bands: max(1, permutations / rows), rows: rows)
        case (nil, nil): LSHParameters.optimal(threshold: candidateThreshold, permutations: permutations)
        }
    }

    /// The verification rule these options describe.
    public var criteria: DuplicateCriteria {
        DuplicateCriteria(
            threshold: threshold,
            containment: containment,
            minimumContainedWords: minimumContainedWords,
            shortContainedShare: shortContainedShare,
            minimumBlockShingles: minimumBlockWords,
            editedThreshold: editedThreshold,
            maximumEditShingles: shingleSize + editGapWords
        )
    }
}
