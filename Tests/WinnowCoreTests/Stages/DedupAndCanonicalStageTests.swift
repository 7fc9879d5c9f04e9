import Testing

@testable import WinnowCore

@Suite("dedup and canonical stages")
struct DedupAndCanonicalStageTests {
    @Test func dedupSignsTheTextAsItIsAtItsPosition() throws {
        let harness = StageHarness<DedupStage>()
        let a = try harness.run(text: "The harbour board met on Tuesday to approve the quay extension.")
        let b = try harness.run(text: "THE HARBOUR BOARD MET ON TUESDAY — to approve the quay\nextension!")
        let c = try harness.run(text: "Ferry fares will fall by half from April, the operator said.")
        let sketchA = try #require(harness.stage.sketch(of: a.record.body))
        #expect(sketchA.signature.values.count == 128)
        #expect(sketchA == harness.stage.sketch(of: b.record.body))
        #expect(
            try #require(harness.stage.sketch(of: c.record.body)).signature.estimatedJaccard(with: sketchA.signature)
                < 0.2
        )
        #expect(harness.stage.sketch(of: try harness.run(text: "— … —").record.body) == nil)
    }

    @Test func defaultBandingFitsTheCandidateThreshold() {
        #expect(DedupStage(options: DedupOptions()).parameters == LSHParameters(bands: 37, rows: 3))
    }

    @Test func aCandidateThresholdAboveTheThresholdIsRefused() {
        #expect(throws: ConfigurationError.self) {
            try PipelineConfiguration.parse(
                #"{"stages": [{"stage": "dedup", "threshold": 0.5, "candidateThreshold": 0.6}]}"#,
                file: "p.json"
            )
        }
    }

    @Test func theMostCentralMemberWinsAndTheReasonSaysSo() {
        let stage = CanonicalStage(options: CanonicalOptions())
        let choice = stage.decide(among: [features(900), features(500), features(600)], centrality: [0.6, 0.8, 0.7])
        #expect(choice.position == 1)
        #expect(choice.reason == .mostCentral(centrality: 0.8, runnerUp: 0.7))
        // Equally central: the longer text wins.
        let tie = stage.decide(among: [features(900), features(500)], centrality: [0.70, 0.70])
        #expect(tie.position == 0)
        #expect(tie.reason == .longestText(length: 900, runnerUp: 500))
        #expect(stage.decide(among: [features(5), features(5)], centrality: [0.5, 0.5]).reason == .firstRead)
    }

    func features(_ length: Int, _ published: String? = nil, _ source: String? = nil) -> CanonicalFeatures {
        CanonicalFeatures(
            textLength: length,
            published: published.flatMap(PublishedDate.init)?.secondsSince1970,
            source: source
        )
    }

    @Test func canonicalPrefersPreferredSourcesThenLongestThenEarliest() throws {
        let configuration = try PipelineConfiguration.parse(
            #"{"stages": [{"stage": "canonical", "sources": ["wire.example", "www.gazette.example"]}]}"#,
            file: "p.json"
        )
        let stage = try #require(configuration.canonical)
        #expect(
            stage.choose(among: [features(900, nil, "herald.example"), features(500, nil, "gazette.example")]) == 1
        )
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
