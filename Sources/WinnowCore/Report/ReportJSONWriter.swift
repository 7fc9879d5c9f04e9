/// Writes `report.json`: counts, per-stage and per-rule statistics, the
/// clusters, the rejections and, streamed last, every kept record's
/// removals and fate.
struct ReportJSONWriter {
    let file: AtomicFile

    func writeHeader(_ summary: ReportSummary) throws(RunError) {
        var head = JSONObject()
        head["version"] = .number(JSONNumber(ReportEntries.reportVersion))
        head["configuration"] = .string(summary.configuration.file)
        head["pipeline"] = summary.configuration.resolved
        head["counts"] = .object(summary.counts)
        head["stages"] = summary.statistics.json
        head["dedup"] = summary.dedup
        head["clusters"] = summary.clusters
        head["rejected"] = .array(summary.rejections.map(ReportEntries.rejection))
        var text = JSONValue.object(head).serialized(pretty: true)
        text.removeLast(2)  // "\n}"
        try file.write(text + ",\n  \"records\": [")
    }

    /// Appends one record entry: its spooled prefix closed with its fate.
    func writeRecord(prefix: String, fate: JSONObject, isFirst: Bool) throws(RunError) {
        var fateText = JSONValue.object(fate).serialized()
        fateText.removeFirst()
        try file.write((isFirst ? "\n    " : ",\n    ") + prefix + "," + fateText)
    }

    func writeFooter(recordCount: Int) throws(RunError) {
        try file.write(recordCount == 0 ? "]\n}\n" : "\n  ]\n}\n")
    }
}
