/// A MinHash signature: per permutation (bin), the minimum shingle hash and
/// where in the text that shingle sits.
///
/// Each value packs the top 24 bits of the bin's minimum (``valueMask``)
/// with the shingle's relative position in the text, 0...255, in the low 8
/// bits. Two signatures agree in a bin when their masked values are equal;
/// a false agreement between different shingles has probability 2⁻²⁴.
public struct MinHashSignature: Sendable, Hashable {
    /// The bits of a packed value that hold the minimum.
    public static let valueMask: UInt32 = 0xFFFF_FF00

    public let values: [UInt32]

    public init(values: [UInt32]) {
        self.values = values
    }

    /// How many bins two signatures agree in.
    ///
    /// - Complexity: O(*p*), vectorised.
    public func agreements(with other: MinHashSignature) -> Int {
        precondition(values.count == other.values.count, "signatures of different lengths")
        return values.withUnsafeBufferPointer { a in
            other.values.withUnsafeBufferPointer { b in countAgreements(a, b) }
        }
    }

    /// The fraction of bins where two signatures agree: an estimate of the
    /// Jaccard similarity of the two shingle sets.
    public func estimatedJaccard(with other: MinHashSignature) -> Double {
        Double(agreements(with: other)) / Double(values.count)
    }

    /// The relative position (0...255) in the text of bin `bin`'s shingle.
    public func position(ofBin bin: Int) -> Int {
        Int(values[bin] & ~Self.valueMask)
    }
}

/// The number of equal masked values of two equally long buffers.
@inline(__always)
func countAgreements(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>) -> Int {
    var equal: UInt32 = 0
    for index in 0..<min(a.count, b.count) {
        equal &+= (a[index] ^ b[index]) & MinHashSignature.valueMask == 0 ? 1 : 0
    }
    return Int(equal)
}
