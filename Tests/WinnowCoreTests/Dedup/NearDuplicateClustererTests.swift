import Testing

@testable import WinnowCore

@Suite("NearDuplicateClusterer")
struct NearDuplicateClustererTests {
    private let shingler = WordShingler(size: 3)
    private let hasher = MinHasher(permutations: 128, seed: 1)
    private let clusterer = NearDuplicateClusterer(
        threshold: 0.8, parameters: LSHParameters.optimal(threshold: 0.8, permutations: 128))

    private func signature(_ words: [String]) -> MinHashSignature? {
        hasher.signature(of: shingler.shingles(words.joined(separator: " ")))
    }

    @Test func plantedClustersAreFoundExactly() throws {
        var random = DedupTestRandom(seed: 0x5EED)
        let vocabulary = random.vocabulary(3_000)

        // 10 base texts of 300 words, each with 2–4 copies that differ by a
        // few substituted words, and 30 unrelated texts.
        var texts: [(words: [String], cluster: Int?)] = []
        for cluster in 0..<10 {
            let base = random.text(300, from: vocabulary)
            texts.append((base, cluster))
            for _ in 0..<(2 + random.below(3)) {
                var copy = base
                for _ in 0..<(1 + random.below(3)) {
                    let position = random.below(copy.count)
                    var replacement = vocabulary[random.below(vocabulary.count)]
                    while replacement == copy[position] { replacement = vocabulary[random.below(vocabulary.count)] }
                    copy[position] = replacement
                }
                texts.append((copy, cluster))
            }
        }
        for _ in 0..<30 { texts.append((random.text(300, from: vocabulary), nil)) }
        texts = random.shuffled(texts)

        var expected: [[Int]] = []
        for cluster in 0..<10 {
            expected.append(texts.indices.filter { texts[$0].cluster == cluster })
        }
        expected.sort { $0[0] < $1[0] }

        let signatures = texts.map { signature($0.words) }
        let result = clusterer.cluster(signatures)
        #expect(result.clusters == expected)
        let links = expected.map { $0.count - 1 }.reduce(0, +)
        #expect(result.verifiedPairs >= links)
        #expect(result.candidatePairs >= result.verifiedPairs)
    }

    @Test func nilSignaturesNeverCluster() throws {
        let words = "the river rose overnight and the bridge was closed to traffic until noon".split(separator: " ").map(String.init)
        let text = try #require(signature(words))
        let result = clusterer.cluster([text, nil, text, nil, nil])
        #expect(result.clusters == [[0, 2]])
        #expect(result.candidatePairs == 1)
        #expect(result.verifiedPairs == 1)

        let empty = clusterer.cluster([nil, nil, nil])
        #expect(empty.clusters == [])
        #expect(empty.candidatePairs == 0)
        #expect(empty.verifiedPairs == 0)
    }

    @Test func noSignaturesGiveNoClusters() {
        let result = clusterer.cluster([])
        #expect(result.clusters == [])
        #expect(result.candidatePairs == 0)
    }

    @Test func candidatesBelowTheThresholdAreNotJoined() {
        // 32 bands of 4 rows; the two signatures differ in 10 positions, all
        // in different bands, so they share 22 bands and agree on 118 of 128
        // values (an estimated similarity of 0.921875).
        var random = DedupTestRandom(seed: 11)
        let first = (0..<128).map { _ in UInt32(truncatingIfNeeded: random.next()) }
        var second = first
        for band in 0..<10 { second[band * 4 + 1] &+= 1 }
        let signatures: [MinHashSignature?] = [MinHashSignature(values: first), MinHashSignature(values: second)]
        let parameters = LSHParameters(bands: 32, rows: 4)

        let loose = NearDuplicateClusterer(threshold: 0.9, parameters: parameters).cluster(signatures)
        #expect(loose.clusters == [[0, 1]])
        #expect(loose.candidatePairs == 1)
        #expect(loose.verifiedPairs == 1)

        let exact = NearDuplicateClusterer(threshold: 0.921875, parameters: parameters).cluster(signatures)
        #expect(exact.clusters == [[0, 1]])

        let strict = NearDuplicateClusterer(threshold: 0.95, parameters: parameters).cluster(signatures)
        #expect(strict.clusters == [])
        #expect(strict.candidatePairs == 1)
        #expect(strict.verifiedPairs == 0)
    }

    @Test func verifiedPairsJoinTransitively() {
        // b is close to both a and c; a and c are further apart but end in
        // one cluster through b.
        var random = DedupTestRandom(seed: 12)
        let a = (0..<128).map { _ in UInt32(truncatingIfNeeded: random.next()) }
        var b = a
        for position in stride(from: 0, to: 128, by: 16) { b[position] &+= 1 }  // 8 changes
        var c = b
        for position in stride(from: 8, to: 128, by: 16) { c[position] &+= 1 }  // 8 more
        let signatures: [MinHashSignature?] = [a, b, c].map { MinHashSignature(values: $0) }
        let clusterer = NearDuplicateClusterer(threshold: 0.9, parameters: LSHParameters(bands: 32, rows: 4))
        #expect(MinHashSignature(values: a).estimatedJaccard(with: MinHashSignature(values: c)) == 0.875)
        let result = clusterer.cluster(signatures)
        #expect(result.clusters == [[0, 1, 2]])
        #expect(result.verifiedPairs == 2)
        #expect(result.candidatePairs == 3)
    }
}
