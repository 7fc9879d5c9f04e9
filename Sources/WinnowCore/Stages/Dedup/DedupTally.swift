/// What the `dedup` stage keeps about one record: its sketch, and what the
/// canonical policy compares (length, date, source), taken at the same
/// point of the pipeline.
public struct DedupObservation: Sendable {
    public var sketch: DedupSketch
    public var features: CanonicalFeatures
    /// What a nightly store keeps beside the sketch of a canonical.
    public var url: String?
    public var published: String?
}

/// The `dedup` stage's tally: the batch's sketches in flat buffers, indexed
/// by record number (records without a sketch keep an empty slot), and the
/// canonical features beside them, each source name stored once.
public struct DedupTally: BatchTally {
    public private(set) var sketches: SketchTable
    public private(set) var features: [CanonicalFeatures] = []
    public private(set) var urls: [String?] = []
    public private(set) var published: [String?] = []
    private var sources: [String: String] = [:]

    public init(permutations: Int) {
        sketches = SketchTable(permutations: permutations)
    }

    /// The batch as a nightly store sees it.
    func signedBatch(_ sketches: SketchTable) -> SignedBatch {
        SignedBatch(sketches: sketches, sources: features.map(\.source), urls: urls, published: published)
    }

    public mutating func add(_ observation: DedupObservation, record: Int) {
        while sketches.count < record {
            sketches.append(nil)
            features.append(CanonicalFeatures(textLength: 0, published: nil, source: nil))
            urls.append(nil)
            published.append(nil)
        }
        urls.append(observation.url)
        published.append(observation.published)
        sketches.append(observation.sketch)
        var features = observation.features
        if let source = features.source {
            if let shared = sources[source] { features.source = shared } else { sources[source] = source }
        }
        self.features.append(features)
    }
}
