import Testing

@testable import WinnowCore

@Suite("dedup and canonical stages")
struct DedupAndCanonicalStageTests {
    @Test func dedupSignsTheTextAsItIsAtItsPosition() throws {
        let harness = StageHarness<DedupStage>()
        func signature(_ text: String) throws -> MinHashSignature? {
            harness.stage.observe(try harness.run(text: text), context: StageContext(stageName: "dedup", stageIndex: 0))
        }
        let signatureA = try #require(try signature("The harbour board met on Tuesday to approve the quay extension."))
        #expect(signatureA.values.count == 128)
        #expect(signatureA == (try signature("THE HARBOUR BOARD MET ON TUESDAY — to approve the quay\nextension!")))
        let signatureC = try #require(try signature("Ferry fares will fall by half from April, the operator said."))
        #expect(signatureC.estimatedJaccard(with: signatureA) < 0.2)
        #expect(try signature("— … —") == nil)
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
        #expect(stage.choose(among: [features(900, nil, "herald.example"), features(500, nil, "gazette.example")]).0 == 1)
        #expect(stage.choose(among: [features(500, nil, "gazette.example"), features(400, nil, "Wire.example")]).0 == 1)
        #expect(stage.choose(among: [features(500), features(900)]).0 == 1)
        #expect(stage.choose(among: [features(500, "2026-03-02"), features(500, "2026-03-01T23:00:00Z")]).0 == 1)
    }

    @Test func recordsWithoutADateComeAfterDatedOnesAndTiesGoToTheFirstRead() {
        let stage = CanonicalStage(options: CanonicalOptions())
        #expect(stage.choose(among: [features(500), features(500, "2026-03-02")]).0 == 1)
        #expect(stage.choose(among: [features(500, "2026-03-02"), features(500, "2026-03-02")]).0 == 0)
        #expect(stage.choose(among: [features(500), features(500), features(500)]).0 == 0)
    }

    @Test func theOrderOfCriteriaMatters() {
        var options = CanonicalOptions()
        options.prefer = [.earliestPublished, .longestText]
        let stage = CanonicalStage(options: options)
        #expect(stage.choose(among: [features(900, "2026-03-02"), features(500, "2026-03-01")]).0 == 1)
    }
}
