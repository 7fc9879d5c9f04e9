/// Writes `report.json`: the header (pipeline, counts, totals, per-stage,
/// per-rule, per-kind and per-source statistics, dedup, clusters,
/// rejections) and then, streamed, every record's entry, one per line.
struct ReportJSONWriter {
    let file: AtomicFile

    func writeHeader(_ overview: ReportOverview) throws(RunError) {
        var text = JSONValue.object(ReportEntries.header(overview)).serialized(pretty: true)
        // The header object is closed by "\n}"; the records array follows
        // inside it, so it is reopened here.
        precondition(text.hasSuffix("\n}"), "a pretty-printed object ends with its closing brace")
        text.removeLast(2)
        try file.write(text + ",\n  \"records\": [")
    }

    /// The entries of `entries`, serialised and joined as the records array
    /// holds them (built on any task).
    static func records(_ entries: [RecordReport]) -> String {
        entries.map { ReportEntries.record($0).serialized() }.joined(separator: ",\n    ")
    }

    /// Writes one batch made by ``records(_:)``.
    func write(records: String, isFirst: Bool) throws(RunError) {
        try file.write(isFirst ? "\n    " : ",\n    ")
        try file.write(records)
    }

    func writeFooter(recordCount: Int) throws(RunError) {
        try file.write(recordCount == 0 ? "]\n}\n" : "\n  ]\n}\n")
    }
}
