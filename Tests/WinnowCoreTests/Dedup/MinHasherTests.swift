import Testing

@testable import WinnowCore

@Suite("MinHasher")
struct MinHasherTests {
    private let shingles: [UInt64] = [11, 2_024, 0xDEAD_BEEF, .max, 1 << 61, (1 << 61) - 1, 7_777_777]

    @Test func theSameSeedGivesTheSameSignature() throws {
        let first = try #require(MinHasher(permutations: 128, seed: 1).signature(of: shingles))
        let second = try #require(MinHasher(permutations: 128, seed: 1).signature(of: shingles))
        #expect(first == second)
        #expect(first.values.count == 128)
    }

    @Test func aDifferentSeedGivesADifferentSignature() throws {
        var random = DedupTestRandom(seed: 4)
        let many = (0..<500).map { _ in random.next() }
        let one = try #require(MinHasher(permutations: 128, seed: 1).signature(of: many))
        let two = try #require(MinHasher(permutations: 128, seed: 2).signature(of: many))
        #expect(one.estimatedJaccard(with: two) < 0.2)
    }

    @Test func anEmptySetHasNoSignature() {
        #expect(MinHasher(permutations: 16, seed: 1).signature(of: []) == nil)
        #expect(MinHasher(permutations: 16, seed: 1).sketch(of: "— … —", shingler: WordShingler(size: 3)) == nil)
    }

    @Test func repeatsAndOrderDoNotChangeTheMinimums() throws {
        let hasher = MinHasher(permutations: 32, seed: 9)
        let a = try #require(hasher.signature(of: [3, 1, 2, 2, 3, 3]))
        let b = try #require(hasher.signature(of: [1, 2, 3]))
        #expect(a.agreements(with: b) == 32)
    }

    @Test func estimatedJaccardIsTheFractionOfBinsWithEqualMinimums() {
        // The low 8 bits hold a position and take no part in comparisons.
        let a = MinHashSignature(values: [0x100, 0x200, 0x300, 0x400, 0x500, 0x600, 0x700, 0x800])
        let b = MinHashSignature(values: [0x1FF, 0x000, 0x305, 0x000, 0x500, 0x000, 0x000, 0x880])
        #expect(a.estimatedJaccard(with: b) == 0.5)
        #expect(a.estimatedJaccard(with: a) == 1)
        #expect(b.position(ofBin: 0) == 0xFF)
    }

    @Test func everyBinIsFilledEvenForAFewShingles() throws {
        let signature = try #require(MinHasher(permutations: 128, seed: 3).signature(of: [42, 43]))
        // Densified bins copy one of the two shingles' minimums.
        #expect(Set(signature.values.map { $0 & MinHashSignature.valueMask }).count <= 2)
    }

    /// Brute-force reference: random sets with overlaps from none to
    /// complete; the estimate stays within 0.12 of the exact Jaccard.
    @Test(arguments: [64, 128, 256])
    func estimatedJaccardIsCloseToTheExactJaccardOfRandomSets(permutations: Int) throws {
        var random = DedupTestRandom(seed: UInt64(permutations))
        let hasher = MinHasher(permutations: permutations, seed: 1)
        for step in 0...20 {
            let shared = (0..<(step * 20)).map { _ in random.next() }
            let onlyA = (0..<(400 - step * 20 + random.below(50))).map { _ in random.next() }
            let onlyB = (0..<(400 - step * 20 + random.below(50))).map { _ in random.next() }
            let exact = Double(shared.count) / Double(shared.count + onlyA.count + onlyB.count)
            let a = try #require(hasher.signature(of: shared + onlyA))
            let b = try #require(hasher.signature(of: onlyB + shared))
            #expect(abs(a.estimatedJaccard(with: b) - exact) < 0.12, "exact \(exact)")
        }
    }

    @Test func theSketchCountsDistinctShinglesAndWords() throws {
        let sketch = try #require(
            MinHasher(permutations: 64, seed: 1).sketch(
                of: "one two three one two three",
                shingler: WordShingler(size: 3)
            )
        )
        #expect(sketch.wordCount == 6)
        #expect(sketch.shingleCount == 3)  // "one two three", "two three one", "three one two"
    }

    @Test func positionsFollowTheTextOrder() throws {
        var random = DedupTestRandom(seed: 8)
        let vocabulary = random.vocabulary(500)
        let words = random.text(400, from: vocabulary)
        let shingler = WordShingler(size: 3)
        let hasher = MinHasher(permutations: 128, seed: 1)
        let whole = try #require(hasher.sketch(of: words.joined(separator: " "), shingler: shingler))
        let firstHalf = try #require(hasher.sketch(of: words.prefix(200).joined(separator: " "), shingler: shingler))
        // Bins the first half shares with the whole sit in the whole's first half.
        for bin in 0..<128
        where whole.signature.values[bin] & MinHashSignature.valueMask
            == firstHalf.signature.values[bin] & MinHashSignature.valueMask
        {
            #expect(whole.signature.position(ofBin: bin) < 130)
        }
    }
}
