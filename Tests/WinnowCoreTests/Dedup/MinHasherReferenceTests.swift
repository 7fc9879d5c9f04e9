import Testing

@testable import WinnowCore

@Suite("MinHasher against a reference")
struct MinHasherReferenceTests {
    /// The plain one-permutation signature: per bin a minimum, where it was
    /// first seen and whether anything fell in, then densification.
    private func referenceSignature(_ shingles: [UInt64], permutations: Int, seed: UInt64) -> MinHashSignature? {
        let seedMix = mix64(seed ^ 0x6A09_E667_F3BC_C909)
        var minimums = [UInt32](repeating: .max, count: permutations)
        var positions = [UInt32](repeating: 0, count: permutations)
        var filled = [Bool](repeating: false, count: permutations)
        for (position, shingle) in shingles.enumerated() {
            let hash = mix64(shingle ^ seedMix)
            let bin = Int(((hash >> 32) &* UInt64(permutations)) >> 32)
            let value = UInt32(truncatingIfNeeded: hash)
            if !filled[bin] || value < minimums[bin] {
                minimums[bin] = value
                positions[bin] = UInt32(position)
                filled[bin] = true
            }
        }
        guard !shingles.isEmpty else { return nil }
        let values = (0..<permutations).map { bin -> UInt32 in
            var source = bin
            var attempt: UInt64 = 0
            while !filled[source] {
                let probe = mix64(seedMix ^ (UInt64(bin) << 32 | attempt))
                source = Int(((probe >> 32) &* UInt64(permutations)) >> 32)
                attempt += 1
            }
            let place = UInt32(UInt64(positions[source]) * 256 / UInt64(shingles.count))
            return minimums[source] & MinHashSignature.valueMask | place
        }
        return MinHashSignature(values: values)
    }

    @Test func signaturesEqualThePlainAlgorithm() {
        var random = DedupTestRandom(seed: 0x51C7)
        for round in 0..<200 {
            let permutations = [16, 64, 128, 200][round % 4]
            let seed = UInt64(random.below(5))
            let pool = (0..<(1 + random.below(50))).map { _ in random.next() }
            // Repeats (from a small pool) exercise the first-seen position.
            let shingles = (0..<random.below(400)).map { _ in pool[random.below(pool.count)] }
            let hasher = MinHasher(permutations: permutations, seed: seed)
            #expect(
                hasher.signature(of: shingles) == referenceSignature(shingles, permutations: permutations, seed: seed)
            )
        }
    }
}
