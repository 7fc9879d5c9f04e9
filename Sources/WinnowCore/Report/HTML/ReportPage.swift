import Foundation
internal import Mustache

/// report.html's server-rendered parts as values for the templates
/// (``headTemplate``, ``tailTemplate``): the summary cards, the share
/// removed, the SVG bar charts, the rule table and the cluster evidence.
/// Numbers arrive formatted; Mustache escapes every text on the way out.
struct ReportPage {
    struct Card {
        var key: String
        var label: String
        var valueText: String
        var css: String
        var filterKind: String
        var filterValue: String
    }

    struct Chart {
        struct Bar {
            var tooltip: String
            var shortLabel: String
            var valueText: String
            var css: String
            var filterKind: String
            var filterValue: String
            var y: Int
            var textY: Int
            var barX: Int
            var barWidth: Int
            var barHeight: Int
            var valueX: Int
        }

        var id: String
        var title: String
        var width: Int
        var height: Int
        var bars: [Bar]
        var note: String?
        var isEmpty: Bool { bars.isEmpty }
    }

    struct Rule {
        var stage: String
        var stageSort: Int
        var key: String
        var rule: String
        var kind: String
        var css: String
        var removals: Int
        var removalsText: String
        var records: Int
        var recordsText: String
        var lines: Int
        var linesText: String
        var characters: Int
        var charactersText: String
        var samples: [String]
    }

    struct Head {
        var scriptHash: String
        var styleHash: String
        var style: String
        var readText: String
        var clusterCountText: String
        var rejectedText: String
        var configurationFile: String
        var pipelineLine: String
        var secondsText: String
        var cards: [Card]
        var shareText: String
        var removedText: String
        var inText: String
        var keptText: String
        var charts: [Chart]
        var pipelineJSON: String
        var rules: [Rule]
    }

    struct DedupView {
        var shingleSize: Int
        var permutations: Int
        var seed: Int
        var bands: Int
        var rows: Int
        var candidatePairsText: String
        var verifiedPairsText: String
        var threshold: String
        var preferText: String
    }

    struct Tail {
        var dedup: DedupView?
        /// The packed index and groups: base64 (``ReportPageData/pack(bytes:)``),
        /// checked, since the template writes them unescaped.
        var index: String
        var groups: String
        var script: String

        init(dedup: DedupView?, index: String, groups: String, script: String) {
            precondition(
                ReportPageData.isBase64(index) && ReportPageData.isBase64(groups),
                "packed data must be base64"
            )
            self.dedup = dedup
            self.index = index
            self.groups = groups
            self.script = script
        }
    }

    /// The inline script and style sheet, and the CSP hashes that allow
    /// exactly them.
    static let script = ReportPage.scriptSource
    static let style = ReportPage.styleSource
    static let scriptHash = cspHash(script)
    static let styleHash = cspHash(style)

    private static let head = compile(headTemplate)
    private static let tail = compile(tailTemplate)

    static func renderHead(_ overview: ReportOverview) -> String {
        head.render(headView(overview))
    }

    static func renderTail(_ overview: ReportOverview, index: String, groups: String) -> String {
        tail.render(
            Tail(
                dedup: overview.dedup.map { dedupView($0, overview: overview) },
                index: index,
                groups: groups,
                script: script
            )
        )
    }

    private static func compile(_ text: String) -> MustacheTemplate {
        HTMLEscaping.registered
        do {
            return try MustacheTemplate(string: text)
        } catch {
            preconditionFailure("report.html's template does not parse: \(error)")
        }
    }

    /// `'sha256-…'` of an inline element's text, as CSP spells it.
    static func cspHash(_ text: String) -> String {
        "sha256-" + Data(SHA256.hash(Array(text.utf8))).base64EncodedString()
    }

    static func headView(_ overview: ReportOverview) -> Head {
        let statistics = overview.statistics
        let counts = overview.counts
        let cards = [
            Card(key: "read", label: "read", valueText: grouped(counts.read), css: "", filterKind: "", filterValue: ""),
            Card(
                key: "canonical",
                label: "canonical",
                valueText: grouped(counts.canonical),
                css: "f-canonical",
                filterKind: "fate",
                filterValue: "canonical"
            ),
            Card(
                key: "folded",
                label: "folded as duplicates",
                valueText: grouped(counts.folded),
                css: "f-duplicate",
                filterKind: "fate",
                filterValue: "duplicate"
            ),
            Card(
                key: "rejected",
                label: "rejected",
                valueText: grouped(counts.rejected),
                css: "f-rejected",
                filterKind: "fate",
                filterValue: "rejected"
            ),
            Card(
                key: "clusters",
                label: "clusters",
                valueText: grouped(counts.clusters),
                css: "",
                filterKind: "",
                filterValue: ""
            ),
            Card(
                key: "skippedFiles",
                label: "files skipped",
                valueText: grouped(counts.skippedFiles),
                css: "",
                filterKind: "",
                filterValue: ""
            ),
        ]
        return Head(
            scriptHash: scriptHash,
            styleHash: styleHash,
            style: style,
            readText: grouped(counts.read),
            clusterCountText: grouped(counts.clusters),
            rejectedText: grouped(counts.rejected),
            configurationFile: overview.configurationFile,
            pipelineLine: overview.stageNames.joined(separator: " → "),
            secondsText: String(format: "%.1f", overview.seconds),
            cards: cards,
            shareText: percent(statistics.removedShare),
            removedText: grouped(statistics.charactersRemoved),
            inText: grouped(statistics.charactersIn),
            keptText: grouped(statistics.charactersKept),
            charts: charts(overview),
            pipelineJSON: overview.pipeline.serialized(pretty: true),
            rules: rules(statistics)
        )
    }

    private static func rules(_ statistics: RemovalStatistics) -> [Rule] {
        var rows: [Rule] = []
        for stage in statistics.stages {
            for name in stage.rules.keys.sorted() {
                guard let rule = stage.rules[name] else { continue }
                rows.append(
                    Rule(
                        stage: "\(stage.index). \(stage.stage)",
                        stageSort: stage.index,
                        key: ruleKey(stage.index, name),
                        rule: name,
                        kind: rule.kind.rawValue,
                        css: "k-\(rule.kind.rawValue)",
                        removals: rule.counts.removals,
                        removalsText: grouped(rule.counts.removals),
                        records: rule.counts.recordsTouched,
                        recordsText: grouped(rule.counts.recordsTouched),
                        lines: rule.counts.linesRemoved,
                        linesText: grouped(rule.counts.linesRemoved),
                        characters: rule.counts.charactersRemoved,
                        charactersText: grouped(rule.counts.charactersRemoved),
                        samples: rule.samples
                    )
                )
            }
        }
        return rows.sorted { $0.characters != $1.characters ? $0.characters > $1.characters : $0.key < $1.key }
    }

    /// How the page names a rule in filters: `stageIndex:rule`.
    static func ruleKey(_ stage: Int, _ rule: String) -> String { "\(stage):\(rule)" }

    private static func charts(_ overview: ReportOverview) -> [Chart] {
        let statistics = overview.statistics
        typealias Item = (label: String, value: Int, detail: String, css: String, kind: String, filter: String)
        let stages: [Item] = statistics.stages.filter { $0.total.removals > 0 }.map { stage in
            (
                "\(stage.index). \(stage.stage)", stage.total.charactersRemoved,
                "\(grouped(stage.total.removals)) removals", "s-\(stage.index % 6)", "", ""
            )
        }
        let kinds: [Item] = RemovalKind.allCases.compactMap { kind in
            guard let counts = statistics.kinds[kind] else { return nil }
            return (
                kind.rawValue, counts.charactersRemoved, "\(grouped(counts.removals)) removals", "k-\(kind.rawValue)",
                "kind", kind.rawValue
            )
        }
        var rules: [Item] = []
        for stage in statistics.stages {
            for (name, rule) in stage.rules {
                rules.append(
                    (
                        "\(stage.stage) · \(name)", rule.counts.charactersRemoved,
                        "\(grouped(rule.counts.removals)) removals", "k-\(rule.kind.rawValue)", "rule",
                        ruleKey(stage.index, name)
                    )
                )
            }
        }
        let sources: [Item] = statistics.sources.map { name, source in
            (
                name.isEmpty ? "(no source)" : name, source.removal.charactersRemoved,
                "\(grouped(source.records)) records, \(percent(share(source.removal.charactersRemoved, of: source.removal.charactersRemoved + source.charactersKept))) removed",
                "src", "source", name
            )
        }
        let counts = overview.counts
        let fates: [Item] = [
            ("canonical", counts.canonical, "", "f-canonical", "fate", "canonical"),
            ("folded", counts.folded, "", "f-duplicate", "fate", "duplicate"),
            ("rejected", counts.rejected, "", "f-rejected", "fate", "rejected"),
        ]
        return [
            chart("fates", "Records by fate", fates, unit: "records", limit: 3),
            chart("stages", "Characters removed by stage", stages, unit: "characters", limit: 12),
            chart("kinds", "Characters removed by kind of noise", kinds, unit: "characters", limit: 16),
            chart("rules", "Characters removed by rule", rules, unit: "characters", limit: 12),
            chart("sources", "Characters removed by source", sources, unit: "characters", limit: 12),
        ]
    }

    private static func chart(
        _ id: String,
        _ title: String,
        _ items: [(label: String, value: Int, detail: String, css: String, kind: String, filter: String)],
        unit: String,
        limit: Int
    ) -> Chart {
        let sorted = items.sorted { $0.value != $1.value ? $0.value > $1.value : $0.label < $1.label }
            .filter { $0.value > 0 || id == "fates" }
        let shown = Array(sorted.prefix(limit))
        let labelWidth = 190
        let barArea = 190
        let rowHeight = 22
        let maximum = max(1, shown.map(\.value).max() ?? 1)
        let bars = shown.enumerated().map { position, item in
            let width = item.value == 0 ? 0 : max(2, item.value * barArea / maximum)
            let valueText = grouped(item.value) + (item.detail.isEmpty ? "" : " · " + item.detail)
            return Chart.Bar(
                tooltip: "\(item.label): \(valueText) \(unit)",
                shortLabel: item.label.count > 28 ? String(item.label.prefix(27)) + "…" : item.label,
                valueText: grouped(item.value),
                css: item.css,
                filterKind: item.kind,
                filterValue: item.filter,
                y: position * rowHeight + 4,
                textY: position * rowHeight + 17,
                barX: labelWidth,
                barWidth: width,
                barHeight: 16,
                valueX: labelWidth + width + 6
            )
        }
        let note =
            sorted.count > shown.count
            ? "The \(shown.count) largest of \(sorted.count); the rule table has them all." : nil
        return Chart(
            id: id,
            title: title,
            width: labelWidth + barArea + 110,
            height: max(1, shown.count) * rowHeight + 8,
            bars: bars,
            note: note
        )
    }

    private static func dedupView(_ dedup: ReportOverview.Dedup, overview: ReportOverview) -> DedupView {
        var prefer = "the canonical stage's defaults"
        if case .array(let stages) = overview.pipeline {
            for case .object(let stage) in stages where stage["stage"] == "canonical" {
                if case .array(let criteria)? = stage["prefer"] {
                    prefer = criteria.compactMap(\.stringValue).joined(separator: ", then ")
                }
            }
        }
        return DedupView(
            shingleSize: dedup.shingleSize,
            permutations: dedup.permutations,
            seed: dedup.seed,
            bands: dedup.bands,
            rows: dedup.rows,
            candidatePairsText: grouped(dedup.candidatePairs),
            verifiedPairsText: grouped(dedup.verifiedPairs),
            threshold: String(dedup.threshold),
            preferText: prefer
        )
    }

    /// `12,345`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var text = ""
        for (position, digit) in digits.enumerated() {
            if position > 0, (digits.count - position) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return value < 0 ? "-" + text : text
    }

    /// `7.3%`.
    static func percent(_ share: Double) -> String {
        String(format: "%.1f%%", share * 100)
    }

    private static func share(_ part: Int, of whole: Int) -> Double {
        whole == 0 ? 0 : Double(part) / Double(whole)
    }
}
