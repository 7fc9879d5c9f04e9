/// What a line's shape says about it, whatever its language: decorations
/// (a leading pictograph, a trailing arrow), separators between short
/// segments, a credit after a dash or in brackets, figures and dates, all
/// capitals. Computed once per kept line by ``LineShape`` from the line's
/// scalars; ``LineFacts`` holds the rest (words, how it ends).
struct ShapeFacts {
    /// Starts with a pictograph or arrow ("🎧 Listen …", "▷ VÍDEO | …").
    var leadingPictograph = false
    /// Ends with an arrow or a closing chevron ("Swipe for more ›").
    var trailingArrow = false
    /// Segments between spaced separators (`|`, `·`, `•`, `›`, `»`, `/`)
    /// or runs of three spaces, and the words of the longest.
    var segments = 1
    var longestSegmentWords = 0
    /// A credit after the last dash: "… — Foto: Name/Outlet", "… – PHOTO:
    /// NAME" (a colon, a slash or capitals in at most six words).
    var dashCredit = false
    /// A tail of capitalised words after the last dash or bar, without
    /// figures ("… — Special Arrangement"), and whether the text before it
    /// ends like a sentence.
    var nameTail = false
    var sentenceBeforeTail = false
    /// A sentence followed by a bracketed credit of at most six words with
    /// nothing after it: "… on Saturday. (Submitted by Gord Pelletier)",
    /// "… on Monday. (Nagy Péter/Városi Hírek)".
    var bracketCredit = false
    /// A short line ending in a bracketed count: "Comments (12)".
    var bracketCount = false
    /// Capitalised names joined by one slash, no figures or punctuation:
    /// "Tiago Lemos/Cerrado Hoje".
    var slashCredit = false
    /// Ends in a running time, in brackets or after a separator: "(3:05)",
    /// "(2 min 15)", "· 38:12" (an embed's duration).
    var trailingDuration = false
    /// Starts with a social handle ("@LagosWaterways"): an embedded post.
    var leadingHandle = false
    /// Letters, and scalars that are not spacing.
    var letters = 0
    var visible = 0
    /// Holds ▲ ▼ △ ▽ (a price's move).
    var priceArrow = false
    var percents = 0
    var hasDigit = false
    /// Runs of digits, and whether one is a year (19xx, 20xx).
    var numbers = 0
    var hasYear = false
    /// Has capitals and no small letters.
    var allCapitals = false

    static let separators: Set<Unicode.Scalar> = ["|", "·", "•", "›", "»", "/"]
    static let arrows: Set<Unicode.Scalar> = [
        "←", "→", "↗", "↘", "⬇", "⬆", "▶", "▸", "›", "»", "▷", "►", "➤", "➜", "⇒", "⏵",
    ]
    static let leadingArrows: Set<Unicode.Scalar> = ["▶", "▷", "►", "▸", "➤", "➜", "→", "⇒", "↗", "⏵", "⏯"]
    static let priceArrows: Set<Unicode.Scalar> = ["▲", "▼", "△", "▽"]
    static let dashes: Set<Unicode.Scalar> = ["—", "–", "-"]
    static let tailSeparators: Set<Unicode.Scalar> = ["—", "–", "|"]
    static let maximumCreditWords = 6
    static let maximumNameTailWords = 4

    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last else { return }
        leadingPictograph = Self.isPictograph(first) || Self.leadingArrows.contains(first)
        trailingArrow =
            Self.arrows.contains(last) && !scalars.contains("«") && !scalars.contains("‹")
        var hasCapital = false
        var hasSmall = false
        var runStart: Int?
        for (index, scalar) in scalars.enumerated() {
            let isSpace = LineScanner.isSpace(scalar.value)
            if !isSpace { visible += 1 }
            if scalar.isASCII {
                // A–Z and a–z without a property lookup.
                let value = scalar.value
                if (0x41...0x5A).contains(value) {
                    letters += 1
                    hasCapital = true
                } else if (0x61...0x7A).contains(value) {
                    letters += 1
                    hasSmall = true
                }
            } else if scalar.properties.isAlphabetic {
                letters += 1
                if scalar.properties.isUppercase { hasCapital = true }
                if scalar.properties.isLowercase { hasSmall = true }
            }
            if Self.priceArrows.contains(scalar) { priceArrow = true }
            if scalar == "%" { percents += 1 }
            if Self.isDigit(scalar) {
                hasDigit = true
                if runStart == nil { runStart = index }
            } else if let start = runStart {
                endNumber(scalars[start..<index], next: scalar)
                runStart = nil
            }
        }
        if let start = runStart { endNumber(scalars[start...], next: nil) }
        allCapitals = hasCapital && !hasSmall
        leadingHandle = first == "@" && scalars.count > 1 && scalars[1].properties.isAlphabetic
        trailingDuration = Self.endsInDuration(scalars)
        noteSegments(scalars)
        noteTails(scalars)
        noteBrackets(scalars)
        let words = Self.words(scalars[...])
        slashCredit =
            words.count <= 5 && scalars.filter({ $0 == "/" }).count == 1 && !Self.hasSpacedSlash(scalars[...])
            && !hasDigit && !scalars.contains { $0 == ":" || $0 == "," || $0 == "*" }
            && Self.tokens(scalars[...], splittingAt: "/").allSatisfy { $0.first?.properties.isUppercase == true }
    }

    /// Counts a run of digits; four of them starting 19 or 20, not glued
    /// to a letter, are a year.
    private mutating func endNumber(_ run: ArraySlice<Unicode.Scalar>, next: Unicode.Scalar?) {
        numbers += 1
        guard run.count == 4, next?.properties.isAlphabetic != true else { return }
        hasYear = hasYear || Self.isYear(run)
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { (0x30...0x39).contains(scalar.value) }

    /// Four figures from 1900 to 2099.
    static func isYear(_ digits: ArraySlice<Unicode.Scalar>) -> Bool {
        guard digits.count == 4 else { return false }
        let century = digits.prefix(2).map { $0.value - 0x30 }
        return century == [1, 9] || century == [2, 0]
    }

    private mutating func noteSegments(_ scalars: [Unicode.Scalar]) {
        var segmentWords: [Int] = []
        var current = 0
        var inWord = false
        var spaces = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let isSpace = LineScanner.isSpace(scalar.value)
            let spacedSeparator =
                Self.separators.contains(scalar) && index > 0 && index + 1 < scalars.count
                && LineScanner.isSpace(scalars[index - 1].value) && LineScanner.isSpace(scalars[index + 1].value)
            if spacedSeparator || (isSpace && spaces == 2) {
                if current > 0 { segmentWords.append(current) }
                current = 0
                inWord = false
            } else if isSpace {
                inWord = false
            } else if !inWord {
                current += 1
                inWord = true
            }
            spaces = isSpace ? spaces + 1 : 0
            index += 1
        }
        if current > 0 { segmentWords.append(current) }
        segments = max(1, segmentWords.count)
        longestSegmentWords = segmentWords.max() ?? 0
    }

    /// The credit after the last spaced dash, and the capitalised tail after
    /// the last spaced dash or bar.
    private mutating func noteTails(_ scalars: [Unicode.Scalar]) {
        if let split = Self.lastSpaced(scalars, in: Self.dashes) {
            let tail = scalars[(split + 2)...]
            let words = Self.words(tail)
            let endsSentence = Self.endsSentence(tail)
            let letters = tail.filter { $0.properties.isAlphabetic }
            let capitals = !letters.isEmpty && !tail.contains { $0.properties.isLowercase }
            // One name and its agency ("Name/Agency"), not a list of
            // titles ("A/B/C") or places ("Curitiba / Alternativa"); capitals
            // alone only after a sentence ("… on March 8. — TAN JUN HAO").
            let slashes = tail.filter { $0 == "/" }.count
            let agency = slashes == 1 && !Self.hasSpacedSlash(tail)
            dashCredit =
                words.count <= Self.maximumCreditWords && !endsSentence && slashes <= 1
                && (tail.contains(":") || agency
                    || (capitals && Self.endsSentence(scalars[..<split])))
        }
        guard !dashCredit, let split = Self.lastSpaced(scalars, in: Self.tailSeparators) else { return }
        let tail = scalars[(split + 2)...]
        let words = Self.words(tail)
        nameTail =
            !words.isEmpty && words.count <= Self.maximumNameTailWords && !Self.endsSentence(tail)
            && !tail.contains { Self.isDigit($0) }
            && words.allSatisfy { word in
                guard let first = word.first(where: { $0.properties.isAlphabetic }) else { return true }
                return word.first == first ? first.properties.isUppercase : true
            }
        sentenceBeforeTail = nameTail && Self.endsSentence(scalars[..<split])
    }

    private mutating func noteBrackets(_ scalars: [Unicode.Scalar]) {
        guard
            scalars.last == ")"
                || scalars.last.map({ !$0.properties.isAlphabetic && !Self.isDigit($0) })
                    == true
        else { return }
        // "Comments (12)", "Gallery (12) »": a count in brackets, maybe
        // before a decoration.
        var end = scalars.count - 1
        while end > 0, scalars[end] != ")", !scalars[end].properties.isAlphabetic,
            !Self.isDigit(scalars[end])
        {
            end -= 1
        }
        guard scalars[end] == ")", let open = scalars[..<end].lastIndex(of: "(") else { return }
        let inner = scalars[(open + 1)..<end]
        // A year in brackets dates a list item ("- Ballinrea (2018)"); a
        // widget counts comments or photos.
        if !inner.isEmpty, inner.allSatisfy({ Self.isDigit($0) }), !Self.isYear(inner),
            Self.words(scalars[...]).count <= 4
        {
            bracketCount = true
        }
        guard end == scalars.count - 1, !inner.contains("("), open > 0 else { return }
        // A credit names: a colon or slash ("Photo: …", "Name/Agency") or
        // mostly capitalised words without figures, never a sentence of its
        // own ("(Barely, her coach said.)", "(See table 2)").
        let innerWords = Self.words(inner)
        let capitalised = innerWords.filter { $0.first?.properties.isUppercase == true }.count
        let names =
            inner.contains(":") || inner.contains("/")
            || (capitalised * 2 >= innerWords.count && !inner.contains { Self.isDigit($0) })
        bracketCredit =
            innerWords.count <= Self.maximumCreditWords && names && !Self.endsSentence(inner)
            && Self.endsSentence(scalars[..<open])
    }

    static let durationSeparators: Set<Unicode.Scalar> = ["·", "|", "—", "–", "-"]
    static let maximumDurationTokens = 4

    /// Whether the line ends in a running time: the bracket at its end, or
    /// what follows its last spaced separator, holds only figures with a
    /// colon ("3:05") or minutes and seconds ("2 min 15", "32 mins",
    /// "1min45"), and at least one of those.
    static func endsInDuration(_ scalars: [Unicode.Scalar]) -> Bool {
        let tail: ArraySlice<Unicode.Scalar>
        if scalars.last == ")", let open = scalars.lastIndex(of: "(") {
            tail = scalars[(open + 1)..<(scalars.count - 1)]
        } else if let split = lastSpaced(scalars, in: durationSeparators) {
            tail = scalars[(split + 2)...]
        } else {
            return false
        }
        let tokens = words(tail)
        guard !tokens.isEmpty, tokens.count <= maximumDurationTokens else { return false }
        var timed = false
        for token in tokens {
            let folded = String(String.UnicodeScalarView(token)).lowercased()
            let unit = folded.contains("min") || folded.hasPrefix("sec")
            let clock =
                token.contains(":") && token.allSatisfy { isDigit($0) || $0 == ":" } && token.contains { isDigit($0) }
            let figure = token.allSatisfy { isDigit($0) }
            let glued = unit && token.first.map(isDigit) == true
            guard unit || clock || figure else { return false }
            if clock || (unit && (glued || tokens.contains { $0.allSatisfy { isDigit($0) } })) { timed = true }
        }
        return timed
    }

    /// Where the last separator from `set` with a space on either side
    /// stands, with text before and after it.
    static func lastSpaced(_ scalars: [Unicode.Scalar], in set: Set<Unicode.Scalar>) -> Int? {
        guard scalars.count >= 5 else { return nil }
        for index in stride(from: scalars.count - 3, through: 2, by: -1)
        where set.contains(scalars[index]) && LineScanner.isSpace(scalars[index - 1].value)
            && LineScanner.isSpace(scalars[index + 1].value)
        {
            return index - 1
        }
        return nil
    }

    /// Whether a slash has a space on either side ("Curitiba / Alternativa").
    static func hasSpacedSlash(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        scalars.indices.contains { index in
            scalars[index] == "/" && index > scalars.startIndex && index + 1 < scalars.endIndex
                && LineScanner.isSpace(scalars[index - 1].value) && LineScanner.isSpace(scalars[index + 1].value)
        }
    }

    /// Whether the scalars end like a sentence, maybe inside a closing
    /// quote or bracket.
    static func endsSentence(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var end = scalars.endIndex
        while end > scalars.startIndex, LineScanner.isSpace(scalars[end - 1].value) { end -= 1 }
        guard end > scalars.startIndex else { return false }
        var last = scalars[end - 1]
        if LineFacts.closers.contains(last), end - 1 > scalars.startIndex { last = scalars[end - 2] }
        return LineFacts.sentenceEnds.contains(last)
    }

    static func words(_ scalars: ArraySlice<Unicode.Scalar>) -> [ArraySlice<Unicode.Scalar>] {
        scalars.split { LineScanner.isSpace($0.value) }
    }

    static func tokens(
        _ scalars: ArraySlice<Unicode.Scalar>,
        splittingAt separator: Unicode.Scalar
    )
        -> [ArraySlice<Unicode.Scalar>]
    {
        scalars.split { LineScanner.isSpace($0.value) || $0 == separator }
    }

    /// An emoji or pictographic symbol (not ©, ®, ™, °, which sit in prose).
    static func isPictograph(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x2190 && scalar.properties.generalCategory == .otherSymbol
    }
}
