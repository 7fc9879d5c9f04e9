/// Renders both reports: the typed header, then every record's entry in
/// input order, from a run's report spool or from a `report.json` read
/// back.
struct ReportWriter {
    let output: OutputFiles

    /// Both reports at the end of a run, the entries read back from the
    /// run's report spool.
    func write(_ report: RunReport) throws(RunError) {
        let entries = try output.reportSpool.reader(framesPerBlock: 512)
        try Self.render(ReportOverview(report), json: output.report, html: output.reportHTML) {
            () throws(RunError) -> [RecordReport]? in
            guard let block = try entries.nextBlock() else { return nil }
            var records: [RecordReport] = []
            records.reserveCapacity(block.count)
            for index in 0..<block.count {
                do throws(SpoolReader.Corrupt) {
                    records.append(try block.decode(RecordReport.self, at: index))
                } catch {
                    throw .outputUnwritable(
                        path: output.directory,
                        reason: "a work file is damaged (byte \(error.offset))"
                    )
                }
            }
            return records
        }
    }

    /// Writes the reports; `next` hands out the records in input order, a
    /// batch at a time, nil at the end.
    static func render(
        _ overview: ReportOverview,
        json: AtomicFile?,
        html: AtomicFile,
        next: () throws(RunError) -> [RecordReport]?
    ) throws(RunError) {
        let jsonWriter = json.map(ReportJSONWriter.init(file:))
        var htmlWriter = ReportHTMLWriter(file: html, overview: overview)
        try jsonWriter?.writeHeader(overview)
        try htmlWriter.writeHeader()
        var count = 0
        while let batch = try next() {
            for entry in batch {
                try jsonWriter?.writeRecord(entry, isFirst: count == 0)
                try htmlWriter.writeRecord(entry)
                count += 1
            }
        }
        try jsonWriter?.writeFooter(recordCount: count)
        try htmlWriter.writeFooter()
    }
}
