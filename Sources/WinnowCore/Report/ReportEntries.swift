/// The JSON shapes of the reports, in one place: typed values in, JSON out.
enum ReportEntries {
    /// The version of `report.json`'s layout.
    static let reportVersion = 2

    static func counts(_ summary: RunSummary) -> JSONObject {
        JSONObject([
            "read": .number(JSONNumber(summary.read)),
            "canonical": .number(JSONNumber(summary.canonical)),
            "folded": .number(JSONNumber(summary.folded)),
            "rejected": .number(JSONNumber(summary.rejected)),
            "clusters": .number(JSONNumber(summary.clusters)),
            "skippedFiles": .number(JSONNumber(summary.skippedFiles)),
        ])
    }

    static func dedup(_ report: RunReport) -> JSONValue {
        guard let stage = report.configuration.dedup,
            let index = report.configuration.stages.firstIndex(where: { $0 is DedupStage })
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
                "candidatePairs": .number(JSONNumber(report.nearDuplicates?.candidatePairs ?? 0)),
                "verifiedPairs": .number(JSONNumber(report.nearDuplicates?.verifiedPairs ?? 0)),
            ]))
    }

    static func cluster(_ cluster: RunReport.ClusterEntry) -> JSONValue {
        var object = JSONObject()
        object["canonical"] = .string(cluster.canonical)
        if let reason = cluster.reason {
            object["reason"] = .object(
                JSONObject([
                    "criterion": JSONValue(reason.criterion?.rawValue), "detail": .string(reason.detail),
                ]))
        }
        object["members"] = .array(
            cluster.members.map { member in
                .object(
                    JSONObject([
                        "id": .string(member.id), "similarity": .number(JSONNumber(rounded(member.similarity))),
                    ]))
            })
        return .object(object)
    }

    /// A record's entry in `report.json`'s `records`.
    static func record(_ entry: RecordReport) -> JSONValue {
        var object = JSONObject()
        object["id"] = .string(entry.id)
        object["input"] = .string(entry.input)
        object["title"] = JSONValue(entry.title)
        object["source"] = JSONValue(entry.source)
        let offsets = entry.originalText.map { CodePointOffsets(text: $0, removals: entry.removals) }
        object["removals"] = .array(
            entry.removals.enumerated().map { index, removal in self.removal(removal, span: offsets?.spans[index]) })
        switch entry.outcome {
        case .canonical(let duplicates):
            object["status"] = "canonical"
            object["duplicates"] = .array(duplicates.map(JSONValue.string))
        case .duplicate(let canonical, let similarity):
            object["status"] = "duplicate"
            object["duplicateOf"] = .string(canonical)
            object["similarity"] = .number(JSONNumber(rounded(similarity)))
        case .rejected(let reason, _):
            object["status"] = "rejected"
            object["reason"] = .string(reason)
        }
        return .object(object)
    }

    /// One removal; `span` is its place in the record's original text in
    /// code points, when known.
    static func removal(_ removal: Removal, span: Range<Int>?) -> JSONValue {
        var object = JSONObject()
        object["stage"] = .string(removal.stage)
        object["stageIndex"] = .number(JSONNumber(removal.stageIndex))
        object["rule"] = .string(removal.rule)
        object["kind"] = .string(removal.kind.rawValue)
        object["text"] = .string(removal.text)
        object["characters"] = .number(JSONNumber(removal.characters))
        object["lines"] = .number(JSONNumber(removal.lines))
        object["line"] = removal.line.map { .number(JSONNumber($0)) } ?? .null
        if let span {
            object["start"] = .number(JSONNumber(span.lowerBound))
            object["end"] = .number(JSONNumber(span.upperBound))
        }
        if removal.isTruncated { object["truncated"] = .bool(true) }
        return .object(object)
    }

    /// The run's `timing`: wall seconds per phase, and per stage and step
    /// the seconds summed over the worker tasks.
    static func timing(_ timing: RunTiming) -> JSONObject {
        func seconds(_ value: Double) -> JSONValue { .number(JSONNumber(rounded(value))) }
        return JSONObject([
            "seconds": seconds(timing.seconds),
            "jobs": .number(JSONNumber(timing.jobs)),
            "phases": .array(
                timing.phases.map { .object(JSONObject(["phase": .string($0.name), "seconds": seconds($0.seconds)])) }),
            "stages": .array(
                timing.stages.map { stage in
                    .object(
                        JSONObject([
                            "stage": .string(stage.stage), "stageIndex": .number(JSONNumber(stage.stageIndex)),
                            "seconds": seconds(stage.seconds + stage.decideSeconds),
                            "decideSeconds": seconds(stage.decideSeconds),
                        ]))
                }),
            "work": .array(
                [("read", timing.reading), ("parse", timing.parse), ("decode", timing.decode), ("encode", timing.encode)]
                    .map { .object(JSONObject(["step": .string($0.0), "seconds": seconds($0.1)])) }),
        ])
    }

    static func rejection(_ rejection: Rejection) -> JSONValue {
        var object = JSONObject()
        object["id"] = .string(rejection.key)
        object["reason"] = .string(rejection.reason)
        object["input"] = .string(rejection.input)
        return .object(object)
    }

    static func rounded(_ value: Double) -> Double {
        (value * 1000).rounded() / 1000
    }
}

/// Removal ranges (UTF-8 offsets) converted to code point offsets into the
/// same text, in one pass over it.
struct CodePointOffsets {
    /// The span of each removal, by position; nil when it has no range.
    let spans: [Range<Int>?]

    init(text: String, removals: [Removal]) {
        var wanted: [Int] = []
        for removal in removals {
            if let range = removal.range { wanted.append(contentsOf: [range.lowerBound, range.upperBound]) }
        }
        guard !wanted.isEmpty else {
            spans = Array(repeating: nil, count: removals.count)
            return
        }
        let targets = Array(Set(wanted)).sorted()
        var converted: [Int: Int] = [:]
        var next = 0
        var scalars = 0
        var offset = 0
        for byte in text.utf8 {
            while next < targets.count, targets[next] <= offset {
                converted[targets[next]] = scalars
                next += 1
            }
            if byte & 0xC0 != 0x80 { scalars += 1 }
            offset += 1
        }
        while next < targets.count {
            converted[targets[next]] = scalars
            next += 1
        }
        spans = removals.map { removal in
            removal.range.flatMap { range in
                guard let start = converted[range.lowerBound], let end = converted[range.upperBound] else { return nil }
                return start..<end
            }
        }
    }
}
