/// Renders both reports at the end of a run: the typed header, then every
/// record's entry read back from the report spool in input order.
struct ReportWriter {
    let output: OutputFiles

    func write(_ report: RunReport) throws(RunError) {
        let json = ReportJSONWriter(file: output.report)
        let html = ReportHTMLWriter(file: output.reportHTML)
        try json.writeHeader(report)
        try html.writeHeader(report)
        let entries = try output.reportSpool.reader(framesPerBlock: 512)
        var isFirst = true
        var count = 0
        while let block = try entries.nextBlock() {
            for index in 0..<block.count {
                let entry: RecordReport
                do {
                    entry = try block.decode(RecordReport.self, at: index)
                } catch {
                    throw .outputUnwritable(path: output.directory, reason: "a work file is damaged (byte \(error.offset))")
                }
                try json.writeRecord(entry, isFirst: isFirst)
                try html.writeRecord(entry)
                isFirst = false
                count += 1
            }
        }
        try json.writeFooter(recordCount: count)
        try html.writeFooter()
    }
}
