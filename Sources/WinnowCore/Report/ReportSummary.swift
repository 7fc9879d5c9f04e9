/// Everything the reports say about a run besides the per-record entries.
struct ReportSummary {
    let configuration: PipelineConfiguration
    let summary: RunSummary
    let statistics: RemovalStatistics
    let clustering: Clustering
    let ids: [String]
    let rejections: [Rejection]

    var counts: JSONObject {
        JSONObject([
            "read": .number(JSONNumber(summary.read)),
            "canonical": .number(JSONNumber(summary.canonical)),
            "folded": .number(JSONNumber(summary.folded)),
            "rejected": .number(JSONNumber(summary.rejected)),
            "clusters": .number(JSONNumber(summary.clusters)),
            "skippedFiles": .number(JSONNumber(summary.skippedFiles)),
        ])
    }

    var dedup: JSONValue {
        guard let stage = configuration.dedup,
            let index = configuration.stages.firstIndex(where: { $0 is DedupStage })
        else { return .null }
        return .object(
            JSONObject([
                "stageIndex": .number(JSONNumber(index)),
                "shingleSize": .number(JSONNumber(stage.options.shingleSize)),
                "permutations": .number(JSONNumber(stage.options.permutations)),
                "threshold": .number(JSONNumber(stage.options.threshold)),
                "bands": .number(JSONNumber(stage.parameters.bands)),
                "rows": .number(JSONNumber(stage.parameters.rows)),
                "seed": .number(JSONNumber(stage.options.seed)),
                "candidatePairs": .number(JSONNumber(clustering.candidatePairs)),
                "verifiedPairs": .number(JSONNumber(clustering.verifiedPairs)),
            ]))
    }

    var clusters: JSONValue {
        .array(
            clustering.clusters.map { cluster in
                .object(
                    JSONObject([
                        "canonical": .string(ids[cluster.canonical]),
                        "members": .array(
                            cluster.members.map { member in
                                .object(
                                    JSONObject([
                                        "id": .string(ids[member.record]),
                                        "similarity": .number(JSONNumber(rounded(member.similarity))),
                                    ]))
                            }),
                    ]))
            })
    }

    /// The fate of kept record `record`, as the fields that close its
    /// `report.json` entry.
    func fate(of record: Int, duplicates: [Int: [Int]]) -> JSONObject {
        let canonical = clustering.canonicalOf[record]
        if canonical == record {
            return JSONObject([
                "status": "canonical",
                "duplicates": .array((duplicates[record] ?? []).map { .string(ids[$0]) }),
            ])
        }
        let similarity = clustering.similarityToCanonical[record] ?? 0
        return JSONObject([
            "status": "duplicate",
            "duplicateOf": .string(ids[canonical]),
            "similarity": .number(JSONNumber(rounded(similarity))),
        ])
    }

    private func rounded(_ value: Double) -> Double {
        (value * 1000).rounded() / 1000
    }
}
