import Testing

@testable import WinnowCore

@Suite("NearDuplicateClusterer evidence reuse")
struct ClustererEvidenceTests {
    /// Variants of a few random signatures (some bins changed, positions
    /// random), with shingle counts from a small set so equal counts are
    /// common, and word counts either side of the containment minimum.
    private func table(_ random: inout DedupTestRandom, count: Int, permutations: Int) -> SketchTable {
        let bases = (0..<4).map { _ in (0..<permutations).map { _ in UInt32(truncatingIfNeeded: random.next()) } }
        let sketches = (0..<count).map { _ -> DedupSketch? in
            var values = bases[random.below(bases.count)]
            for _ in 0..<random.below(permutations / 2) {
                values[random.below(permutations)] = UInt32(truncatingIfNeeded: random.next())
            }
            for index in values.indices { values[index] = values[index] & 0xFFFF_FF00 | UInt32(random.below(256)) }
            return DedupSketch(
                signature: MinHashSignature(values: values),
                shingleCount: [60, 80, 120, 400][random.below(4)],
                wordCount: UInt32(10 + random.below(200))
            )
        }
        return SketchTable(permutations: permutations, sketches: sketches)
    }

    @Test func reusedEvidenceEqualsAFreshEvaluationInBothOrders() {
        let clusterer = NearDuplicateClusterer(
            criteria: DedupOptions().criteria,
            parameters: LSHParameters(bands: 16, rows: 4)
        )
        var random = DedupTestRandom(seed: 0xE71D)
        let table = table(&random, count: 60, permutations: 64)
        var verified: [(pair: CandidatePair, evidence: PairEvidence)] = []
        for first in 0..<table.count {
            for second in (first + 1)..<table.count {
                let evidence = clusterer.verifier.evaluate(first, second, in: table)
                if evidence.isDuplicate { verified.append((CandidatePair(first, second), evidence)) }
            }
        }
        #expect(verified.count > 50)
        var reversedWithEqualSizes = 0
        for first in 0..<table.count {
            for second in 0..<table.count where first != second {
                let reused = clusterer.evidence(of: first, against: second, verified: verified, table: table)
                #expect(reused == clusterer.verifier.evaluate(first, second, in: table))
                if first > second, table.shingleCount(of: first) == table.shingleCount(of: second) {
                    reversedWithEqualSizes += 1
                }
            }
        }
        #expect(reversedWithEqualSizes > 0)
    }
}
