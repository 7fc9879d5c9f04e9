/// Writes `report.json`: the header (pipeline, counts, totals, per-stage,
/// per-rule, per-kind and per-source statistics, dedup, clusters,
/// rejections) and then, streamed, every record's entry, one per line.
struct ReportJSONWriter {
    let file: AtomicFile

    func writeHeader(_ overview: ReportOverview) throws(RunError) {
        var text = JSONValue.object(ReportEntries.header(overview)).serialized(pretty: true)
        // The header object is closed by "\n}"; the lists and the records
        // array follow inside it, so it is reopened here.
        precondition(text.hasSuffix("\n}"), "a pretty-printed object ends with its closing brace")
        text.removeLast(2)
        try file.write(text)
        try writeList("clusters", overview.clusters, ReportEntries.cluster)
        try writeList("rejected", overview.rejections, ReportEntries.rejection)
        try file.write(",\n  \"records\": [")
    }

    /// Writes `,\n  "key": [...]` as the pretty-printed header would hold
    /// it, one element at a time, so no value tree of the whole list is
    /// ever built.
    private func writeList<Element>(
        _ key: String,
        _ elements: [Element],
        _ value: (Element) -> JSONValue
    ) throws(RunError) {
        var bytes: [UInt8] = Array(",\n  ".utf8)
        JSONValue.writeString(key, to: &bytes)
        bytes.append(contentsOf: ": ".utf8)
        guard !elements.isEmpty else {
            try file.write(bytes: bytes + Array("[]".utf8))
            return
        }
        bytes.append(UInt8(ascii: "["))
        for (index, element) in elements.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: "\n    ".utf8)
            value(element).write(to: &bytes, pretty: true, indent: 2)
            if bytes.count >= 1 << 16 {
                try file.write(bytes: bytes)
                bytes.removeAll(keepingCapacity: true)
            }
        }
        bytes.append(contentsOf: "\n  ]".utf8)
        try file.write(bytes: bytes)
    }

    /// The entries of `entries`, serialised and joined as the records array
    /// holds them, as UTF-8 (built on any task).
    static func records(_ entries: [RecordReport]) -> [UInt8] {
        var json = JSONWriter()
        json.bytes.reserveCapacity(1 << 16)
        for (index, entry) in entries.enumerated() {
            // Each entry on a line of its own.
            if index > 0 { json.separator(",\n    ") }
            ReportEntries.writeRecord(entry, to: &json)
        }
        return json.bytes
    }

    /// Writes one batch made by ``records(_:)``.
    func write(records: [UInt8], isFirst: Bool) throws(RunError) {
        try file.write(isFirst ? "\n    " : ",\n    ")
        try file.write(bytes: records)
    }

    func writeFooter(recordCount: Int) throws(RunError) {
        try file.write(recordCount == 0 ? "]\n}\n" : "\n  ]\n}\n")
    }
}
