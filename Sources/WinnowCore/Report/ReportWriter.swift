/// Renders both reports: the typed header, then every record's entry in
/// input order, from a run's report spool or from a `report.json` read
/// back.
///
/// The records go through in chunks of ``ReportPageData/chunkSize``: each
/// chunk is decoded, serialised for report.json and packed for report.html
/// on a worker task, and written in input order on the calling task, which
/// also fills the page's small index.
struct ReportWriter {
    let output: OutputFiles

    /// Both reports at the end of a run, the entries read back from the
    /// run's report spool, decoded, serialised and packed on up to `jobs`
    /// tasks.
    func write(_ report: RunReport, jobs: Int) async throws(RunError) {
        let entries = try output.reportSpool.reader(framesPerBlock: ReportPageData.chunkSize)
        let directory = output.directory
        try await Self.render(
            ReportOverview(report),
            json: output.report,
            html: output.reportHTML,
            jobs: jobs,
            next: { () throws(RunError) -> FrameBlock? in try entries.nextBlock() },
            decode: { (block: FrameBlock) throws(RunError) -> [RecordReport] in
                var records: [RecordReport] = []
                records.reserveCapacity(block.count)
                for index in 0..<block.count {
                    do throws(SpoolReader.Corrupt) {
                        records.append(try block.decode(RecordReport.self, at: index))
                    } catch {
                        throw .outputUnwritable(
                            path: directory,
                            reason: "a work file is damaged (byte \(error.offset))"
                        )
                    }
                }
                return records
            }
        )
    }

    /// One chunk, ready to write.
    private struct RenderedChunk: Sendable {
        var entries: [RecordReport]
        var json: [UInt8]?
        var page: String
    }

    /// Writes the reports. `next` hands out the records in input order in
    /// chunks of ``ReportPageData/chunkSize`` (only the last may be
    /// shorter), nil at the end; `decode` turns a chunk into its entries on
    /// a worker task.
    static func render<Chunk: Sendable>(
        _ overview: ReportOverview,
        json: AtomicFile?,
        html: AtomicFile,
        jobs: Int,
        next: () throws(RunError) -> Chunk?,
        decode: @escaping @Sendable (Chunk) throws(RunError) -> [RecordReport]
    ) async throws(RunError) {
        let jsonWriter = json.map(ReportJSONWriter.init(file:))
        var htmlWriter = ReportHTMLWriter(file: html, overview: overview)
        try jsonWriter?.writeHeader(overview)
        try htmlWriter.writeHeader()
        let withJSON = json != nil
        var count = 0
        var lastWasShort = false
        try await forEachInOrder(
            jobs: jobs,
            next: next,
            transform: { chunk -> Result<RenderedChunk, RunError> in
                do throws(RunError) {
                    let entries = try decode(chunk)
                    return .success(
                        RenderedChunk(
                            entries: entries,
                            json: withJSON ? ReportJSONWriter.records(entries) : nil,
                            page: ReportPageData.chunk(entries)
                        )
                    )
                } catch {
                    return .failure(error)
                }
            },
            consume: { (result: Result<RenderedChunk, RunError>) throws(RunError) in
                let rendered = try result.get()
                let entries = rendered.entries
                guard !entries.isEmpty else { return }
                // The page finds a record's chunk by its position, so every
                // chunk but the last must be full.
                guard !lastWasShort else {
                    throw .outputUnwritable(
                        path: html.destination,
                        reason: "report chunks must hold \(ReportPageData.chunkSize) records each"
                    )
                }
                lastWasShort = entries.count < ReportPageData.chunkSize
                if let text = rendered.json { try jsonWriter?.write(records: text, isFirst: count == 0) }
                try htmlWriter.write(entries, chunk: rendered.page)
                count += entries.count
            }
        )
        try jsonWriter?.writeFooter(recordCount: count)
        try htmlWriter.writeFooter()
    }
}
