/// Removes short lines that end in the same site tag, such as image alt
/// texts saved as `Ferry terminal at dawn-Valley Herald-Lakeside`.
///
/// A suffix counts when it follows a separator (`-`, `|`, `–`, `—`) after a
/// description of at least ``minimumWords`` words, has
/// ``minimumWords``–``maximumWords`` words, each capitalised, and ends at
/// least two short lines of the same text (alt texts already removed above a
/// caption count too).
struct SiteSuffix {
    static let rule = "site-suffix"
    static let maximumLineWords = 16
    static let minimumWords = 2
    static let maximumWords = 6
    static let closers: Set<Unicode.Scalar> = [".", "!", "?", ":", ";", ","]

    /// Whether the line holds `-`, `|` or a dash (U+2013, U+2014: E2 80 93/94).
    static func hasSeparator(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.contains(0x2D) || bytes.contains(0x7C) || bytes.contains(0xE2)
    }

    func apply(to sheet: inout LineSheet) {
        var suffixesByLine: [Int: Set<Substring>] = [:]
        var counts: [Substring: Int] = [:]
        // Alt texts already removed (above a caption) count too.
        for index in 0..<sheet.count where !sheet.isBlank(index) && sheet.wordCount(index) <= Self.maximumLineWords {
            guard !Self.closers.contains(sheet.facts[index].last), Self.hasSeparator(sheet.foldedBytes(index)) else {
                continue
            }
            let suffixes = candidateSuffixes(of: Substring(sheet.text(index)))
            guard !suffixes.isEmpty else { continue }
            suffixesByLine[index] = suffixes
            for suffix in suffixes { counts[suffix, default: 0] += 1 }
        }
        for (index, suffixes) in suffixesByLine
        where sheet.isLive(index) && suffixes.contains(where: { counts[$0, default: 0] >= 2 }) {
            sheet.remove(index, rule: Self.rule)
        }
    }

    private func candidateSuffixes(of line: Substring) -> Set<Substring> {
        var suffixes = Set<Substring>()
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            let next = line.index(after: index)
            if "-|–—".contains(character), index > line.startIndex, next < line.endIndex {
                let suffix = line[next...].trimmingWhitespace()
                let suffixWords = suffix.split(whereSeparator: \.isWhitespace)
                let described = line[..<index].split(whereSeparator: \.isWhitespace).count >= Self.minimumWords
                // A site's name: every word capitalised, after a description
                // of two words or more ("Pre-Workout Meal" is neither).
                if described, suffixWords.allSatisfy({ $0.first?.isUppercase == true }),
                    (Self.minimumWords...Self.maximumWords).contains(suffixWords.count)
                {
                    suffixes.insert(suffix)
                }
            }
            index = next
        }
        return suffixes
    }
}
