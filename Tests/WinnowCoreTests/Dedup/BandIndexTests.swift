import Testing

@testable import WinnowCore

@Suite("BandIndex")
struct BandIndexTests {
    /// Packed values with `values` distinct minimums (position bits zero).
    private func randomSignature(_ random: inout DedupTestRandom, length: Int, values: Int? = nil) -> MinHashSignature {
        MinHashSignature(
            values: (0..<length).map { _ in
                (values.map { UInt32(random.below($0)) } ?? UInt32(truncatingIfNeeded: random.next())) << 8
            }
        )
    }

    private func table(_ signatures: [MinHashSignature]) -> SketchTable {
        SketchTable(
            permutations: signatures[0].values.count,
            sketches: signatures.map { DedupSketch(signature: $0, shingleCount: 100, wordCount: 100) }
        )
    }

    @Test func thereIsOneKeyPerBandAndPositionsDoNotChangeKeys() {
        let index = BandIndex(parameters: LSHParameters(bands: 4, rows: 3))
        let signature = MinHashSignature(values: (100..<112).map { UInt32($0) << 8 })
        let keys = index.bandKeys(of: signature)
        #expect(keys.count == 4)
        #expect(Set(keys).count == 4)
        #expect(index.bandKeys(of: MinHashSignature(values: (100..<112).map { UInt32($0) << 8 | 0x7F })) == keys)
    }

    @Test func changingOneValueChangesOnlyTheKeyOfItsBand() {
        let index = BandIndex(parameters: LSHParameters(bands: 4, rows: 3))
        var values = (100..<112).map { UInt32($0) << 8 }
        let before = index.bandKeys(of: MinHashSignature(values: values))
        values[7] = 9_999 << 8  // band 2 holds positions 6, 7 and 8
        let after = index.bandKeys(of: MinHashSignature(values: values))
        #expect(after[0] == before[0] && after[1] == before[1] && after[3] == before[3])
        #expect(after[2] != before[2])
        #expect(index.sharedBands(MinHashSignature(values: values), MinHashSignature(values: values)) == 4)
    }

    @Test func candidatePairsEqualBruteForceBandSharing() throws {
        let parameters = LSHParameters(bands: 8, rows: 2)
        var random = DedupTestRandom(seed: 77)
        let signatures = (0..<200).map { _ in randomSignature(&random, length: 16, values: 3) }
        var expected = Set<CandidatePair>()
        var largestBucket = 0
        for band in 0..<parameters.bands {
            let range = band * parameters.rows..<(band + 1) * parameters.rows
            var buckets: [[UInt32]: Int] = [:]
            for signature in signatures { buckets[Array(signature.values[range]), default: 0] += 1 }
            largestBucket = max(largestBucket, buckets.values.max() ?? 0)
        }
        for i in signatures.indices {
            for j in (i + 1)..<signatures.count {
                let shares = (0..<parameters.bands).contains { band in
                    let range = band * parameters.rows..<(band + 1) * parameters.rows
                    return signatures[i].values[range] == signatures[j].values[range]
                }
                if shares { expected.insert(CandidatePair(i, j)) }
            }
        }
        try #require(largestBucket <= BandIndex.allPairsLimit)
        try #require(expected.count > 1_000)
        let pairs = BandIndex(parameters: parameters).candidatePairs(table(signatures))
        #expect(Set(pairs) == expected)
        #expect(pairs == pairs.sorted())
    }

    @Test func signaturesSharingNoBandAreNotCandidates() {
        var random = DedupTestRandom(seed: 3)
        let signatures = (0..<50).map { _ in randomSignature(&random, length: 128) }
        #expect(BandIndex(parameters: LSHParameters(bands: 9, rows: 13)).candidatePairs(table(signatures)) == [])
    }

    @Test func aBucketLargerThanTheLimitIsJoinedAsAStarPlusAChain() {
        var random = DedupTestRandom(seed: 5)
        let shared = (0..<4).map { _ in UInt32(truncatingIfNeeded: random.next()) << 8 }
        let members = Set(stride(from: 3, to: 203, by: 2))
        let signatures = (0..<260).map { record in
            var values = randomSignature(&random, length: 32).values
            if members.contains(record) { values.replaceSubrange(0..<4, with: shared) }
            return MinHashSignature(values: values)
        }
        let pairs = BandIndex(parameters: LSHParameters(bands: 8, rows: 4)).candidatePairs(table(signatures))
        #expect(pairs.count == 99 + 98)
        var sets = UnionFind(count: 260)
        for pair in pairs { sets.union(pair.first, pair.second) }
        #expect(sets.groups() == [members.sorted()])
    }

    @Test func unsignedRecordsAreNeverCandidates() {
        let signature = MinHashSignature(values: Array(repeating: 0x100, count: 16))
        var table = SketchTable(permutations: 16)
        table.append(DedupSketch(signature: signature, shingleCount: 1, wordCount: 1))
        table.append(nil)
        table.append(DedupSketch(signature: signature, shingleCount: 1, wordCount: 1))
        #expect(BandIndex(parameters: LSHParameters(bands: 4, rows: 4)).candidatePairs(table) == [CandidatePair(0, 2)])
        #expect(table.sketch(at: 1) == nil)
        #expect(table.sketch(at: 2)?.signature == signature)
    }
}
