/// A site's furniture, learned from the batch: short lines that recur in
/// many articles of the same source ("Lakeside Bulletin", "Posted by the
/// Bulletin desk · 2026-10-14", a correction prompt), outside the body of
/// each article.
///
/// Lines are compared in a normalised form: ASCII letters lower-cased,
/// runs of spacing as one space, every digit as `0` and every name of a
/// weekday or month (see ``calendarNames``) as one placeholder (so a dated
/// byline or a "Tuesday edition" matches across days). A line is learned when at least `minCount`
/// articles of its source, and at least `minShare` of them, carry it; it is
/// removed only where it stands above the first or below the last line of
/// the article's own prose (prose that is not itself learned): a site's
/// header and footer, never a subhead or a quote inside the story.
enum SiteFurniture {
    /// Words from which a line counts as prose when it also ends a sentence.
    static let proseWords = 10
    /// Words from which a line counts as prose however it ends.
    static let longProseWords = 25

    /// One physical line of a text.
    struct Line: Sendable {
        /// The line's bytes, its line feed included when it has one.
        var range: Range<Int>
        var lineNumber: Int
        var isBlank: Bool
        /// The normalised form's hash (0 for blank lines).
        var hash: UInt64
        /// Characters (Unicode scalars) of the trimmed line.
        var characters: Int
        var words: Int
        var endsSentence: Bool

        var isProse: Bool {
            words >= SiteFurniture.longProseWords || (words >= SiteFurniture.proseWords && endsSentence)
        }
    }

    /// The lines of `bytes`, each with its facts computed once.
    static func lines(of bytes: [UInt8]) -> [Line] {
        bytes.withUnsafeBufferPointer { lines(of: $0) }
    }

    /// The lines of a text's UTF-8 bytes (read in place, not copied).
    static func lines(of text: String) -> [Line] {
        var text = text
        return text.withUTF8 { lines(of: $0) }
    }

    /// ``lines(of:)-([UInt8])`` on a buffer.
    static func lines(of buffer: UnsafeBufferPointer<UInt8>) -> [Line] {
        var lines: [Line] = []
        var start = 0
        var number = 1
        while start < buffer.count {
            var end = start
            while end < buffer.count, buffer[end] != 0x0A { end += 1 }
            let next = end < buffer.count ? end + 1 : end
            lines.append(facts(of: buffer, start..<end, full: start..<next, lineNumber: number))
            start = next
            number += 1
        }
        return lines
    }

    /// The lines that may be learned: every non-blank line of at most
    /// `maxLength` characters, each normalised form once.
    static func learnable(_ lines: [Line], maxLength: Int) -> [UInt64] {
        var seen = Set<UInt64>()
        return lines.compactMap { line in
            guard !line.isBlank, line.characters <= maxLength, seen.insert(line.hash).inserted else { return nil }
            return line.hash
        }
    }

    /// Articles that must carry a paragraph of long prose before it counts
    /// as furniture (a site's "about us" or volunteer notice): a few copies
    /// of one story on one site never make its paragraphs furniture.
    static let longProseMinCount = 10
    /// Words of its own (in lines no other article of its source shares)
    /// an article must have for learning to take all its furniture. An
    /// article with fewer is a copy of others on its site (dedup's
    /// business): it loses only the lines its site carries more widely than
    /// the text it shares with its copies.
    static let minimumOwnWords = 10

    /// The learned lines to remove: those above the first or below the last
    /// line of prose that is not learned (all of them when there is none).
    ///
    /// - Parameters:
    ///   - minCount: Articles that must carry a short line.
    ///   - source: The source's learned and shared lines.
    static func removable(_ lines: [Line], maxLength: Int, minCount: Int, source: LearnedFurniture.Source) -> [Int] {
        func isLearned(_ line: Line) -> Bool {
            guard !line.isBlank, line.characters <= maxLength, let count = source.shared[line.hash],
                Double(count) >= source.needed
            else { return false }
            return count >= (line.words >= longProseWords ? max(minCount, longProseMinCount) : minCount)
        }
        let learned = lines.indices.filter { isLearned(lines[$0]) }
        guard !learned.isEmpty else { return [] }
        let learnedSet = Set(learned)
        let body = lines.indices.filter { lines[$0].isProse && !learnedSet.contains($0) }
        let chosen = body.first.map { first in learned.filter { $0 < first || $0 > body[body.count - 1] } } ?? learned
        let sharedCounts = lines.compactMap { $0.isBlank ? nil : source.shared[$0.hash] }
        let ownWords = lines.reduce(0) { $0 + ($1.isBlank || source.shared[$1.hash] != nil ? 0 : $1.words) }
        guard ownWords < minimumOwnWords, let copies = sharedCounts.min() else { return chosen }
        return chosen.filter { (source.shared[lines[$0].hash] ?? 0) > copies }
    }

    /// Names of weekdays and months (English, Dutch, German, French,
    /// Spanish; full and short forms up to nine letters), each packed by
    /// ``pack(_:)``.
    static let calendarNames: Set<UInt64> = {
        let names = """
            monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun \
            january february march april may june july august september october november december \
            jan feb mar apr jun jul aug sep sept oct nov dec \
            maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart mei juni juli augustus \
            oktober montag dienstag mittwoch freitag samstag sonntag januar februar mai dezember \
            lundi mardi mercredi jeudi vendredi samedi dimanche janvier mars avril juin juillet octobre novembre \
            lunes martes jueves viernes domingo enero marzo abril mayo junio julio agosto octubre diciembre
            """
        return Set(names.split(separator: " ").filter { $0.utf8.count <= 9 }.map { pack(Array($0.utf8)) })
    }()

    /// Up to nine lower-case ASCII letters, five bits each.
    static func pack(_ letters: [UInt8]) -> UInt64 {
        letters.reduce(0) { $0 << 5 | UInt64($1 - 0x60) }
    }

    /// Words of a line in which calendar names are folded.
    static let calendarWords = 12

    /// Replaces the hash of a word just read, when it is a calendar name,
    /// by the hash of the placeholder `@` and the word's trailing `.`/`,`.
    @inline(__always)
    private static func foldCalendarWord(
        _ hash: inout UInt64,
        from start: UInt64,
        _ packed: UInt64,
        _ letterCount: Int,
        _ tail: UInt64,
        _ tailCount: Int
    ) {
        guard letterCount >= 3, calendarNames.contains(packed) else { return }
        hash = (start ^ 0x40) &* 0x0000_0100_0000_01B3
        var count = tailCount
        while count > 0 {
            count -= 1
            hash = (hash ^ (tail >> UInt64(8 * count) & 0xFF)) &* 0x0000_0100_0000_01B3
        }
    }

    private static func facts(
        of bytes: UnsafeBufferPointer<UInt8>,
        _ content: Range<Int>,
        full: Range<Int>,
        lineNumber: Int
    ) -> Line {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        // The word being read, while it may be a calendar name: the hash
        // before it, its letters packed, then at most two of "." and ",".
        var wordStartHash = hash
        var packed: UInt64 = 0
        var letterCount = 0
        var tail: UInt64 = 0
        var tailCount = 0
        var maybeCalendar = false
        var characters = 0
        var words = 0
        var inWord = false
        var pendingSpace = false
        var lastNonSpace: UInt8 = 0
        var previousNonSpace: UInt8 = 0
        for index in content {
            var byte = bytes[index]
            let isSpace = byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0B || byte == 0x0C
            if byte & 0xC0 != 0x80 { characters += isSpace && characters == 0 ? 0 : 1 }
            if isSpace {
                if characters > 0 { pendingSpace = true }
                if inWord, maybeCalendar {
                    foldCalendarWord(&hash, from: wordStartHash, packed, letterCount, tail, tailCount)
                }
                inWord = false
                continue
            }
            if pendingSpace {
                hash = (hash ^ 0x20) &* 0x0000_0100_0000_01B3
                pendingSpace = false
            }
            switch byte {
            case 0x41...0x5A: byte |= 0x20
            case 0x30...0x39: byte = 0x30
            default: break
            }
            if !inWord {
                words += 1
                inWord = true
                wordStartHash = hash
                packed = 0
                letterCount = 0
                tail = 0
                tailCount = 0
                // Dates stand near the start of a furniture line.
                maybeCalendar = words <= calendarWords
            }
            if maybeCalendar {
                if (0x61...0x7A).contains(byte), tailCount == 0, letterCount < 9 {
                    packed = packed << 5 | UInt64(byte - 0x60)
                    letterCount += 1
                } else if byte == 0x2E || byte == 0x2C, letterCount > 0, tailCount < 2 {
                    tail = tail << 8 | UInt64(byte)
                    tailCount += 1
                } else {
                    maybeCalendar = false
                }
            }
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            previousNonSpace = lastNonSpace
            lastNonSpace = bytes[index]
        }
        if inWord, maybeCalendar { foldCalendarWord(&hash, from: wordStartHash, packed, letterCount, tail, tailCount) }
        let isBlank = words == 0
        // Trailing spaces were counted as characters; a line's length is
        // only a bound here, so the few extra do not matter.
        // A closing " ' ) is set aside.
        let closes = lastNonSpace == 0x22 || lastNonSpace == 0x27 || lastNonSpace == 0x29
        let end = closes ? previousNonSpace : lastNonSpace
        let endsSentence = end == 0x2E || end == 0x21 || end == 0x3F || lastNonSpace == 0x9D || lastNonSpace == 0xA6
        return Line(
            range: full,
            lineNumber: lineNumber,
            isBlank: isBlank,
            hash: isBlank ? 0 : mix64(hash),
            characters: characters,
            words: words,
            endsSentence: endsSentence
        )
    }
}

/// What the `boilerplate` stage keeps about one record for learning: its
/// source and the hashes of its header and footer lines (each once).
public struct FurnitureObservation: Sendable {
    public var source: String
    public var lineHashes: [UInt64]
}

/// Counts, per source, how many articles carry each candidate line, in
/// bounded memory: per source at most ``capacity`` counters (Misra–Gries),
/// so any line carried by more than 1/``capacity`` of a source's articles
/// keeps a count that is short by at most articles/``capacity``.
public struct FurnitureTally: BatchTally {
    public static let capacity = 512

    struct SourceCounts: Sendable {
        var articles = 0
        var counts: [UInt64: Int] = [:]
        /// How much every count may be short by.
        var undercount = 0
    }

    private(set) var sources: [String: SourceCounts] = [:]

    public init() {}

    public mutating func add(_ observation: FurnitureObservation, record: Int) {
        var counts = sources.removeValue(forKey: observation.source) ?? SourceCounts()
        counts.articles += 1
        for hash in observation.lineHashes {
            if let count = counts.counts[hash] {
                counts.counts[hash] = count + 1
            } else if counts.counts.count < Self.capacity {
                counts.counts[hash] = 1
            } else {
                // Misra–Gries: every counter pays for the new line.
                counts.undercount += 1
                counts.counts = counts.counts.compactMapValues { $0 > 1 ? $0 - 1 : nil }
            }
        }
        sources[observation.source] = counts
    }
}

/// What the batch taught about each source's lines.
public struct LearnedFurniture: Sendable {
    public struct Source: Sendable {
        /// Articles of the source in the batch.
        public var articles: Int
        /// Lines carried by at least `minCount` articles: how many carry
        /// each.
        public var shared: [UInt64: Int]
        /// Articles that must carry a line for it to be furniture.
        public var needed: Double

        /// How many lines are furniture.
        public var learnedCount: Int { shared.values.filter { Double($0) >= needed }.count }
    }

    public var sources: [String: Source]

    /// How many lines were learned, over all sources.
    public var lineCount: Int { sources.values.reduce(0) { $0 + $1.learnedCount } }
}
