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
        let one = try #require(MinHasher(permutations: 128, seed: 1).signature(of: shingles))
        let two = try #require(MinHasher(permutations: 128, seed: 2).signature(of: shingles))
        #expect(one != two)
        // Unrelated hash families agree in few positions, not in most.
        #expect(one.estimatedJaccard(with: two) < 0.2)
    }

    @Test func theSeedAndPermutationsAreKept() {
        let hasher = MinHasher(permutations: 64, seed: 42)
        #expect(hasher.permutations == 64)
        #expect(hasher.seed == 42)
    }

    @Test func anEmptySetHasNoSignature() {
        #expect(MinHasher(permutations: 16, seed: 1).signature(of: []) == nil)
    }

    @Test func repeatsAndOrderDoNotMatter() {
        let hasher = MinHasher(permutations: 32, seed: 9)
        #expect(hasher.signature(of: [3, 1, 2, 2, 3, 3]) == hasher.signature(of: [1, 2, 3]))
    }

    @Test func theSignatureOfAUnionIsThePositionwiseMinimum() throws {
        let hasher = MinHasher(permutations: 96, seed: 5)
        var random = DedupTestRandom(seed: 0xA11CE)
        let left = (0..<40).map { _ in random.next() }
        let right = (0..<25).map { _ in random.next() }
        let leftSignature = try #require(hasher.signature(of: left))
        let rightSignature = try #require(hasher.signature(of: right))
        let union = try #require(hasher.signature(of: left + right))
        #expect(union.values == zip(leftSignature.values, rightSignature.values).map { min($0, $1) })
        // And every single shingle's signature is at or above the set's.
        for shingle in left.prefix(5) {
            let single = try #require(hasher.signature(of: [shingle]))
            #expect(zip(single.values, leftSignature.values).allSatisfy { $0 >= $1 })
        }
    }

    @Test func estimatedJaccardIsTheFractionOfEqualPositions() {
        let a = MinHashSignature(values: [1, 2, 3, 4, 5, 6, 7, 8])
        let b = MinHashSignature(values: [1, 0, 3, 0, 5, 0, 0, 8])
        #expect(a.estimatedJaccard(with: b) == 0.5)
        #expect(a.estimatedJaccard(with: a) == 1)
        #expect(a.estimatedJaccard(with: MinHashSignature(values: [0, 0, 0, 0, 0, 0, 0, 0])) == 0)
    }

    /// Brute-force reference: for pairs of random texts with overlaps from
    /// none to complete, the estimate is within 0.1 of the exact Jaccard
    /// similarity of the two shingle sets.
    @Test func estimatedJaccardIsCloseToTheExactJaccardOfTheShingleSets() throws {
        var random = DedupTestRandom(seed: 2026)
        let vocabulary = random.vocabulary(40)
        let shingler = WordShingler(size: 3)
        let hasher = MinHasher(permutations: 256, seed: 1)
        var exactValues: [Double] = []
        for pair in 0..<30 {
            let base = random.text(80, from: vocabulary)
            var other = base
            // From no edits (pair 0) to a text where nearly every word changed.
            let edits = pair * 80 / 30
            for _ in 0..<edits {
                other[random.below(other.count)] = vocabulary[random.below(vocabulary.count)]
            }
            let first = base.joined(separator: " ")
            let second = other.joined(separator: " ")
            let firstSet = shingler.shingleSet(first)
            let secondSet = shingler.shingleSet(second)
            let exact = Double(firstSet.intersection(secondSet).count) / Double(firstSet.union(secondSet).count)
            exactValues.append(exact)
            let estimate = try #require(hasher.signature(of: shingler.shingles(first)))
                .estimatedJaccard(with: try #require(hasher.signature(of: shingler.shingles(second))))
            #expect(abs(estimate - exact) <= 0.1, "pair \(pair): exact \(exact), estimated \(estimate)")
        }
        // The table covers the whole range of similarities.
        #expect(exactValues.first == 1)
        #expect(exactValues.min()! < 0.2)
        #expect(exactValues.contains { $0 > 0.4 && $0 < 0.7 })
    }
}
