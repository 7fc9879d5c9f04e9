import Foundation

/// Removes a "Read more" / "Related" heading that stands alone on its line,
/// and the list of headline links under it.
///
/// The list ends at the first line that reads like prose (more than
/// ``maximumHeadlineWords`` words, ending with a full stop, or continued on
/// the next line in lower case), or after ``maximumItems`` links. A
/// hard-wrapped paragraph is a single long line here (see ``LineSheet``).
struct ReadMoreBlock {
    static let rule = "read-more"
    static let maximumHeadlineWords = 18
    static let maximumItems = 8

    private let heading: NSRegularExpression = {
        do {
            return try NSRegularExpression(
                pattern:
                    #"^(?:read more|read also|read next|more reading|related(?: stories| articles| coverage| content| links| news| posts| reading| topics| videos?)?|more on this(?: story| topic)?|see also|also read|also see|recommended(?: reading| for you| stories| articles)?|more from [\w .'’&-]{1,40}|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|you (?:may|might) also (?:like|be interested in)|popular (?:now|stories)|top stories|lire aussi|à lire aussi|a lire aussi|voir aussi|sur le même sujet|lea también|lee también|le puede interesar|te puede interesar|leia também|leia mais|veja também|lesen sie auch|mehr zum thema|auch interessant|leggi anche|artigos relacionados|artículos relacionados|articles liés|articles connexes|notícias relacionadas|noticias relacionadas|ähnliche artikel|verwandte artikel)\s*[:»›>|\-–—]*$"#,
                options: [.caseInsensitive])
        } catch {
            preconditionFailure("ReadMoreBlock pattern does not compile: \(error)")
        }
    }()

    func apply(to sheet: inout LineSheet) {
        var index = 0
        while index < sheet.count {
            defer { index += 1 }
            guard sheet.isLive(index), sheet.trimmed[index].count <= 80 else { continue }
            let line = String(sheet.trimmed[index])
            guard heading.firstMatch(in: line, options: [], range: NSRange(location: 0, length: line.utf16.count)) != nil
            else { continue }
            sheet.remove(index, rule: Self.rule, startsFooter: true)
            var items = 0
            var next = index + 1
            while next < sheet.count, items < Self.maximumItems {
                if sheet.isBlank(next) || sheet.isRemoved(next) {
                    next += 1
                    continue
                }
                guard looksLikeHeadline(sheet, next) else { break }
                sheet.remove(next, rule: Self.rule, startsFooter: true)
                items += 1
                next += 1
            }
            index = next - 1
        }
    }

    private func looksLikeHeadline(_ sheet: LineSheet, _ index: Int) -> Bool {
        let line = sheet.trimmed[index]
        guard sheet.wordCount(index) <= Self.maximumHeadlineWords else { return false }
        if line.hasSuffix(".") || line.hasSuffix(".\"") || line.hasSuffix(".”") { return false }
        // A sentence that runs on into the next line is prose, not a link.
        if index + 1 < sheet.count, sheet.trimmed[index + 1].first?.isLowercase == true { return false }
        return true
    }
}
