/// The JSON shapes of the reports, in one place: typed values in, JSON out.
/// `docs/report.md` documents every field; ``ReportJSONReader`` reads the
/// same shapes back.
enum ReportEntries {
    /// The version of `report.json`'s layout.
    static let reportVersion = 3

    /// Everything before `records`, in the order it is written.
    /// The header without its two long lists, `clusters` and `rejected`,
    /// which follow it in that order (``ReportJSONWriter`` streams them an
    /// element at a time).
    static func header(_ overview: ReportOverview) -> JSONObject {
        var head = JSONObject()
        head["version"] = .number(JSONNumber(reportVersion))
        head["configuration"] = .string(overview.configurationFile)
        head["pipeline"] = overview.pipeline
        head["counts"] = .object(counts(overview.counts))
        // The only part that differs between two runs of the same input.
        head["timing"] = overview.timing
        head["totals"] = .object(totals(overview.statistics))
        head["stages"] = stages(overview.statistics)
        head["kinds"] = kinds(overview.statistics)
        head["sources"] = sources(overview.statistics)
        head["dedup"] = overview.dedup.map(dedup) ?? .null
        return head
    }

    static func counts(_ counts: ReportOverview.Counts) -> JSONObject {
        var object = JSONObject([
            "read": .number(JSONNumber(counts.read)),
            "canonical": .number(JSONNumber(counts.canonical)),
            "folded": .number(JSONNumber(counts.folded)),
            "rejected": .number(JSONNumber(counts.rejected)),
            "clusters": .number(JSONNumber(counts.clusters)),
            "skippedFiles": .number(JSONNumber(counts.skippedFiles)),
        ])
        // Only runs with a nightly state fold records into earlier nights.
        if counts.earlierNight > 0 { object["earlierNight"] = .number(JSONNumber(counts.earlierNight)) }
        return object
    }

    static func totals(_ statistics: RemovalStatistics) -> JSONObject {
        JSONObject([
            "charactersIn": .number(JSONNumber(statistics.charactersIn)),
            "charactersRemoved": .number(JSONNumber(statistics.charactersRemoved)),
            "charactersKept": .number(JSONNumber(statistics.charactersKept)),
            "removedShare": .number(JSONNumber(rounded(statistics.removedShare, places: 4))),
        ])
    }

    static func removalCounts(_ counts: RemovalStatistics.Counts, into object: inout JSONObject) {
        object["removals"] = .number(JSONNumber(counts.removals))
        object["recordsTouched"] = .number(JSONNumber(counts.recordsTouched))
        object["linesRemoved"] = .number(JSONNumber(counts.linesRemoved))
        object["charactersRemoved"] = .number(JSONNumber(counts.charactersRemoved))
    }

    static func stages(_ statistics: RemovalStatistics) -> JSONValue {
        .array(
            statistics.stages.map { stage in
                var object = JSONObject()
                object["index"] = .number(JSONNumber(stage.index))
                object["stage"] = .string(stage.stage)
                removalCounts(stage.total, into: &object)
                object["recordsRejected"] = .number(JSONNumber(stage.recordsRejected))
                object["rules"] = .array(
                    stage.rules.keys.sorted().compactMap { name in
                        guard let rule = stage.rules[name] else { return nil }
                        var entry = JSONObject()
                        entry["rule"] = .string(name)
                        entry["kind"] = .string(rule.kind.rawValue)
                        removalCounts(rule.counts, into: &entry)
                        entry["samples"] = .array(rule.samples.map(JSONValue.string))
                        return .object(entry)
                    }
                )
                return .object(object)
            }
        )
    }

    static func kinds(_ statistics: RemovalStatistics) -> JSONValue {
        .array(
            RemovalKind.allCases.compactMap { kind in
                guard let counts = statistics.kinds[kind] else { return nil }
                var object = JSONObject()
                object["kind"] = .string(kind.rawValue)
                removalCounts(counts, into: &object)
                return .object(object)
            }
        )
    }

    static func sources(_ statistics: RemovalStatistics) -> JSONValue {
        .array(
            statistics.sources.keys.sorted().compactMap { name in
                guard let source = statistics.sources[name] else { return nil }
                var object = JSONObject()
                object["source"] = name.isEmpty ? .null : .string(name)
                object["records"] = .number(JSONNumber(source.records))
                object["canonical"] = .number(JSONNumber(source.canonical))
                object["folded"] = .number(JSONNumber(source.folded))
                object["rejected"] = .number(JSONNumber(source.rejected))
                removalCounts(source.removal, into: &object)
                object["charactersKept"] = .number(JSONNumber(source.charactersKept))
                return .object(object)
            }
        )
    }

    static func dedup(_ dedup: ReportOverview.Dedup) -> JSONValue {
        .object(
            JSONObject([
                "stageIndex": .number(JSONNumber(dedup.stageIndex)),
                "shingleSize": .number(JSONNumber(dedup.shingleSize)),
                "permutations": .number(JSONNumber(dedup.permutations)),
                "threshold": .number(JSONNumber(dedup.threshold)),
                "bands": .number(JSONNumber(dedup.bands)),
                "rows": .number(JSONNumber(dedup.rows)),
                "seed": .number(JSONNumber(dedup.seed)),
                "candidatePairs": .number(JSONNumber(dedup.candidatePairs)),
                "verifiedPairs": .number(JSONNumber(dedup.verifiedPairs)),
                "guard": dedup.guardDecisions,
            ])
        )
    }

    static func cluster(_ cluster: ReportOverview.Cluster) -> JSONValue {
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
            }
        )
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
        refused["sharedFrame"] = .number(JSONNumber(outcome.refusedPairs.sharedFrame))
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

    /// The run's `timing`: wall seconds per phase, and per stage and step
    /// the seconds summed over the worker tasks.
    static func timing(_ timing: RunTiming) -> JSONObject {
        func seconds(_ value: Double) -> JSONValue { .number(JSONNumber(rounded(value))) }
        return JSONObject([
            "seconds": seconds(timing.seconds),
            "jobs": .number(JSONNumber(timing.jobs)),
            "phases": .array(
                timing.phases.map { .object(JSONObject(["phase": .string($0.name), "seconds": seconds($0.seconds)])) }
            ),
            "stages": .array(
                timing.stages.map { stage in
                    .object(
                        JSONObject([
                            "stage": .string(stage.stage), "stageIndex": .number(JSONNumber(stage.stageIndex)),
                            "seconds": seconds(stage.seconds + stage.decideSeconds),
                            "decideSeconds": seconds(stage.decideSeconds),
                        ])
                    )
                }
            ),
            "work": .array(
                [
                    ("read", timing.reading), ("parse", timing.parse), ("decode", timing.decode),
                    ("encode", timing.encode),
                ]
                .map { .object(JSONObject(["step": .string($0.0), "seconds": seconds($0.1)])) }
            ),
        ])
    }

    static func rejection(_ rejection: Rejection) -> JSONValue {
        var object = JSONObject()
        object["id"] = .string(rejection.key)
        object["reason"] = .string(rejection.reason)
        object["input"] = .string(rejection.input)
        return .object(object)
    }

    static func rounded(_ value: Double, places: Int = 3) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (value * scale).rounded() / scale
    }
}
