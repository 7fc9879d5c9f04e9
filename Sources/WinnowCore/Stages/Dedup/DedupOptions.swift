/// Options of the `dedup` stage.
public struct DedupOptions: StageOptions {
    public var shingleSize = 5
    public var permutations = 128
    public var threshold = 0.8
    public var bands: Int?
    public var rows: Int?
    public var seed = 1

    public init() {}

    public static var fields: [OptionField<DedupOptions>] {
        [
            .integer("shingleSize", \.shingleSize, in: 1...64, "Words per shingle."),
            .integer("permutations", \.permutations, in: 1...8192, "MinHash permutations (signature length)."),
            .number(
                "threshold", \.threshold, in: NumberRange(lower: 0, lowerIncluded: false, upper: 1, upperIncluded: true),
                "Jaccard similarity of shingle sets at or above which two records are near-duplicates."),
            .optionalInteger(
                "bands", \.bands, in: 1...8192,
                "LSH bands; null picks bands and rows that best fit the threshold."),
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
                ))
        }
    }

    /// The banding the stage uses: as configured, one of the two derived
    /// from the other, or the best fit for the threshold.
    public var lshParameters: LSHParameters {
        switch (bands, rows) {
        case (let bands?, let rows?): LSHParameters(bands: bands, rows: rows)
        case (let bands?, nil): LSHParameters(bands: bands, rows: max(1, permutations / bands))
        case (nil, let rows?): LSHParameters(bands: max(1, permutations / rows), rows: rows)
        case (nil, nil): LSHParameters.optimal(threshold: threshold, permutations: permutations)
        }
    }
}
