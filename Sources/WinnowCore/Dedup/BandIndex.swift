/// The band join of LSH: groups records whose signatures agree on a whole
/// band, and lists the candidate pairs.
///
/// This is the shuffle step of a sharded run: ``bandKeys(of:)`` is the map
/// side (it needs only one signature), and the buckets can be built on any
/// machine from the emitted `(band, key, record)` triples.
public struct BandIndex: Sendable {
    public let parameters: LSHParameters
    /// One dictionary per band: bucket key → record numbers, ascending.
    private var buckets: [[UInt64: [Int32]]]

    /// Buckets larger than this are joined as a star around their first
    /// member plus a chain, not as all pairs, so one huge bucket (a template
    /// shared by thousands of pages) cannot make the join quadratic.
    public static let allPairsLimit = 64

    public init(parameters: LSHParameters) {
        self.parameters = parameters
        buckets = Array(repeating: [:], count: parameters.bands)
    }

    /// The bucket key of each band of `signature`.
    public func bandKeys(of signature: MinHashSignature) -> [UInt64] {
        (0..<parameters.bands).map { band in
            var hash = mix64(UInt64(band) &+ 0x5851_F42D_4C95_7F2D)
            let start = band * parameters.rows
            for value in signature.values[start..<start + parameters.rows] {
                hash = mix64(hash ^ UInt64(value))
            }
            return hash
        }
    }

    /// Adds record number `record` (records must be added in ascending order).
    public mutating func insert(_ record: Int, signature: MinHashSignature) {
        for (band, key) in bandKeys(of: signature).enumerated() {
            buckets[band][key, default: []].append(Int32(record))
        }
    }

    /// Every pair of records that share a bucket in some band, each once,
    /// smaller record first, sorted.
    ///
    /// - Complexity: O(*b* × *n*) plus the pairs inside buckets.
    public func candidatePairs() -> [CandidatePair] {
        var pairs = Set<CandidatePair>()
        for band in buckets {
            for members in band.values where members.count > 1 {
                if members.count <= Self.allPairsLimit {
                    for i in 0..<members.count {
                        for j in (i + 1)..<members.count {
                            pairs.insert(CandidatePair(Int(members[i]), Int(members[j])))
                        }
                    }
                } else {
                    for j in 1..<members.count {
                        pairs.insert(CandidatePair(Int(members[0]), Int(members[j])))
                        pairs.insert(CandidatePair(Int(members[j - 1]), Int(members[j])))
                    }
                }
            }
        }
        return pairs.sorted()
    }
}

/// Two record numbers, `first < second`.
public struct CandidatePair: Sendable, Hashable, Comparable {
    public let first: Int
    public let second: Int

    public init(_ a: Int, _ b: Int) {
        precondition(a != b, "a record is not its own candidate")
        first = min(a, b)
        second = max(a, b)
    }

    public static func < (lhs: CandidatePair, rhs: CandidatePair) -> Bool {
        (lhs.first, lhs.second) < (rhs.first, rhs.second)
    }
}
