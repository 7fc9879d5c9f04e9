import Foundation

/// Rebuilds `report.html` from the `report.json` next to it: what
/// `winnow report DIR` does. The page comes out as the run wrote it, since
/// report.json carries everything the page shows.
public enum ReportRebuilder {
    /// Reads `directory/report.json` and writes `directory/report.html`
    /// (atomically); returns the number of records.
    public static func rebuild(directory: String) throws(ReportRebuildError) -> Int {
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
            var batches = [report.records]
            try ReportWriter.render(report.overview, json: nil, html: html) { () throws(RunError) -> [RecordReport]? in
                batches.popLast()
            }
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
