/// How the reports name and explain a canonical choice, and read one back.
extension CanonicalReason {
    /// The criterion's name in `pipeline.json` (`first-read` when all tied).
    var criterionName: String {
        switch self {
        case .preferredSource: "preferred-source"
        case .mostCentral: "most-central"
        case .longestText: "longest-text"
        case .earliestPublished: "earliest-published"
        case .firstRead: "first-read"
        }
    }

    /// The comparison in words, for the page.
    var words: String {
        switch self {
        case .preferredSource(let rank, let runnerUp):
            "its source is listed at position \(rank + 1) of the preferred sources; the next best member's at \(runnerUp + 1)"
        case .mostCentral(let centrality, let runnerUp):
            "mean similarity \(ReportEntries.rounded(centrality)) to the other members; the next best \(ReportEntries.rounded(runnerUp))"
        case .longestText(let length, let runnerUp):
            "\(ReportPage.grouped(length)) bytes of cleaned text; the next longest \(ReportPage.grouped(runnerUp))"
        case .earliestPublished(let published, let runnerUp):
            "published \(published.map(Self.date) ?? "at an unknown time"); the next earliest \(runnerUp.map(Self.date) ?? "unknown")"
        case .firstRead:
            "every criterion tied; the member read first won"
        }
    }

    private static func date(_ seconds: Double) -> String {
        let days = Int((seconds / 86_400).rounded(.down))
        // Civil date from days since 1970 (Howard Hinnant's algorithm).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
}
