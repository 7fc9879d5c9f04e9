/// Computes MinHash signatures by one-permutation hashing with optimal
/// densification (Shrivastava, ICML 2017).
///
/// Each shingle hash is mixed with the seed once; its high 32 bits pick one
/// of `permutations` bins (multiply-shift range reduction) and its low 32
/// bits are its value there; each bin keeps its minimum. A bin no shingle
/// fell into borrows the minimum of the first non-empty bin along its own
/// seeded probe sequence, so two sets compare bin by bin exactly like a
/// `permutations`-hash MinHash, at the cost of one hash per shingle instead
/// of `permutations`.
///
/// Next to each bin's minimum the signature keeps where in the text that
/// shingle sits (see ``MinHashSignature``), which lets verification tell
/// scattered edits (typos) from a block of different text (a template
/// around different stories).
///
/// The seed fixes everything, so two runs (or two machines of a sharded
/// run) with the same seed sign identically.
public struct MinHasher: Sendable {
    public let permutations: Int
    public let seed: UInt64
    private let seedMix: UInt64

    public init(permutations: Int, seed: UInt64) {
        precondition(permutations > 0 && permutations <= 1 << 16, "permutations must be in 1...65536")
        self.permutations = permutations
        self.seed = seed
        seedMix = mix64(seed ^ 0x6A09_E667_F3BC_C909)
    }

    /// The sketch of `text`: its signature, distinct-shingle count and word
    /// count; nil for a text without words.
    ///
    /// - Complexity: O(*n*) in the UTF-8 length of the text plus
    ///   O(*p*) for the bins.
    public func sketch(of text: String, shingler: WordShingler) -> DedupSketch? {
        var accumulator = Accumulator(permutations: permutations, expected: text.utf8.count / 4)
        let words = shingler.forEachShingle(in: text) { accumulator.add(mix64($0 ^ seedMix)) }
        guard let signature = accumulator.finish(seed: seedMix) else { return nil }
        return DedupSketch(
            signature: signature,
            shingleCount: UInt32(clamping: accumulator.distinct.count),
            wordCount: UInt32(clamping: words)
        )
    }

    /// The signature of a set of shingle hashes (repeats do not matter).
    ///
    /// - Returns: nil for an empty set, which has no meaningful signature.
    /// - Complexity: O(*s* + *p*) for *s* shingles and *p* permutations.
    public func signature(of shingles: [UInt64]) -> MinHashSignature? {
        var accumulator = Accumulator(permutations: permutations, expected: shingles.count)
        for shingle in shingles { accumulator.add(mix64(shingle ^ seedMix)) }
        return accumulator.finish(seed: seedMix)
    }

    /// The per-text working state: per bin, its minimum and where it was
    /// seen, packed in one word as `value << 32 | position`.
    ///
    /// Positions only grow, so the smallest packed word holds the smallest
    /// value and, among equal values, the first shingle that had it: a
    /// bin's minimum is one comparison. A bin no shingle fell into keeps
    /// `UInt64.max`, which no shingle packs to (a text would need 2³² − 1
    /// shingles).
    private struct Accumulator {
        var bins: [UInt64]
        var distinct: DistinctCounter
        var shingles: UInt32 = 0
        let permutations: UInt64

        init(permutations: Int, expected: Int) {
            bins = [UInt64](repeating: .max, count: permutations)
            distinct = DistinctCounter(expected: expected)
            self.permutations = UInt64(permutations)
        }

        @inline(__always)
        mutating func add(_ hash: UInt64) {
            let bin = Int(truncatingIfNeeded: ((hash >> 32) &* permutations) >> 32)
            let packed = (hash << 32) | UInt64(shingles)
            shingles &+= 1
            distinct.insert(hash)
            bins.withUnsafeMutableBufferPointer { bins in
                if packed < bins[bin] { bins[bin] = packed }
            }
        }

        /// Densifies the empty bins and packs value and position.
        func finish(seed: UInt64) -> MinHashSignature? {
            guard shingles > 0 else { return nil }
            let count = bins.count
            var packed = [UInt32](repeating: 0, count: count)
            let total = UInt64(shingles)
            for bin in 0..<count {
                var source = bin
                var attempt: UInt64 = 0
                while bins[source] == .max {
                    let probe = mix64(seed ^ (UInt64(bin) << 32 | attempt))
                    source = Int(truncatingIfNeeded: ((probe >> 32) &* permutations) >> 32)
                    attempt += 1
                }
                let minimum = UInt32(truncatingIfNeeded: bins[source] >> 32)
                let position = bins[source] & 0xFFFF_FFFF
                let place = UInt32(truncatingIfNeeded: position * 256 / total)
                packed[bin] = (minimum & MinHashSignature.valueMask) | place
            }
            return MinHashSignature(values: packed)
        }
    }
}

/// Counts distinct 64-bit hashes in an open-addressing table that grows.
struct DistinctCounter {
    private var slots: [UInt64]
    private var mask: Int
    private(set) var count = 0

    init(expected: Int) {
        var capacity = 16
        while capacity < expected * 2 { capacity <<= 1 }
        slots = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
    }

    @inline(__always)
    mutating func insert(_ hash: UInt64) {
        let key = hash == 0 ? 1 : hash
        var index = Int(truncatingIfNeeded: key >> 7) & mask
        while true {
            let slot = slots[index]
            if slot == key { return }
            if slot == 0 { break }
            index = (index + 1) & mask
        }
        slots[index] = key
        count += 1
        if count * 2 > slots.count { grow() }
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        mask = slots.count - 1
        for key in old where key != 0 {
            var index = Int(truncatingIfNeeded: key >> 7) & mask
            while slots[index] != 0 { index = (index + 1) & mask }
            slots[index] = key
        }
    }
}
