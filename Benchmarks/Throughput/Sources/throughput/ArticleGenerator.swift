/// Generates news-like articles with known duplicates: original text made
/// from ``Vocabulary``, never copied from a corpus.
///
/// Record `i` is either an original story or, with probability
/// ``copyShare``, a copy of an earlier original (another outlet's wrapper
/// lines, a few typos, sometimes a new headline or a dropped last
/// paragraph). Every choice is drawn from a generator seeded by the record's
/// index, so any record can be made without the ones before it and memory
/// stays constant however many records are written. A share of records
/// (``htmlShare``) are full HTML pages with navigation, sharing bars,
/// related links, ads, a footer and scripts; the others are text with ad
/// markers, read-more links, captions and share/newsletter footers.
struct ArticleGenerator {
    var htmlShare: Double
    var copyShare = 0.2
    var seed: UInt64 = 20_261_201

    struct Story {
        var title: String
        var paragraphs: [String]
        var byline: String
        var published: String
    }

    struct Article {
        var line: String
        var isHTML: Bool
        var isCopy: Bool
    }

    func isCopy(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        var random = SplitMix.forItem(index, stream: 2, seed: seed)
        return random.chance(copyShare)
    }

    /// The original story record `index` tells.
    func storyIndex(of index: Int) -> Int {
        guard isCopy(index) else { return index }
        var random = SplitMix.forItem(index, stream: 3, seed: seed)
        var candidate = index - 1 - Int.random(in: 0..<min(index, 2000), using: &random)
        while isCopy(candidate) { candidate -= 1 }
        return candidate
    }

    func story(_ index: Int) -> Story {
        var random = SplitMix.forItem(index, stream: 1, seed: seed)
        let quotes = random.chance(0.3)
        let names = (0..<3).map { _ in name(&random) }
        var paragraphs: [String] = []
        for _ in 0..<Int.random(in: 7...15, using: &random) {
            var sentences: [String] = []
            for _ in 0..<Int.random(in: 2...5, using: &random) {
                if quotes, random.chance(0.15) {
                    sentences.append(
                        "\u{201C}\(sentence(&random, words: 8...18).dropLast()),\u{201D} said \(random.pick(names))."
                    )
                } else {
                    sentences.append(sentence(&random, words: 9...26))
                }
            }
            paragraphs.append(sentences.joined(separator: " "))
        }
        let month = random.pick(Vocabulary.months)
        let day = String(format2(Int.random(in: 1...28, using: &random)))
        return Story(
            title: headline(&random),
            paragraphs: paragraphs,
            byline: "By \(names[0])",
            published: "2026-\(month)-\(day)"
        )
    }

    func article(_ index: Int) -> Article {
        var random = SplitMix.forItem(index, stream: 4, seed: seed)
        let copy = isCopy(index)
        var story = story(storyIndex(of: index))
        if copy {
            story.paragraphs = story.paragraphs.map { typos($0, &random) }
            if random.chance(0.3) { story.title = headline(&random) }
            if random.chance(0.3), story.paragraphs.count > 8 { story.paragraphs.removeLast() }
        }
        let outlet = random.pick(Vocabulary.outlets)
        let host = outlet.lowercased().filter { $0.isLetter }
        let url = "https://www.\(host).example/news/\(index)"
        let isHTML = random.chance(htmlShare)
        var fields = [("id", "a\(index)")]
        if isHTML {
            fields.append(("html", page(story, outlet: outlet, url: url, random: &random)))
        } else {
            fields.append(("title", story.title))
            fields.append(("text", text(story, outlet: outlet, random: &random)))
            fields.append(("published", story.published))
        }
        fields.append(("url", url))
        fields.append(("section", random.pick(["news", "business", "sport", "culture", "science"])))
        return Article(line: jsonObject(fields), isHTML: isHTML, isCopy: copy)
    }

    // MARK: - Text records

    private func text(_ story: Story, outlet: String, random: inout SplitMix) -> String {
        var lines: [String] = []
        if random.chance(0.3) { lines.append(story.byline) }
        for (position, paragraph) in story.paragraphs.enumerated() {
            lines.append(paragraph)
            if position == 2, random.chance(0.5) {
                lines.append(random.pick(["Advertisement", "Story continues below advertisement", "ADVERTISEMENT"]))
            }
            if position == 4, random.chance(0.4) { lines.append("Read more: \(headline(&random))") }
            if position == 1, random.chance(0.3) {
                lines.append("\(sentence(&random, words: 6...12)) (\(name(&random))/\(outlet))")
            }
        }
        if random.chance(0.6) {
            lines.append("Share this article")
            lines.append("Sign up for our morning newsletter to get the day's top stories in your inbox.")
            lines.append("© 2026 \(outlet). All rights reserved.")
        }
        return lines.joined(separator: "\n\n")
    }

    // MARK: - HTML records

    private func page(_ story: Story, outlet: String, url: String, random: inout SplitMix) -> String {
        var html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        html += "<title>\(escape(story.title)) | \(escape(outlet))</title>"
        html += "<link rel=\"canonical\" href=\"\(url)\">"
        html += "<meta property=\"article:published_time\" content=\"\(story.published)T08:00:00Z\">"
        html += "<style>body{font-family:serif}.ad-slot{min-height:250px}</style></head>\n<body>\n"
        html += "<nav class=\"site-nav\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li>"
        html += "<li><a href=\"/sport\">Sport</a></li><li><a href=\"/business\">Business</a></li></ul></nav>\n"
        html +=
            "<div class=\"share-bar\"><a href=\"#\">Facebook</a> <a href=\"#\">Twitter</a> <a href=\"#\">Email</a></div>\n"
        html += "<main><article>\n<h1>\(escape(story.title))</h1>\n<p class=\"byline\">\(escape(story.byline))</p>\n"
        for (position, paragraph) in story.paragraphs.enumerated() {
            html += "<p>\(escape(paragraph))</p>\n"
            if position == 2 { html += "<div class=\"ad-slot\" id=\"ad-\(position)\">Advertisement</div>\n" }
            if position == 4, random.chance(0.5) {
                html += "<figure><img src=\"/img/\(position).jpg\" alt=\"\"><figcaption>"
                html +=
                    "\(escape(sentence(&random, words: 6...12))) (\(escape(name(&random)))/\(escape(outlet)))</figcaption></figure>\n"
            }
        }
        html += "<aside class=\"related\"><h2>Related stories</h2><ul>"
        for _ in 0..<3 { html += "<li><a href=\"/news/r\">\(escape(headline(&random)))</a></li>" }
        html += "</ul></aside>\n</article></main>\n"
        html +=
            "<footer><p>© 2026 \(escape(outlet)). All rights reserved.</p><p><a href=\"/privacy\">Privacy</a></p></footer>\n"
        html +=
            "<script>window.dataLayer=window.dataLayer||[];dataLayer.push({page:'\(url)'});</script>\n</body></html>"
        return html
    }

    private func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    // MARK: - Words

    private func sentence(_ random: inout SplitMix, words range: ClosedRange<Int>) -> String {
        let count = Int.random(in: range, using: &random)
        var words: [String] = []
        words.reserveCapacity(count)
        for position in 0..<count {
            let roll = Int.random(in: 0..<100, using: &random)
            let word: String
            switch roll {
            case 0..<38: word = random.pick(Vocabulary.function)
            case 38..<68: word = random.pick(Vocabulary.nouns)
            case 68..<82: word = random.pick(Vocabulary.verbs)
            case 82..<95: word = random.pick(Vocabulary.adjectives)
            case 95..<98: word = String(Int.random(in: 2...950, using: &random))
            default: word = name(&random)
            }
            words.append(position == 0 ? capitalized(word) : word)
        }
        if count > 12, random.chance(0.4) { words[count / 2] += "," }
        return words.joined(separator: " ") + "."
    }

    private func headline(_ random: inout SplitMix) -> String {
        let parts = [
            capitalized(random.pick(Vocabulary.adjectives)), random.pick(Vocabulary.nouns),
            random.pick(Vocabulary.verbs), random.pick(Vocabulary.function), random.pick(Vocabulary.nouns),
            random.pick(Vocabulary.nouns),
        ]
        return parts.joined(separator: " ")
    }

    private func name(_ random: inout SplitMix) -> String {
        if random.chance(0.05) { return random.pick(Vocabulary.accentedNames) }
        func part() -> String {
            capitalized(
                (0..<Int.random(in: 2...3, using: &random)).map { _ in random.pick(Vocabulary.syllables) }.joined()
            )
        }
        return part() + " " + part()
    }

    private func capitalized(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }

    /// About one word in a hundred with two letters swapped.
    private func typos(_ paragraph: String, _ random: inout SplitMix) -> String {
        var words = paragraph.split(separator: " ").map(String.init)
        for index in words.indices where words[index].count > 3 && random.chance(0.01) {
            var letters = Array(words[index])
            letters.swapAt(1, 2)
            words[index] = String(letters)
        }
        return words.joined(separator: " ")
    }

    private func format2(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}

/// A JSON object of string fields, in order.
func jsonObject(_ fields: [(String, String)]) -> String {
    var line = "{"
    for (position, (key, value)) in fields.enumerated() {
        if position > 0 { line += "," }
        line += jsonString(key) + ":" + jsonString(value)
    }
    return line + "}"
}

func jsonString(_ text: String) -> String {
    var quoted = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": quoted += "\\\""
        case "\\": quoted += "\\\\"
        case "\n": quoted += "\\n"
        case "\t": quoted += "\\t"
        case _ where scalar.value < 0x20:
            quoted += "\\u00" + (scalar.value < 16 ? "0" : "") + String(scalar.value, radix: 16)
        default: quoted.unicodeScalars.append(scalar)
        }
    }
    return quoted + "\""
}
