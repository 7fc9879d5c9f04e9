import Testing

@testable import WinnowCore

@Suite("BandIndex")
struct BandIndexTests {
    private func randomSignature(_ random: inout DedupTestRandom, length: Int, values: Int? = nil) -> MinHashSignature {
        MinHashSignature(
            values: (0..<length).map { _ in
                values.map { UInt32(random.below($0)) } ?? UInt32(truncatingIfNeeded: random.next())
            })
    }

    private func index(_ signatures: [MinHashSignature], _ parameters: LSHParameters) -> BandIndex {
        var index = BandIndex(parameters: parameters)
        for (record, signature) in signatures.enumerated() { index.insert(record, signature: signature) }
        return index
    }

    @Test func thereIsOneKeyPerBandAndEqualSignaturesGiveEqualKeys() {
        let parameters = LSHParameters(bands: 4, rows: 3)
        let index = BandIndex(parameters: parameters)
        let signature = MinHashSignature(values: Array(100..<112))
        let keys = index.bandKeys(of: signature)
        #expect(keys.count == 4)
        #expect(Set(keys).count == 4)
        #expect(index.bandKeys(of: MinHashSignature(values: Array(100..<112))) == keys)
        #expect(index.parameters == parameters)
    }

    @Test func changingOneValueChangesOnlyTheKeyOfItsBand() {
        let index = BandIndex(parameters: LSHParameters(bands: 4, rows: 3))
        var values = Array(UInt32(100)..<112)
        let before = index.bandKeys(of: MinHashSignature(values: values))
        values[7] = 9_999  // band 2 holds positions 6, 7 and 8
        let after = index.bandKeys(of: MinHashSignature(values: values))
        #expect(after[0] == before[0])
        #expect(after[1] == before[1])
        #expect(after[2] != before[2])
        #expect(after[3] == before[3])
    }

    @Test func identicalBandsInDifferentPositionsGiveDifferentKeys() {
        let index = BandIndex(parameters: LSHParameters(bands: 2, rows: 2))
        let keys = index.bandKeys(of: MinHashSignature(values: [5, 6, 5, 6]))
        #expect(keys[0] != keys[1])
    }

    @Test func valuesBeyondBandsTimesRowsAreIgnored() {
        let index = BandIndex(parameters: LSHParameters(bands: 2, rows: 3))
        #expect(
            index.bandKeys(of: MinHashSignature(values: [1, 2, 3, 4, 5, 6, 7, 8]))
                == index.bandKeys(of: MinHashSignature(values: [1, 2, 3, 4, 5, 6, 0, 0])))
    }

    @Test func candidatePairsEqualBruteForceBandSharing() throws {
        let parameters = LSHParameters(bands: 8, rows: 2)
        var random = DedupTestRandom(seed: 77)
        // Values from a tiny alphabet, so that many bands collide.
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
        // Every bucket is small enough to be joined as all pairs.
        try #require(largestBucket <= BandIndex.allPairsLimit)
        try #require(expected.count > 1_000)

        let pairs = index(signatures, parameters).candidatePairs()
        #expect(Set(pairs) == expected)
        #expect(pairs.count == expected.count)
        #expect(pairs == pairs.sorted())
        #expect(pairs.allSatisfy { $0.first < $0.second })
    }

    @Test func signaturesSharingNoBandAreNotCandidates() {
        var random = DedupTestRandom(seed: 3)
        let signatures = (0..<50).map { _ in randomSignature(&random, length: 128) }
        #expect(index(signatures, LSHParameters(bands: 9, rows: 13)).candidatePairs() == [])
    }

    @Test func aBucketOfExactlyTheLimitIsJoinedAsAllPairs() {
        let pairs = sharedFirstBand(members: Array(0..<64))
        #expect(pairs.count == 64 * 63 / 2)
    }

    @Test func aBucketLargerThanTheLimitIsJoinedAsAStarPlusAChain() {
        let members = Array(stride(from: 3, to: 3 + 2 * 100, by: 2))  // 100 odd record numbers
        let pairs = sharedFirstBand(members: members, others: 260)
        var expected = Set<CandidatePair>()
        for j in 1..<members.count {
            expected.insert(CandidatePair(members[0], members[j]))
            expected.insert(CandidatePair(members[j - 1], members[j]))
        }
        #expect(Set(pairs) == expected)
        #expect(pairs.count == 99 + 98)

        // Joined, the pairs still connect every member into one group.
        var sets = UnionFind(count: 260)
        for pair in pairs { sets.union(pair.first, pair.second) }
        #expect(sets.groups() == [members])
    }

    @Test func sixtyFiveMembersTakeTheLargeBucketPath() {
        let pairs = sharedFirstBand(members: Array(0..<65))
        #expect(pairs.count == 64 + 63)
    }

    /// Candidate pairs of `others` records with random signatures, of which
    /// `members` share the first band and nothing else.
    private func sharedFirstBand(members: [Int], others: Int? = nil) -> [CandidatePair] {
        let parameters = LSHParameters(bands: 8, rows: 4)
        var random = DedupTestRandom(seed: UInt64(members.count))
        let shared = (0..<4).map { _ in UInt32(truncatingIfNeeded: random.next()) }
        let count = others ?? (members.max()! + 1)
        let memberSet = Set(members)
        let signatures = (0..<count).map { record in
            var values = randomSignature(&random, length: 32).values
            if memberSet.contains(record) { values.replaceSubrange(0..<4, with: shared) }
            return MinHashSignature(values: values)
        }
        return index(signatures, parameters).candidatePairs()
    }

    @Test func candidatePairsPutTheSmallerRecordFirst() {
        let pair = CandidatePair(9, 4)
        #expect(pair.first == 4)
        #expect(pair.second == 9)
        #expect(pair == CandidatePair(4, 9))
        #expect(CandidatePair(1, 5) < CandidatePair(2, 3))
        #expect(CandidatePair(2, 3) < CandidatePair(2, 4))
    }
}
