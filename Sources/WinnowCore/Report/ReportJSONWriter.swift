/// Writes `report.json`: the pipeline as run, counts, per-stage and
/// per-rule statistics, the clusters, the rejections and, streamed last,
/// every record's removals and outcome.
struct ReportJSONWriter {
    let file: AtomicFile

    func writeHeader(_ report: RunReport) throws(RunError) {
        var head = JSONObject()
        head["version"] = .number(JSONNumber(ReportEntries.reportVersion))
        head["configuration"] = .string(report.configuration.file)
        head["pipeline"] = report.configuration.resolved
        head["counts"] = .object(ReportEntries.counts(report.summary))
        // The only part that differs between two runs of the same input.
        head["timing"] = .object(ReportEntries.timing(report.timing))
        head["stages"] = report.statistics.json
        head["dedup"] = ReportEntries.dedup(report)
        head["clusters"] = .array(report.clusters.map(ReportEntries.cluster))
        head["rejected"] = .array(report.rejections.map(ReportEntries.rejection))
        var text = JSONValue.object(head).serialized(pretty: true)
        text.removeLast(2)  // "\n}": the records follow
        try file.write(text + ",\n  \"records\": [")
    }

    func writeRecord(_ entry: RecordReport, isFirst: Bool) throws(RunError) {
        try file.write((isFirst ? "\n    " : ",\n    ") + ReportEntries.record(entry).serialized())
    }

    func writeFooter(recordCount: Int) throws(RunError) {
        try file.write(recordCount == 0 ? "]\n}\n" : "\n  ]\n}\n")
    }
}
