/// Removes a footer block written in another language or script than the
/// article: an English story scraped from a Portuguese site ends in that
/// site's slogans and prompts.
///
/// The body's script is the one most letters of its prose lines (at least
/// ``proseWords`` words) are in; its language the one whose stopwords
/// those lines use most (see ``StopwordProfile``), when they use at least
/// ``minimumBodyHits``. Scanning up from the end over removed, blank and
/// short lines, the block stops at the first kept line that is in the
/// body's language and script (or that is long). Its kept lines go when it
/// holds at least ``minimumForeignLines`` kept lines in another language
/// or script, and its kept words are at most
/// ``maximumShare`` of the text's.
struct ForeignFooter {
    static let rule = "foreign-footer"
    static let proseWords = 8
    static let minimumBodyHits = 6
    static let maximumLineWords = 40
    static let minimumForeignLines = 2
    static let minimumForeignHits = 2
    static let maximumShare = 0.4
    /// Body words read for its language.
    static let sampleWords = 400

    enum Reading { case body, foreign, neutral }

    func apply(to sheet: inout LineSheet) {
        guard mayHoldForeignFooter(sheet), let body = bodyProfile(sheet) else { return }
        var start = sheet.count
        var foreignLines = 0
        var liveForeignLines = 0
        var candidates: [Int] = []
        for index in stride(from: sheet.count - 1, through: 0, by: -1) where !sheet.isBlank(index) {
            let reading = read(sheet, index, body: body)
            // Lines in another script count one by one even when they stand
            // together as one block (three lines of a Hindi footer under
            // English text); a block read as foreign by its stopwords counts once.
            let weight = reading == .foreign && otherScript(sheet, index, body) ? sheet.physicalLineCount(index) : 1
            if sheet.isRemoved(index) {
                if reading == .foreign { foreignLines += weight }
                start = index
                continue
            }
            guard sheet.wordCount(index) <= Self.maximumLineWords, reading != .body else { break }
            if reading == .foreign {
                foreignLines += weight
                liveForeignLines += weight
            }
            candidates.append(index)
            start = index
        }
        // Its kept lines must read as foreign too, at least two of them, or
        // one when the rules already took more foreign lines around it.
        let liveNeeded = foreignLines > Self.minimumForeignLines ? 1 : Self.minimumForeignLines
        guard foreignLines >= Self.minimumForeignLines, liveForeignLines >= liveNeeded, start < sheet.count else {
            return
        }
        let doomedWords = candidates.reduce(0) { $0 + sheet.wordCount($1) }
        let liveWords = (0..<sheet.count).filter { sheet.isLive($0) }.reduce(0) { $0 + sheet.wordCount($1) }
        guard Double(doomedWords) <= Self.maximumShare * Double(liveWords) else { return }
        for index in candidates.reversed() { sheet.remove(index, rule: Self.rule, startsFooter: true) }
    }

    struct Profile {
        var script: LineFacts.Script
        /// Index in ``StopwordProfile/languages``; nil when the body's
        /// stopwords say too little (or the script has none listed).
        var language: Int?
    }

    /// A cheap necessary condition, checked before the body's stopwords are
    /// counted: below the last long kept line there are at least
    /// ``minimumForeignLines`` kept lines that could read as foreign (in
    /// another script than the body's, or with ``minimumForeignHits``
    /// stopwords of some language).
    private func mayHoldForeignFooter(_ sheet: LineSheet) -> Bool {
        guard let script = bodyScript(sheet) else { return false }
        var possible = 0
        var scores = [Int](repeating: 0, count: StopwordProfile.languages.count)
        for index in stride(from: sheet.count - 1, through: 0, by: -1) where sheet.isLive(index) {
            guard sheet.wordCount(index) <= Self.maximumLineWords else { break }
            let facts = sheet.facts[index]
            var foreign = facts.letters >= 3 && facts.script != script && facts.script != .none
            if !foreign {
                for language in scores.indices { scores[language] = 0 }
                StopwordProfile.score(sheet.foldedBytes(index), into: &scores)
                foreign = (scores.max() ?? 0) >= Self.minimumForeignHits
            }
            if foreign {
                possible += 1
                if possible >= Self.minimumForeignLines { return true }
            }
        }
        return false
    }

    /// The script most letters of the body's prose lines are in.
    private func bodyScript(_ sheet: LineSheet) -> LineFacts.Script? {
        var letters = [Int](repeating: 0, count: LineFacts.Script.allCases.count)
        for index in 0..<sheet.count where sheet.isLive(index) && sheet.wordCount(index) >= Self.proseWords {
            letters[Int(sheet.facts[index].script.rawValue)] += sheet.facts[index].letters
        }
        guard let best = letters.indices.max(by: { letters[$0] < letters[$1] }), letters[best] > 0 else { return nil }
        return LineFacts.Script(rawValue: UInt8(best))
    }

    private func bodyProfile(_ sheet: LineSheet) -> Profile? {
        var letters = [Int](repeating: 0, count: LineFacts.Script.allCases.count)
        var scores = [Int](repeating: 0, count: StopwordProfile.languages.count)
        var sampled = 0
        for index in 0..<sheet.count where sheet.isLive(index) && sheet.wordCount(index) >= Self.proseWords {
            let facts = sheet.facts[index]
            letters[Int(facts.script.rawValue)] += facts.letters
            if sampled < Self.sampleWords {
                sampled += StopwordProfile.score(
                    sheet.foldedBytes(index),
                    into: &scores,
                    limit: Self.sampleWords - sampled
                )
            }
        }
        guard let best = letters.indices.max(by: { letters[$0] < letters[$1] }), letters[best] > 0,
            let script = LineFacts.Script(rawValue: UInt8(best))
        else { return nil }
        var language: Int?
        if script == .latin, let top = scores.indices.max(by: { scores[$0] < scores[$1] }),
            scores[top] >= Self.minimumBodyHits
        {
            language = top
        }
        guard script != .latin || language != nil else { return nil }
        return Profile(script: script, language: language)
    }

    private func otherScript(_ sheet: LineSheet, _ index: Int, _ body: Profile) -> Bool {
        let facts = sheet.facts[index]
        return facts.letters >= 3 && facts.script != body.script && facts.script != .none
    }

    private func read(_ sheet: LineSheet, _ index: Int, body: Profile) -> Reading {
        let facts = sheet.facts[index]
        if facts.letters >= 3, facts.script != body.script, facts.script != .none { return .foreign }
        // A body in a script without stopword lists: its script is its language.
        guard let language = body.language else { return facts.letters >= 3 ? .body : .neutral }
        // A word both languages use ("an", "in", "de") speaks for neither:
        // another language counts the stopwords the body's lacks, the body
        // those that language lacks.
        let found = StopwordProfile.stopwordLanguages(sheet.foldedBytes(index))
        let bodyBit: UInt16 = 1 << UInt16(language)
        var scores = [Int](repeating: 0, count: StopwordProfile.languages.count)
        for languages in found where languages & bodyBit == 0 {
            for other in scores.indices where languages & (1 << UInt16(other)) != 0 { scores[other] += 1 }
        }
        let best = scores.indices.max { scores[$0] < scores[$1] } ?? language
        let bestBit: UInt16 = 1 << UInt16(best)
        let bodyHits = found.filter { $0 & bodyBit != 0 && $0 & bestBit == 0 }.count
        // Two stopwords at least: one shared word ("da", "a") proves nothing.
        if scores[best] >= Self.minimumForeignHits, scores[best] > bodyHits { return .foreign }
        if bodyHits > 0 || found.contains(where: { $0 & bodyBit != 0 }) { return .body }
        return facts.words <= 6 ? .neutral : .body
    }
}
