import Foundation

/// Rebuilds `report.html` from the `report.json` next to it: what
/// `winnow report DIR` does. The page comes out as the run wrote it, since
/// report.json carries everything the page shows.
public enum ReportRebuilder {
    /// Reads `directory/report.json` and writes `directory/report.html`
    /// (atomically), packing the page's chunks on up to `jobs` tasks (default: every core);
    /// returns the number of records.
    public static func rebuild(directory: String, jobs: Int? = nil) async throws(ReportRebuildError) -> Int {
        let jsonPath = (directory as NSString).appendingPathComponent(OutputFiles.reportName)
        let report: ReportJSONReader
        do {
            report = try ReportJSONReader(contentsOf: jsonPath)
        } catch {
            throw .unreadable(error)
        }
        do {
            let html = try AtomicFile(
                destination: (directory as NSString).appendingPathComponent(OutputFiles.reportHTMLName)
            )
            let records = report.records
            var start = 0
            try await ReportWriter.render(
                report.overview,
                json: nil,
                html: html,
                jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                next: { () throws(RunError) -> [RecordReport]? in
                    guard start < records.count else { return nil }
                    let end = min(start + ReportPageData.chunkSize, records.count)
                    defer { start = end }
                    return Array(records[start..<end])
                },
                decode: { $0 }
            )
            try html.commit()
        } catch {
            throw .unwritable(error)
        }
        return report.records.count
    }
}

/// Why `winnow report` could not rebuild the page.
public enum ReportRebuildError: Error, CustomStringConvertible {
    case unreadable(ReportReadError)
    case unwritable(RunError)

    public var description: String {
        switch self {
        case .unreadable(let error): error.description
        case .unwritable(let error): error.description
        }
    }
}
