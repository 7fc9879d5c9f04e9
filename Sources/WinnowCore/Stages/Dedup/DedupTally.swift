/// What the `dedup` stage keeps about one record: its sketch, and what the
/// canonical policy compares (length, date, source), taken at the same
/// point of the pipeline.
public struct DedupObservation: Sendable {
    public var sketch: DedupSketch
    public var features: CanonicalFeatures
}

/// The `dedup` stage's tally: the batch's sketches in flat buffers, indexed
/// by record number (records without a sketch keep an empty slot), and the
/// canonical features beside them, each source name stored once.
public struct DedupTally: BatchTally {
    public private(set) var sketches: SketchTable
    public private(set) var features: [CanonicalFeatures] = []
    private var sources: [String: String] = [:]

    public init(permutations: Int) {
        sketches = SketchTable(permutations: permutations)
    }

    public mutating func add(_ observation: DedupObservation, record: Int) {
        while sketches.count < record {
            sketches.append(nil)
            features.append(CanonicalFeatures(textLength: 0, published: nil, source: nil))
        }
        sketches.append(observation.sketch)
        var features = observation.features
        if let source = features.source {
            if let shared = sources[source] { features.source = shared } else { sources[source] = source }
        }
        self.features.append(features)
    }
}
