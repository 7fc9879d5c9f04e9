import Foundation

/// Removes a "Read more" / "Related" heading that stands alone on its line,
/// and the list of headline links under it.
///
/// The list ends at the first line that reads like prose (more than
/// ``maximumHeadlineWords`` words, ending with a full stop, or continued on
/// the next line in lower case), or after ``maximumItems`` links. A
/// hard-wrapped paragraph is a single long line here (see ``LineSheet``).
struct ReadMoreBlock: Sendable {
    static let rule = "read-more"
    static let maximumHeadlineWords = 18
    static let maximumItems = 8
    static let firstWords = BuiltInBoilerplateRules.readMoreFirstWords.map { Array($0.utf8) }

    private let heading = NSRegularExpression.builtIn(
        "^" + BuiltInBoilerplateRules.readMoreHeadings + #"\s*[:»›>|\-–—▸▶►→]*$"#,
        for: rule
    )
    /// A heading that may also be a subhead ("More from the estuary",
    /// "More business news", "More Arts & Culture", "More rugby", "Also in Education"):
    /// a link list only when at
    /// least ``minimumWeakItems`` headlines follow.
    private let weakHeading = NSRegularExpression.builtIn(
        #"^(?:more from (?:the|our) [\w'’-]{3,20}(?: [\w'’-]{3,20})?|more [\w'’-]{3,20} (?:news|stories|headlines)|more (?-i:[A-Z])[\w'’-]{2,20}(?: (?:&|and|(?-i:[A-Z])[\w'’-]{2,20})){0,3}|more [\w'’-]{3,20}|also in [\w'’&-]{3,20}(?: [\w'’&-]{3,20})?)\s*[:»›>|\-–—▸▶►→]*$"#,
        for: rule
    )
    static let minimumWeakItems = 2

    func apply(to sheet: inout LineSheet) {
        var index = 0
        while index < sheet.count {
            defer { index += 1 }
            // A heading a line rule already took ("MORE STORIES:" as
            // navigation) still heads its list.
            guard !sheet.isBlank(index), sheet.facts[index].scalars <= 80,
                CompiledLineGate.startsWithAny(sheet.foldedBytes(index), Self.firstWords)
            else { continue }
            let list = headlines(after: index, in: sheet)
            // A heading in two languages ("Straeon eraill · More stories")
            // is a heading in either.
            let readings = [sheet.text(index)] + BilingualLine.readings(of: sheet.bytes[sheet.trimmedRanges[index]])
            guard
                readings.contains(where: { heading.matches($0) })
                    || (weakHeading.matches(sheet.text(index)) && list.lines.count >= Self.minimumWeakItems)
            else { continue }
            sheet.remove(index, rule: Self.rule, startsFooter: true)
            for line in list.lines { sheet.remove(line, rule: Self.rule, startsFooter: true) }
            index = list.end - 1
        }
    }

    /// The headline-like lines that follow `index` (up to
    /// ``maximumItems``, skipping blank and removed lines) and the line
    /// where the list ends.
    ///
    /// Links written on adjacent lines form one block: once two of them
    /// stand with no blank line between, a blank line ends the list, so a
    /// subhead (and its list) after the block stays.
    private func headlines(after index: Int, in sheet: LineSheet) -> (lines: [Int], end: Int) {
        var lines: [Int] = []
        var next = index + 1
        var blankSinceLast = false
        var adjacentItems = false
        while next < sheet.count, lines.count < Self.maximumItems {
            if sheet.isBlank(next) {
                if !lines.isEmpty {
                    if adjacentItems { break }
                    blankSinceLast = true
                }
                next += 1
                continue
            }
            if sheet.isRemoved(next) {
                next += 1
                continue
            }
            guard looksLikeHeadline(sheet, next), !isSubhead(sheet, next),
                adjacentItems || !blankSinceLast || !isNewHeading(sheet, next, after: lines)
            else { break }
            if !lines.isEmpty, !blankSinceLast { adjacentItems = true }
            lines.append(next)
            blankSinceLast = false
            next += 1
        }
        // A fact box right after the links: the last link was its subhead.
        if !lines.isEmpty, next < sheet.count, startsFactBox(at: next, in: sheet) {
            lines.removeLast()
            return (lines, (lines.last ?? index) + 1)
        }
        if let labelled = firstLabelledItem(in: lines, sheet: sheet) {
            // The article's own labelled list and the subhead above it.
            let kept = Array(lines[..<max(0, labelled - 1)])
            return (kept, (kept.last ?? index) + 1)
        }
        return (lines, next)
    }

    /// The position in `lines` of the first of two lines that open with
    /// the same short label and a colon ("For: …", "For: …"; "Step 2: …"
    /// is another label), nil when there are none: a list of the article's
    /// own (pros and cons, a fact box), which links do not look like.
    ///
    /// Three labelled lines in a row whose labels are not a headline's
    /// kicker ("Location: …", "Daily capacity: …", "Staff: …") are such a
    /// list too; links tagged "Opinion: …", "Analysis: …" are not.
    private func firstLabelledItem(in lines: [Int], sheet: LineSheet) -> Int? {
        var seen: [ArraySlice<UInt8>: Int] = [:]
        var runStart: Int?
        var runLength = 0
        for (position, line) in lines.enumerated() {
            guard let label = Self.label(sheet.foldedBytes(line)) else {
                runLength = 0
                continue
            }
            if let first = seen[label] { return first }
            seen[label] = position
            if Self.headlineKickers.contains(Array(label)) {
                runLength = 0
                continue
            }
            if runLength == 0 { runStart = position }
            runLength += 1
            if runLength >= Self.factBoxItems, let runStart { return runStart }
        }
        return nil
    }

    static let factBoxItems = 3

    /// Whether ``factBoxItems`` labelled lines, none a headline's kicker,
    /// follow one another from `index` (blank lines aside).
    private func startsFactBox(at index: Int, in sheet: LineSheet) -> Bool {
        var line: Int? = index
        for _ in 0..<Self.factBoxItems {
            guard let current = line, sheet.isLive(current), let label = Self.label(sheet.foldedBytes(current)),
                !Self.headlineKickers.contains(Array(label))
            else { return false }
            line = sheet.nextLive(after: current)
        }
        return true
    }

    /// Labels that tag a headline rather than a fact ("Opinion: …").
    static let headlineKickers: Set<[UInt8]> = Set(
        [
            "opinion", "analysis", "explainer", "letters", "letter", "watch", "live", "review", "editorial",
            "comment", "interview", "podcast", "video", "photos", "breaking", "exclusive", "update", "factbox",
            "q&a", "quiz", "obituary", "listen", "recap", "preview", "column", "gallery", "live updates", "feature",
            "profile", "briefing", "explained", "fact check", "in pictures", "sport", "business", "politics",
            "world", "watch live", "editor's pick", "read", "perspective", "essay",
        ].map { Array($0.utf8) }
    )

    /// The label before a line's first colon: at most two words and
    /// ``maximumLabelBytes`` bytes.
    private static func label(_ folded: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        guard let colon = folded.prefix(Self.maximumLabelBytes + 1).firstIndex(of: 0x3A), colon > folded.startIndex
        else { return nil }
        let label = folded[..<colon]
        return label.count { $0 == 0x20 } <= 1 ? label : nil
    }

    static let maximumLabelBytes = 16

    /// A line of up to three words right above a paragraph of prose is the
    /// article's next subhead ("Funding", "'My nan cried'"), not a link.
    ///
    /// So is a short question right above prose ("What's next for the
    /// bridge?"; links that ask are longer), and a short line right above
    /// the first item of a numbered list ("How to have your say", then
    /// "1. Read the …").
    private func isSubhead(_ sheet: LineSheet, _ index: Int) -> Bool {
        let words = sheet.facts[index].words
        guard words <= Self.listSubheadWords, let next = sheet.nextLive(after: index) else { return false }
        if Self.startsNumberedList(sheet.foldedBytes(next)) { return true }
        let facts = sheet.facts[next]
        let prose = facts.words >= Self.maximumHeadlineWords || facts.endsSentence
        if words <= 3 { return prose }
        return words <= Self.questionSubheadWords && sheet.facts[index].last == "?" && prose
    }

    static let questionSubheadWords = 6
    static let listSubheadWords = 8

    /// Whether a line opens a numbered list: "1. …", "1) …".
    private static func startsNumberedList(_ folded: ArraySlice<UInt8>) -> Bool {
        var bytes = folded.drop { $0 == 0x20 }
        guard bytes.first == 0x31 else { return false }
        bytes = bytes.dropFirst()
        guard let mark = bytes.first, mark == 0x2E || mark == 0x29 else { return false }
        return bytes.dropFirst().first == 0x20
    }

    /// After two links or more, each a paragraph of its own, a paragraph of
    /// up to ``newHeadingWords`` words, shorter than every link before it,
    /// is the article's next subhead ("What the numbers say", "Will the
    /// call come?"), which the list does not run on into. (Links on
    /// adjacent lines end at the blank line after them instead.)
    private func isNewHeading(_ sheet: LineSheet, _ index: Int, after lines: [Int]) -> Bool {
        let words = sheet.facts[index].words
        guard lines.count >= 2, words <= Self.newHeadingWords else { return false }
        return lines.allSatisfy { sheet.facts[$0].words > words }
    }

    static let newHeadingWords = 4

    private func looksLikeHeadline(_ sheet: LineSheet, _ index: Int) -> Bool {
        let facts = sheet.facts[index]
        guard facts.words <= Self.maximumHeadlineWords else { return false }
        if facts.last == "." || (facts.closingScalar == "." && (facts.last == "\"" || facts.last == "\u{201D}")) {
            return false
        }
        // A sentence that runs on into the next line is prose, not a link.
        if index + 1 < sheet.count, sheet.facts[index + 1].startsLowercase { return false }
        return true
    }
}
