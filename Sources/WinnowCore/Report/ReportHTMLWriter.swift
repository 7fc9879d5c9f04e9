/// Writes `report.html`: a self-contained page a person can read in a
/// browser: counts, removals by stage and rule, clusters with their
/// similarities, rejected records, and each record's removed lines.
struct ReportHTMLWriter {
    let file: AtomicFile

    func writeHeader(_ summary: RunReport) throws(RunError) {
        let counts = summary.summary
        var html = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>winnow report</title>
            <style>
            body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#222}
            h1{margin-bottom:.2rem} h2{margin-top:2rem;border-bottom:1px solid #ddd}
            .counts span{display:inline-block;margin-right:1.2rem} .counts b{font-size:1.3rem}
            table{border-collapse:collapse;width:100%;margin:.5rem 0} th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #eee;vertical-align:top}
            th{background:#f6f6f6} .num{text-align:right;font-variant-numeric:tabular-nums} tr.group th{background:#eef3f8}
            td.removed{font-family:ui-monospace,monospace;font-size:13px;white-space:pre-wrap;color:#8a1c1c;background:#fff4f4}
            .rule{font-family:ui-monospace,monospace;font-size:13px;white-space:nowrap} .muted{color:#777}
            details{margin:.3rem 0;border:1px solid #eee;border-radius:4px;padding:.3rem .6rem} summary{cursor:pointer}
            .canonical{color:#1f6f2f} .duplicate{color:#8a5a00} .rejected{color:#8a1c1c}
            </style></head><body>
            <h1>winnow report</h1>
            <p class="muted">Pipeline \(escape(summary.configuration.file)): \(escape(summary.configuration.stages.map { type(of: $0).name }.joined(separator: " → ")))</p>
            <p class="counts"><span><b>\(counts.read)</b> read</span><span><b>\(counts.canonical)</b> canonical</span><span><b>\(counts.folded)</b> folded</span><span><b>\(counts.rejected)</b> rejected</span><span><b>\(counts.clusters)</b> clusters</span><span><b>\(counts.skippedFiles)</b> files skipped</span></p>

            """
        html += "<h2>Removals by stage and rule</h2>\n<table><tr><th>Stage</th><th>Rule</th><th class=num>Records</th><th class=num>Lines</th><th class=num>Characters</th></tr>\n"
        for stage in summary.statistics.stages {
            html += "<tr><th>\(stage.index). \(escape(stage.stage))</th><th class=muted>all rules\(stage.recordsRejected > 0 ? " · \(stage.recordsRejected) rejected" : "")</th>"
            html += "<th class=num>\(stage.total.recordsTouched)</th><th class=num>\(stage.total.linesRemoved)</th><th class=num>\(stage.total.charactersRemoved)</th></tr>\n"
            for rule in stage.rules.keys.sorted() {
                let counts = stage.rules[rule, default: .init()]
                html += "<tr><td></td><td class=rule>\(escape(rule))</td><td class=num>\(counts.recordsTouched)</td><td class=num>\(counts.linesRemoved)</td><td class=num>\(counts.charactersRemoved)</td></tr>\n"
            }
        }
        html += "</table>\n"
        let clusters = summary.clusters
        html += "<h2>Near-duplicate clusters (\(clusters.count))</h2>\n"
        if clusters.isEmpty {
            html += "<p class=muted>None.</p>\n"
        } else {
            html += "<table><tr><th>Record</th><th class=num>Similarity to canonical</th></tr>\n"
            for (number, cluster) in clusters.enumerated() {
                html += "<tr class=group><th colspan=2>Cluster \(number + 1) · \(cluster.members.count) records</th></tr>\n"
                for member in cluster.members {
                    let id = member.id
                    let role = member.isCanonical ? " <span class=canonical>canonical</span>" : ""
                    html += "<tr><td><a href=\"#\(anchor(id))\">\(escape(id))</a>\(role)</td><td class=num>\(String(format: member.similarity))</td></tr>\n"
                }
            }
            html += "</table>\n"
        }
        html += "<h2>Rejected records (\(summary.rejections.count))</h2>\n"
        if summary.rejections.isEmpty {
            html += "<p class=muted>None.</p>\n"
        } else {
            html += "<table><tr><th>Record</th><th>Input</th><th>Reason</th></tr>\n"
            for rejection in summary.rejections {
                html += "<tr><td>\(escape(rejection.id ?? "—"))</td><td>\(escape(rejection.input))</td><td>\(escape(rejection.reason))</td></tr>\n"
            }
            html += "</table>\n"
        }
        html += "<h2>Records</h2>\n"
        try file.write(html)
    }

    /// Appends one record: its removals and outcome.
    func writeRecord(_ entry: RecordReport) throws(RunError) {
        let status: String
        var html = "<details id=\"\(anchor(entry.id))\"><summary><b>\(escape(entry.id))</b>"
        if let title = entry.title { html += " — \(escape(title))" }
        switch entry.outcome {
        case .canonical:
            status = "canonical"
            html += " <span class=canonical>canonical</span>"
        case .duplicate(let canonical, _):
            status = "duplicate"
            html += " <span class=duplicate>duplicate of <a href=\"#\(anchor(canonical))\">\(escape(canonical))</a></span>"
        case .rejected(let reason, _):
            status = "rejected"
            html += " <span class=rejected>rejected: \(escape(reason))</span>"
        }
        _ = status
        let removals = entry.removals
        html += " <span class=muted>· \(removals.count) removal\(removals.count == 1 ? "" : "s") · \(escape(entry.input))</span></summary>\n"
        if !removals.isEmpty {
            html += "<table><tr><th class=num>Line</th><th>Stage</th><th>Rule</th><th>Removed</th></tr>\n"
            for removal in removals {
                let line = removal.line.map(String.init) ?? ""
                let shown =
                    !removal.text.isEmpty ? escape(removal.text)
                    : removal.characters == 0 ? "<span class=muted>(no text)</span>"
                    : "<span class=muted>(\(removal.characters) characters)</span>"
                html += "<tr><td class=num>\(line)</td><td>\(escape(removal.stage))</td><td class=rule>\(escape(removal.rule))</td><td class=removed>\(shown)</td></tr>\n"
            }
            html += "</table>\n"
        }
        html += "</details>\n"
        try file.write(html)
    }

    func writeFooter() throws(RunError) {
        try file.write("</body></html>\n")
    }

    /// A fragment identifier for a record: ASCII letters and digits kept,
    /// every other character written as `_` and its hex code point, so that
    /// distinct ids never share an anchor.
    private func anchor(_ id: String) -> String {
        var anchor = "r-"
        for scalar in id.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                anchor.unicodeScalars.append(scalar)
            } else {
                anchor += "_" + String(scalar.value, radix: 16) + "_"
            }
        }
        return anchor
    }
}

/// Escapes text for HTML content and attribute values.
func escape(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for character in text {
        switch character {
        case "&": escaped += "&amp;"
        case "<": escaped += "&lt;"
        case ">": escaped += "&gt;"
        case "\"": escaped += "&quot;"
        case "'": escaped += "&#39;"
        default: escaped.append(character)
        }
    }
    return escaped
}

extension String {
    /// A similarity with three decimals.
    fileprivate init(format value: Double) {
        let thousandths = Int((value * 1000).rounded())
        self = "\(thousandths / 1000).\(String(repeating: "0", count: 3 - String(thousandths % 1000).count))\(thousandths % 1000)"
    }
}
