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
                "guard": .object(guardDecisions(report.nearDuplicates ?? DedupOutcome(), ids: report.ids)),
            ]))
    }

    static func cluster(_ cluster: RunReport.ClusterEntry) -> JSONValue {
        var object = JSONObject()
        object["canonical"] = .string(cluster.canonical)
        object["reason"] = reason(cluster.reason)
        object["members"] = .array(
            cluster.members.map { member in
                var entry = JSONObject()
                entry["id"] = .string(member.id)
                entry["similarity"] = .number(JSONNumber(rounded(member.similarity)))
                entry["centrality"] = .number(JSONNumber(rounded(member.centrality)))
                if let evidence = member.evidence { entry["evidence"] = self.evidence(evidence) }
                return .object(entry)
            })
        return .object(object)
    }

    /// Why a canonical won: the deciding criterion and both sides' values.
    static func reason(_ reason: CanonicalReason) -> JSONValue {
        var object = JSONObject()
        switch reason {
        case .preferredSource(let rank, let runnerUp):
            object["criterion"] = "preferred-source"
            object["value"] = .number(JSONNumber(rank))
            object["runnerUp"] = .number(JSONNumber(runnerUp))
        case .mostCentral(let centrality, let runnerUp):
            object["criterion"] = "most-central"
            object["value"] = .number(JSONNumber(rounded(centrality)))
            object["runnerUp"] = .number(JSONNumber(rounded(runnerUp)))
        case .longestText(let length, let runnerUp):
            object["criterion"] = "longest-text"
            object["value"] = .number(JSONNumber(length))
            object["runnerUp"] = .number(JSONNumber(runnerUp))
        case .earliestPublished(let published, let runnerUp):
            object["criterion"] = "earliest-published"
            object["value"] = published.map { .number(JSONNumber($0)) } ?? .null
            object["runnerUp"] = runnerUp.map { .number(JSONNumber($0)) } ?? .null
        case .firstRead:
            object["criterion"] = "first-read"
        }
        return .object(object)
    }

    /// How a pair compared: the estimates, the bands, the verdict.
    static func evidence(_ evidence: PairEvidence) -> JSONValue {
        var object = JSONObject()
        object["jaccard"] = .number(JSONNumber(rounded(evidence.jaccard)))
        object["containment"] = .number(JSONNumber(rounded(evidence.containment)))
        object["agreements"] = .number(JSONNumber(evidence.agreements))
        object["sharedBands"] = .number(JSONNumber(evidence.sharedBands))
        switch evidence.verdict {
        case .duplicate(let basis):
            object["verdict"] = "duplicate"
            object["basis"] = .string(basis.rawValue)
        case .belowThreshold: object["verdict"] = "below-threshold"
        case .tooShortToBeContained(let words):
            object["verdict"] = "too-short-to-be-contained"
            object["words"] = .number(JSONNumber(words))
        case .distinctBlocks: object["verdict"] = "distinct-blocks"
        }
        return .object(object)
    }

    /// The chaining guard's decisions and the refused candidate pairs.
    static func guardDecisions(_ outcome: DedupOutcome, ids: [String]) -> JSONObject {
        var refused = JSONObject()
        refused["belowThreshold"] = .number(JSONNumber(outcome.refusedPairs.belowThreshold))
        refused["tooShortToBeContained"] = .number(JSONNumber(outcome.refusedPairs.tooShortToBeContained))
        refused["distinctBlocks"] = .number(JSONNumber(outcome.refusedPairs.distinctBlocks))
        refused["sharedPart"] = .number(JSONNumber(outcome.refusedPairs.sharedPart))
        let decisions: [JSONValue] = outcome.chainingDecisions.map { decision in
            var object = JSONObject()
            switch decision {
            case .notMatchingCanonical(let record, let canonical, let linkedThrough, let evidence):
                object["decision"] = "not-matching-canonical"
                object["id"] = .string(ids[record])
                object["canonical"] = .string(ids[canonical])
                object["linkedThrough"] = .string(ids[linkedThrough])
                object["evidence"] = self.evidence(evidence)
            case .sharedPartOfDifferentTexts(let record, let containers, let evidence):
                object["decision"] = "shared-part-of-different-texts"
                object["id"] = .string(ids[record])
                object["containers"] = .array(containers.map { .string(ids[$0]) })
                object["evidence"] = self.evidence(evidence)
            }
            return .object(object)
        }
        return JSONObject(["refusedPairs": .object(refused), "chainingDecisions": .array(decisions)])
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
        if let detail = removal.detail { object["detail"] = .string(detail) }
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
