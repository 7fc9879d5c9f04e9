import Foundation

@testable import WinnowCore

/// Report entries and an overview built as a run builds them: records go
/// through ``TextEditor`` so their removals carry positions.
enum ReportSamples {
    static let stageNames = ["html", "boilerplate", "normalize"]

    /// A record whose text has accents and an emoji before its removals, a
    /// placed advertisement line, a placed caption, and one removal without a
    /// position (made by a stage that did not edit through an editor).
    static func placedRecord(number: Int = 0, id: String = "story-1") -> RecordReport {
        let original =
            "Café 😀 opens.\nAdvertisement\nThe pier reopens in May.\nA gull at dawn. (Photo: Ann Lee)\nMore soon."
        var staged = StagedRecord(
            record: Record(
                id: id,
                title: "Pier <b>reopens</b>",
                content: .text(original),
                source: "lake.example",
                origin: "in.jsonl:1"
            ),
            number: number
        )
        let bytes = Array(original.utf8)
        func offset(of text: String) -> Int {
            var index = 0
            let needle = Array(text.utf8)
            while Array(bytes[index..<index + needle.count]) != needle { index += 1 }
            return index
        }
        var editor = TextEditor(staged.record.body)
        let ad = offset(of: "Advertisement\n")
        let caption = offset(of: "A gull")
        let captionEnd = offset(of: "More soon.")
        editor.keep(0..<ad)
        editor.remove(ad..<ad + 14, rule: "advertisement", kind: .advertisement, line: 2)
        editor.keep(ad + 14..<caption)
        editor.remove(caption..<captionEnd, rule: "photo-caption", kind: .caption, line: 4)
        editor.keep(captionEnd..<bytes.count)
        staged.commit(editor, in: StageContext(stageName: "boilerplate", stageIndex: 1))
        staged.recordRemoval(
            rule: "whitespace",
            kind: .whitespace,
            text: "",
            characters: 2,
            lines: 0,
            line: nil,
            in: StageContext(stageName: "normalize", stageIndex: 2)
        )
        staged.recordRemoval(
            rule: "tag:script",
            kind: .markup,
            text: "<script>alert(1)</script>",
            lines: 1,
            line: 9,
            in: StageContext(stageName: "html", stageIndex: 0)
        )
        return RecordReport(
            number: number,
            id: id,
            input: "in.jsonl:\(number + 1)",
            title: staged.record.title,
            source: staged.record.source,
            originalText: staged.lineage?.original,
            removals: staged.removals,
            cleanedText: staged.record.body,
            keptCharacters: staged.record.body.count,
            outcome: .canonical(duplicates: ["story-2"])
        )
    }

    static func records() -> [RecordReport] {
        var duplicate = placedRecord(number: 1, id: "story-2")
        duplicate.outcome = .duplicate(of: "story-1", similarity: 0.912)
        let rejected = RecordReport(
            number: 2,
            id: "in.jsonl:3",
            input: "in.jsonl:3",
            title: nil,
            source: nil,
            originalText: nil,
            removals: [],
            outcome: .rejected(reason: "the record has no \"id\" <field>", stageIndex: nil)
        )
        return [placedRecord(), duplicate, rejected]
    }

    static func overview(_ records: [RecordReport]) -> ReportOverview {
        var statistics = RemovalStatistics(stageNames: stageNames)
        for record in records { statistics.add(record) }
        var counts = ReportOverview.Counts()
        counts.read = records.count
        counts.canonical = 1
        counts.folded = 1
        counts.rejected = 1
        counts.clusters = 1
        return ReportOverview(
            configurationFile: "pipeline.json",
            pipeline: .array(stageNames.map { .object(JSONObject(["stage": .string($0)])) }),
            stageNames: stageNames,
            counts: counts,
            statistics: statistics,
            dedup: ReportOverview.Dedup(
                stageIndex: 3,
                shingleSize: 5,
                permutations: 128,
                threshold: 0.8,
                bands: 9,
                rows: 13,
                seed: 1,
                candidatePairs: 1,
                verifiedPairs: 1,
                guardDecisions: .object(
                    JSONObject(["refusedPairs": .object(JSONObject()), "chainingDecisions": .array([])])
                )
            ),
            clusters: [
                ReportOverview.Cluster(
                    canonical: "story-1",
                    reason: .longestText(length: 120, runnerUp: 100),
                    members: [
                        .init(id: "story-1", similarity: 1, isCanonical: true, centrality: 0.912, evidence: nil),
                        .init(
                            id: "story-2",
                            similarity: 0.912,
                            isCanonical: false,
                            centrality: 0.912,
                            evidence: PairEvidence(
                                jaccard: 0.912,
                                containment: 0.95,
                                agreements: 117,
                                sharedBands: 6,
                                firstBlock: nil,
                                secondBlock: nil,
                                verdict: .duplicate(.jaccard)
                            )
                        ),
                    ]
                )
            ],
            rejections: [Rejection(id: nil, reason: "the record has no \"id\" <field>", input: "in.jsonl:3")],
            seconds: 1.25,
            timing: .object(JSONObject(["seconds": 1.25]))
        )
    }

    /// Writes both reports of `records` into a fresh folder; returns it.
    static func write(_ records: [RecordReport]) async throws -> String {
        let directory = try Fixtures.temporaryDirectory()
        let json = try AtomicFile(destination: directory.appending("report.json"))
        let html = try AtomicFile(destination: directory.appending("report.html"))
        var chunks = stride(from: 0, to: records.count, by: ReportPageData.chunkSize).reversed().map {
            Array(records[$0..<min($0 + ReportPageData.chunkSize, records.count)])
        }
        try await ReportWriter.render(
            overview(records),
            json: json,
            html: html,
            jobs: 2,
            next: { () throws(RunError) -> [RecordReport]? in chunks.popLast() },
            decode: { $0 }
        )
        try json.commit()
        try html.commit()
        return directory
    }
}
