/// Computes MinHash signatures with `permutations` universal hash functions
/// h(x) = (a·x + b) mod (2⁶¹ − 1), kept to 32 bits as datasketch does.
///
/// The coefficients come from SplitMix64 seeded with `seed`, so two runs (or
/// two machines of a sharded run) with the same seed sign identically.
public struct MinHasher: Sendable {
    public let permutations: Int
    public let seed: UInt64
    private let a: [UInt64]
    private let b: [UInt64]

    static let mersennePrime: UInt64 = (1 << 61) - 1

    public init(permutations: Int, seed: UInt64) {
        precondition(permutations > 0, "permutations must be positive")
        self.permutations = permutations
        self.seed = seed
        var state = seed
        var a: [UInt64] = []
        var b: [UInt64] = []
        for _ in 0..<permutations {
            state &+= 0x9E37_79B9_7F4A_7C15
            a.append(mix64(state) % (Self.mersennePrime - 1) + 1)
            state &+= 0x9E37_79B9_7F4A_7C15
            b.append(mix64(state) % Self.mersennePrime)
        }
        self.a = a
        self.b = b
    }

    /// The signature of a set of shingle hashes (repeats do not matter).
    ///
    /// - Returns: nil for an empty set, which has no meaningful signature.
    /// - Complexity: O(*s* × *p*) for *s* shingles and *p* permutations.
    public func signature(of shingles: [UInt64]) -> MinHashSignature? {
        guard !shingles.isEmpty else { return nil }
        var minimums = [UInt32](repeating: .max, count: permutations)
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                minimums.withUnsafeMutableBufferPointer { minimums in
                    for shingle in shingles {
                        let x = reduce(shingle)
                        for index in 0..<minimums.count {
                            let value = UInt32(truncatingIfNeeded: hash(a[index], x, b[index]))
                            if value < minimums[index] { minimums[index] = value }
                        }
                    }
                }
            }
        }
        return MinHashSignature(values: minimums)
    }

    @inline(__always)
    private func reduce(_ value: UInt64) -> UInt64 {
        let folded = (value & Self.mersennePrime) &+ (value >> 61)
        return folded >= Self.mersennePrime ? folded - Self.mersennePrime : folded
    }

    /// (a·x + b) mod 2⁶¹ − 1 with a, x, b < 2⁶¹.
    @inline(__always)
    private func hash(_ a: UInt64, _ x: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: x)
        // 2⁶⁴ ≡ 8 (mod 2⁶¹ − 1)
        var value = (product.low & Self.mersennePrime) &+ (product.low >> 61) &+ (product.high << 3)
        value = (value & Self.mersennePrime) &+ (value >> 61)
        value &+= b
        value = (value & Self.mersennePrime) &+ (value >> 61)
        return value >= Self.mersennePrime ? value - Self.mersennePrime : value
    }
}

/// A MinHash signature: one minimum per permutation.
public struct MinHashSignature: Sendable, Hashable {
    public let values: [UInt32]

    public init(values: [UInt32]) {
        self.values = values
    }

    /// The fraction of positions where two signatures agree: an unbiased
    /// estimate of the Jaccard similarity of the two shingle sets.
    public func estimatedJaccard(with other: MinHashSignature) -> Double {
        precondition(values.count == other.values.count, "signatures of different lengths")
        var equal = 0
        for index in values.indices where values[index] == other.values[index] { equal += 1 }
        return Double(equal) / Double(values.count)
    }
}
