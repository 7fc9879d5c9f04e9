import Testing

@testable import WinnowCore

@Suite("NearDuplicateClusterer")
struct NearDuplicateClustererTests {
    private let stage = DedupStage(options: DedupOptions())

    /// An invented article: `paragraphs` paragraphs of 40–70 words.
    private func article(_ random: inout DedupTestRandom, _ vocabulary: [String], paragraphs: Int = 8) -> [String] {
        (0..<paragraphs).map { _ in random.text(40 + random.below(31), from: vocabulary).joined(separator: " ") }
    }

    /// `rate` of the words mistyped (a letter dropped or doubled), plus one
    /// junk token.
    private func typos(_ paragraphs: [String], rate: Double, _ random: inout DedupTestRandom) -> [String] {
        var copy = paragraphs.map { paragraph in
            paragraph.split(separator: " ").map { word -> String in
                guard random.below(10_000) < Int(rate * 10_000) else { return String(word) }
                return random.below(2) == 0 ? String(word.dropLast()) : word + String(word.last ?? "x")
            }.joined(separator: " ")
        }
        copy[0] += " xqz"
        return copy
    }

    private func outcome(_ texts: [[String]], lengths: [Int]? = nil) -> DedupOutcome {
        let table = SketchTable(
            permutations: 128,
            sketches: texts.map { stage.sketch(of: $0.joined(separator: "\n\n")) }
        )
        let features = texts.enumerated().map { index, text in
            CanonicalFeatures(
                textLength: lengths?[index] ?? text.joined(separator: "\n\n").utf8.count,
                published: nil,
                source: nil
            )
        }
        return stage.clusterer.cluster(
            table,
            chooser: CanonicalStage(options: CanonicalOptions()).chooser(features: features)
        )
    }

    private func groups(_ outcome: DedupOutcome) -> [[Int]] {
        outcome.clusters.map { $0.members.map(\.record) }
    }

    @Test func trimmedTypoAndWrappedCopiesFoldIntoTheirOriginal() {
        var random = DedupTestRandom(seed: 0x5EED)
        let vocabulary = random.vocabulary(4_000)
        var texts: [[String]] = []
        var expected: [[Int]] = []
        for _ in 0..<6 {
            let original = article(&random, vocabulary)
            var members = [texts.count]
            texts.append(original)
            // Trimmed to 6 of 8 paragraphs, 3% typos, wrapper lines.
            members.append(texts.count)
            texts.append(Array(original.prefix(4)) + Array(original.suffix(2)))
            members.append(texts.count)
            texts.append(typos(original, rate: 0.03, &random))
            members.append(texts.count)
            texts.append(["Republished with permission from another outlet"] + original + ["Follow us for more news"])
            expected.append(members)
        }
        for _ in 0..<20 { texts.append(article(&random, vocabulary)) }
        let result = outcome(texts)
        #expect(groups(result) == expected)
        // The original, the medoid, is kept, not a copy.
        #expect(result.clusters.map(\.canonical) == expected.map { $0[0] })
        for cluster in result.clusters {
            guard case .mostCentral(let winner, let runnerUp) = cluster.reason else {
                Issue.record("canonical chosen by \(cluster.reason), not centrality")
                continue
            }
            #expect(winner > runnerUp)
            #expect(cluster.members.filter { $0.evidence == nil }.map(\.record) == [cluster.canonical])
        }
    }

    @Test func aTrimmedCopyMatchesByContainmentNotJaccard() throws {
        var random = DedupTestRandom(seed: 21)
        let vocabulary = random.vocabulary(4_000)
        let original = article(&random, vocabulary, paragraphs: 10)
        let trimmed = Array(original.prefix(7))
        let a = try #require(stage.sketch(of: original.joined(separator: "\n\n")))
        let b = try #require(stage.sketch(of: trimmed.joined(separator: "\n\n")))
        let evidence = stage.clusterer.verifier.evaluate(a, b)
        #expect(evidence.jaccard < 0.8)
        #expect(evidence.containment > 0.9)
        #expect(evidence.verdict == .duplicate(.containment))
    }

    @Test func aOneLineBriefNeverCountsAsContained() throws {
        var random = DedupTestRandom(seed: 22)
        let vocabulary = random.vocabulary(4_000)
        let original = article(&random, vocabulary)
        let brief = String(original[0].split(separator: " ").prefix(30).joined(separator: " "))
        let a = try #require(stage.sketch(of: original.joined(separator: "\n\n")))
        let b = try #require(stage.sketch(of: brief))
        let evidence = stage.clusterer.verifier.evaluate(a, b)
        #expect(evidence.containment > 0.9)
        #expect(evidence.verdict == .tooShortToBeContained(words: 30))
        #expect(groups(outcome([original, [brief]])) == [])
    }

    @Test func aShortStoryInsideWrapperLinesFoldsByContainment() throws {
        var random = DedupTestRandom(seed: 31)
        let vocabulary = random.vocabulary(4_000)
        // 28 words (under minimumContainedWords) in 45 words of wrapper
        // lines: the story is over a quarter of the wrapped copy.
        let story = random.text(28, from: vocabulary).joined(separator: " ")
        let wrapped = [
            random.text(20, from: vocabulary).joined(separator: " "), story,
            random.text(25, from: vocabulary).joined(separator: " "),
        ]
        let a = try #require(stage.sketch(of: story))
        let b = try #require(stage.sketch(of: wrapped.joined(separator: "\n\n")))
        #expect(stage.clusterer.verifier.evaluate(a, b).verdict == .duplicate(.containment))
        #expect(groups(outcome([[story], wrapped])) == [[0, 1]])
    }

    @Test func aTypoedAndAWrappedCopyNeedNotMatchEachOtherToFold() {
        var random = DedupTestRandom(seed: 32)
        let vocabulary = random.vocabulary(4_000)
        var texts: [[String]] = []
        var expected: [[Int]] = []
        for _ in 0..<6 {
            // A short original, a copy with junk tokens in it, and a copy in
            // long wrapper lines: the two copies differ too much from each
            // other, yet both are the original.
            let original = [
                random.text(30, from: vocabulary).joined(separator: " "),
                random.text(25, from: vocabulary).joined(separator: " "),
            ]
            var junked = original.map { $0.split(separator: " ").map(String.init) }
            junked[0].insert("ipsum", at: 9)
            junked[1].insert("xqz", at: 14)
            let wrapper = (0..<2).map { _ in random.text(20, from: vocabulary).joined(separator: " ") }
            expected.append([texts.count, texts.count + 1, texts.count + 2])
            texts.append(original)
            texts.append(junked.map { $0.joined(separator: " ") })
            texts.append([wrapper[0]] + original + [wrapper[1]])
        }
        #expect(groups(outcome(texts)) == expected)
    }

    @Test func twoJunkTokensAFewWordsApartAreStillEdits() throws {
        var random = DedupTestRandom(seed: 33)
        let vocabulary = random.vocabulary(4_000)
        let words = random.text(45, from: vocabulary)
        var edited = words
        edited.insert("[ad]", at: 30)
        edited.insert("xqz", at: 14)
        edited.insert("lorem", at: 10)
        // Three words between the two inserted tokens: their shingles form
        // one stretch wider than a single edit.
        var strict = DedupOptions()
        strict.editGapWords = 0
        func verdict(_ options: DedupOptions) throws -> PairVerdict {
            let stage = DedupStage(options: options)
            let a = try #require(stage.sketch(of: words.joined(separator: " ")))
            let b = try #require(stage.sketch(of: edited.joined(separator: " ")))
            let evidence = stage.clusterer.verifier.evaluate(a, b)
            #expect(evidence.jaccard < 0.8)
            return evidence.verdict
        }
        #expect(try verdict(DedupOptions()) == .duplicate(.edits))
        #expect(try verdict(strict) == .belowThreshold)
    }

    @Test(arguments: [0.01, 0.02, 0.03])
    func typoedCopiesFold(rate: Double) {
        var random = DedupTestRandom(seed: UInt64(rate * 1_000))
        let vocabulary = random.vocabulary(4_000)
        let texts = (0..<8).flatMap { _ -> [[String]] in
            let original = article(&random, vocabulary)
            return [original, typos(original, rate: rate, &random)]
        }
        #expect(groups(outcome(texts)) == (0..<8).map { [$0 * 2, $0 * 2 + 1] })
    }

    @Test func differentStoriesInOneLongTemplateStayApart() {
        var random = DedupTestRandom(seed: 23)
        let vocabulary = random.vocabulary(4_000)
        let header = [random.text(20, from: vocabulary).joined(separator: " ")]
        let footer = (0..<3).map { _ in random.text(45, from: vocabulary).joined(separator: " ") }
        // 40-word stories in 155 words of template: Jaccard about 0.6,
        // containment about 0.8, each story one block of its own text.
        let texts = (0..<12).map { _ in header + [random.text(40, from: vocabulary).joined(separator: " ")] + footer }
        let result = outcome(texts)
        #expect(groups(result) == [])
        #expect(result.refusedPairs.distinctBlocks > 0)
    }

    @Test func aTemplateOnlyPageJoinsNoneOfTheStoriesContainingIt() {
        var random = DedupTestRandom(seed: 24)
        let vocabulary = random.vocabulary(4_000)
        let template = (0..<4).map { _ in random.text(40, from: vocabulary).joined(separator: " ") }
        var texts = [template]
        for _ in 0..<5 { texts.append(template + [random.text(60, from: vocabulary).joined(separator: " ")]) }
        let result = outcome(texts)
        #expect(groups(result) == [])
        #expect(result.chainingDecisions.contains { $0.record == 0 })
        #expect(result.refusedPairs.sharedPart > 0)
    }

    @Test func notesOfAFewWordsInOneLongTemplateStayApart() {
        var random = DedupTestRandom(seed: 26)
        let vocabulary = random.vocabulary(4_000)
        let header = [random.text(30, from: vocabulary).joined(separator: " ")]
        let footer = (0..<3).map { _ in random.text(40, from: vocabulary).joined(separator: " ") }
        // Notes of 3–8 words: each pair of them is over 0.9 similar, and
        // only the longer stories in the same frame show it is a frame.
        var texts = (0..<6).map { _ in header + [random.text(35, from: vocabulary).joined(separator: " ")] + footer }
        for _ in 0..<8 {
            texts.append(header + [random.text(3 + random.below(6), from: vocabulary).joined(separator: " ")] + footer)
        }
        let result = outcome(texts)
        #expect(groups(result) == [])
        #expect(result.refusedPairs.sharedFrame > 0)
    }

    @Test func aShortStoryWithATypoFoldsAsAnEditedCopy() throws {
        var random = DedupTestRandom(seed: 27)
        let vocabulary = random.vocabulary(4_000)
        // 25 words: too short for containment, and one changed word leaves
        // a Jaccard similarity of about 0.65.
        let words = random.text(25, from: vocabulary)
        var typoed = words
        typoed[12] += "x"
        let result = outcome([[words.joined(separator: " ")], [typoed.joined(separator: " ")]])
        #expect(groups(result) == [[0, 1]])
        let evidence = try #require(result.clusters.first?.members.compactMap(\.evidence).first)
        #expect(evidence.verdict == .duplicate(.edits) || evidence.verdict == .duplicate(.jaccard))
    }

    @Test func twoShortStoriesSharingASentenceAreNotEditsOfEachOther() {
        var random = DedupTestRandom(seed: 28)
        let vocabulary = random.vocabulary(4_000)
        // The same 20-word lead, then 10 words of each story's own: similar
        // at about 0.5, but each holds its own stretch of text.
        let lead = random.text(20, from: vocabulary)
        let texts = (0..<2).map { _ in [(lead + random.text(10, from: vocabulary)).joined(separator: " ")] }
        #expect(groups(outcome(texts)) == [])
    }

    @Test func aChainOfWeakLinksDoesNotMergeItsEnds() throws {
        // a–b, b–c and c–d agree in 103 of 128 bins, a–c in 78, b–d in 78:
        // union-find joins all four, but d does not match the canonical b.
        var random = DedupTestRandom(seed: 25)
        var values = (0..<128).map { _ in UInt32(truncatingIfNeeded: random.next()) & MinHashSignature.valueMask }
        var signatures = [values]
        for step in 0..<3 {
            for bin in step * 25..<(step + 1) * 25 { values[bin] ^= 0x100 }
            signatures.append(values)
        }
        let table = SketchTable(
            permutations: 128,
            sketches: signatures.map {
                DedupSketch(signature: MinHashSignature(values: $0), shingleCount: 500, wordCount: 500)
            }
        )
        let clusterer = NearDuplicateClusterer(
            criteria: DuplicateCriteria(
                threshold: 0.75,
                containment: 2,
                minimumContainedWords: 50,
                minimumBlockShingles: 0
            ),
            parameters: LSHParameters(bands: 32, rows: 4)
        )
        let features = Array(repeating: CanonicalFeatures(textLength: 100, published: nil, source: nil), count: 4)
        let result = clusterer.cluster(
            table,
            chooser: CanonicalStage(options: CanonicalOptions()).chooser(features: features)
        )
        #expect(result.verifiedPairs == 3)
        #expect(groups(result) == [[0, 1, 2]])
        #expect(result.clusters.first?.canonical == 1)
        let decision = try #require(result.chainingDecisions.first)
        guard case .notMatchingCanonical(let record, let canonical, let link, let evidence) = decision else {
            Issue.record("unexpected decision \(decision)")
            return
        }
        #expect((record, canonical, link) == (3, 1, 2))
        #expect(evidence.agreements == 78)
    }

    @Test func clusteringIsDeterministic() {
        var random = DedupTestRandom(seed: 26)
        let vocabulary = random.vocabulary(4_000)
        var texts: [[String]] = []
        for _ in 0..<10 {
            let original = article(&random, vocabulary)
            texts.append(original)
            texts.append(typos(original, rate: 0.02, &random))
        }
        let first = outcome(texts)
        let second = outcome(texts)
        #expect(first.clusters == second.clusters)
        #expect(first.chainingDecisions == second.chainingDecisions)
        #expect(first.candidatePairs == second.candidatePairs)
    }

    @Test func unsignedRecordsNeverCluster() {
        let text = ["the river rose overnight and the bridge was closed to traffic until noon on the quay"]
        let result = outcome([text, [], text, []])
        #expect(groups(result) == [[0, 2]])
    }
}
