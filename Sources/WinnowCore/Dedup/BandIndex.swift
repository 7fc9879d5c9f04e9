import Dispatch

/// The band join of LSH: records whose signatures agree on a whole band
/// become candidate pairs.
///
/// This is the shuffle step of a sharded run: ``bandKeys(of:)`` is the map
/// side (it needs only one signature, and its keys are what a store of
/// earlier nights indexes), and the join needs only `(band, key, record)`
/// triples, which can be partitioned by band or key across machines.
public struct BandIndex: Sendable {
    public let parameters: LSHParameters

    /// Buckets larger than this are joined as a star around their first
    /// member plus a chain, not as all pairs, so one huge bucket (a template
    /// shared by thousands of pages) cannot make the join quadratic.
    public static let allPairsLimit = 64

    public init(parameters: LSHParameters) {
        self.parameters = parameters
    }

    /// The bucket key of each band of `signature`.
    public func bandKeys(of signature: MinHashSignature) -> [UInt64] {
        signature.values.withUnsafeBufferPointer { values in
            (0..<parameters.bands).map { bandKey(values, band: $0) }
        }
    }

    /// The key of band `band` of the signature in `values`: a hash of its
    /// masked values and of the band number.
    @inline(__always)
    func bandKey(_ values: UnsafeBufferPointer<UInt32>, band: Int) -> UInt64 {
        var hash = mix64(UInt64(band) &+ 0x5851_F42D_4C95_7F2D)
        let start = band * parameters.rows
        for index in start..<start + parameters.rows {
            hash = mix64(hash ^ UInt64(values[index] & MinHashSignature.valueMask))
        }
        return hash
    }

    /// Whether the signatures in `a` and `b` have the same key in band
    /// `band`. Equal masked rows always give equal keys, so only bands whose
    /// rows differ are hashed (where a chance equality of keys still counts,
    /// as it does in the join).
    @inline(__always)
    func sharesBand(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>, band: Int) -> Bool {
        let start = band * parameters.rows
        var differ: UInt32 = 0
        for index in start..<start + parameters.rows { differ |= (a[index] ^ b[index]) & MinHashSignature.valueMask }
        return differ == 0 || bandKey(a, band: band) == bandKey(b, band: band)
    }

    /// How many bands two signatures share.
    public func sharedBands(_ a: MinHashSignature, _ b: MinHashSignature) -> Int {
        zip(bandKeys(of: a), bandKeys(of: b)).reduce(0) { $0 + ($1.0 == $1.1 ? 1 : 0) }
    }

    /// Records below which one thread joins every band.
    static let recordsPerThread = 4096

    /// Every pair of signed records of `table` that share a bucket in some
    /// band, each once, smaller record first, sorted.
    ///
    /// Each band is joined by radix-sorting one flat array of (key, record)
    /// words on the key, so the join allocates three arrays and no
    /// dictionary. With `jobs` above one the bands are shared out among
    /// that many threads (a large batch only); the pairs are sorted and
    /// made unique at the end, so the result is the same for any `jobs`.
    ///
    /// - Complexity: O(*b* × *n*) plus the pairs inside buckets.
    public func candidatePairs(_ table: SketchTable, jobs: Int = 1) -> [CandidatePair] {
        precondition(parameters.bands * parameters.rows <= table.permutations, "banding wider than the signatures")
        let bands = parameters.bands
        let threads = min(max(1, jobs), bands, max(1, table.count / Self.recordsPerThread))
        var pairs: [UInt64]
        var scratch = [UInt64]()
        if threads == 1 {
            pairs = joinBands(stride(from: 0, to: bands, by: 1), of: table)
        } else {
            let perThread = [[UInt64]](unsafeUninitializedCapacity: threads) { buffer, initialized in
                // Each thread initialises its own element.
                nonisolated(unsafe) let results = buffer
                DispatchQueue.concurrentPerform(iterations: threads) { thread in
                    (results.baseAddress.unsafelyUnwrapped + thread).initialize(
                        to: joinBands(stride(from: thread, to: bands, by: threads), of: table)
                    )
                }
                initialized = threads
            }
            pairs = perThread.flatMap { $0 }
        }
        RadixSort.sort(&pairs, scratch: &scratch)
        var result: [CandidatePair] = []
        result.reserveCapacity(pairs.count)
        var previous: UInt64?
        for pair in pairs where pair != previous {
            previous = pair
            result.append(CandidatePair(Int(pair >> 32), Int(pair & 0xFFFF_FFFF)))
        }
        return result
    }

    /// The pairs sharing a bucket in each band of `bands`, packed as
    /// `first << 32 | second`, repeats kept, in no particular order.
    private func joinBands(_ bands: some Sequence<Int>, of table: SketchTable) -> [UInt64] {
        let permutations = table.permutations
        var entries = [UInt64]()
        entries.reserveCapacity(table.count)
        var pairs = [UInt64]()
        var scratch = [UInt64]()
        for band in bands {
            entries.removeAll(keepingCapacity: true)
            table.withValues { values in
                for record in 0..<table.count where table.isSigned(record) {
                    let signature = UnsafeBufferPointer(
                        rebasing: values[record * permutations..<(record + 1) * permutations]
                    )
                    // The key's high 32 bits, then the record: a chance equality
                    // of two keys' halves only adds a pair verification rejects.
                    entries.append(bandKey(signature, band: band) & 0xFFFF_FFFF_0000_0000 | UInt64(record))
                }
            }
            // Entries are appended in record order and the sort is stable, so
            // sorting by the key alone orders them as sorting whole words would.
            RadixSort.sort(&entries, bits: 32..<64, scratch: &scratch)
            var start = 0
            while start < entries.count {
                let key = entries[start] >> 32
                var end = start + 1
                while end < entries.count, entries[end] >> 32 == key { end += 1 }
                let size = end - start
                if size > 1 {
                    let member = { (offset: Int) in entries[start + offset] & 0xFFFF_FFFF }
                    if size <= Self.allPairsLimit {
                        for i in 0..<size {
                            for j in (i + 1)..<size { pairs.append(member(i) << 32 | member(j)) }
                        }
                    } else {
                        for j in 1..<size {
                            pairs.append(member(0) << 32 | member(j))
                            if j > 1 { pairs.append(member(j - 1) << 32 | member(j)) }
                        }
                    }
                }
                start = end
            }
        }
        return pairs
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
