import Testing

@testable import WinnowCore

@Suite("dedup and canonical stages")
struct DedupAndCanonicalStageTests {
    @Test func dedupSignsTheTextAsItIsAtItsPosition() throws {
        let harness = StageHarness<DedupStage>()
        let a = try harness.run(text: "The harbour board met on Tuesday to approve the quay extension.")
        let b = try harness.run(text: "THE HARBOUR BOARD MET ON TUESDAY — to approve the quay\nextension!")
        let c = try harness.run(text: "Ferry fares will fall by half from April, the operator said.")
        let signatureA = try #require(a.signature)
        #expect(signatureA.values.count == 128)
        #expect(signatureA == b.signature)
        #expect(try #require(c.signature).estimatedJaccard(with: signatureA) < 0.2)
        #expect(try harness.run(text: "— … —").signature == nil)
    }

    @Test func defaultBandingFitsTheThreshold() {
        #expect(DedupStage(options: DedupOptions()).parameters == LSHParameters(bands: 9, rows: 13))
    }

    func features(_ length: Int, _ published: String? = nil, _ source: String? = nil) -> CanonicalFeatures {
        CanonicalFeatures(textLength: length, published: published.flatMap(PublishedDate.init)?.secondsSince1970, source: source)
    }

    @Test func canonicalPrefersPreferredSourcesThenLongestThenEarliest() throws {
        let configuration = try PipelineConfiguration.parse(
            #"{"stages": [{"stage": "canonical", "sources": ["wire.example", "www.gazette.example"]}]}"#, file: "p.json")
        let stage = try #require(configuration.canonical)
        #expect(stage.choose(among: [features(900, nil, "herald.example"), features(500, nil, "gazette.example")]) == 1)
        #expect(stage.choose(among: [features(500, nil, "gazette.example"), features(400, nil, "Wire.example")]) == 1)
        #expect(stage.choose(among: [features(500), features(900)]) == 1)
        #expect(stage.choose(among: [features(500, "2026-03-02"), features(500, "2026-03-01T23:00:00Z")]) == 1)
    }

    @Test func recordsWithoutADateComeAfterDatedOnesAndTiesGoToTheFirstRead() {
        let stage = CanonicalStage(options: CanonicalOptions())
        #expect(stage.choose(among: [features(500), features(500, "2026-03-02")]) == 1)
        #expect(stage.choose(among: [features(500, "2026-03-02"), features(500, "2026-03-02")]) == 0)
        #expect(stage.choose(among: [features(500), features(500), features(500)]) == 0)
    }

    @Test func theOrderOfCriteriaMatters() {
        var options = CanonicalOptions()
        options.prefer = [.earliestPublished, .longestText]
        let stage = CanonicalStage(options: options)
        #expect(stage.choose(among: [features(900, "2026-03-02"), features(500, "2026-03-01")]) == 1)
    }
}
