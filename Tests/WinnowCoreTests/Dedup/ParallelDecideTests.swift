import Testing

@testable import WinnowCore

/// The band join and the pair evaluation give the same result on one
/// thread and on several, on a batch large enough to be shared out.
@Suite("decide on several threads")
struct ParallelDecideTests {
    /// 10,000 records in families of five that differ in a few bins each.
    static func table() -> SketchTable {
        var random = DedupTestRandom(seed: 61)
        var sketches: [DedupSketch] = []
        for _ in 0..<2_000 {
            let base = (0..<128).map { _ in UInt32(truncatingIfNeeded: random.next()) << 8 | UInt32(random.below(256)) }
            for _ in 0..<5 {
                var values = base
                for _ in 0..<random.below(40) { values[random.below(128)] = UInt32(truncatingIfNeeded: random.next()) }
                let words = UInt32(100 + random.below(400))
                sketches.append(
                    DedupSketch(signature: MinHashSignature(values: values), shingleCount: words, wordCount: words)
                )
            }
        }
        return SketchTable(permutations: 128, sketches: sketches)
    }

    @Test func sharingTheWorkChangesNothing() {
        let table = Self.table()
        let verifier = PairVerifier(
            criteria: DuplicateCriteria(
                threshold: 0.8,
                containment: 0.75,
                minimumContainedWords: 40,
                minimumBlockShingles: 15
            ),
            parameters: LSHParameters(bands: 37, rows: 3)
        )
        let alone = verifier.index.candidatePairs(table)
        #expect(alone.count > 2 * PairVerifier.pairsPerThread)
        #expect(verifier.index.candidatePairs(table, jobs: 2) == alone)
        #expect(verifier.index.candidatePairs(table, jobs: 3) == alone)
        let evidence = alone.map { verifier.evaluate($0.first, $0.second, in: table) }
        #expect(verifier.evaluate(alone, in: table, jobs: 2) == evidence)
        #expect(verifier.evaluate(alone, in: table, jobs: 5) == evidence)
    }
}
