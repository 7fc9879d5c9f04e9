import HTMLText

/// The `html` stage: parses markup with libxml2 and keeps the readable text.
///
/// A record read from an `.html` file or a JSONL `html` field is parsed as a
/// page: non-content elements (scripts, styles, navigation, asides, footers,
/// forms, embeds) and elements whose class or id marks them as ads, sharing
/// or related links are dropped with their content, entities are decoded and
/// every block element becomes a paragraph. Plain text that contains stray
/// tags or entities is cleaned the same way while keeping its line breaks.
/// The page also supplies a missing title (first `<h1>`, `og:title`,
/// `<title>`), url (`<link rel="canonical">`, `og:url`) and publication
/// time (`article:published_time` and similar).
public struct HTMLStage: Stage {
    public static let name = "html"
    public static let summary =
        "Parse HTML with libxml2 (no network), drop non-content elements, keep text with paragraph breaks."

    public let options: HTMLOptions
    private let dropElements: Set<String>
    private let dropMarkers: Set<String>

    public init(options: HTMLOptions) {
        self.options = options
        dropElements = Set(options.dropElements)
        dropMarkers = Set(options.dropMarkers)
    }

    public func process(_ staged: inout StagedRecord, context: StageContext) throws(RecordRejection) {
        switch staged.record.content {
        case .html(let markup):
            let page: HTMLExtraction
            do {
                page = try HTMLTextExtractor(mode: .document).extract(markup, decide: decide)
            } catch {
                throw RecordRejection("stage 'html' (stages[\(context.stageIndex)]): \(error)")
            }
            note(page.removed, in: &staged, context: context)
            var paragraphs = page.paragraphs
            adoptTitle(from: page, paragraphs: &paragraphs, record: &staged.record)
            adoptMetadata(from: page, record: &staged.record)
            staged.record.content = .text(paragraphs.joined(separator: "\n\n"))
        case .text(let text):
            guard options.stripFragments, text.mayContainMarkup,
                let cleaned = try? HTMLTextExtractor(mode: .fragment).extract(text, decide: decide)
            else { return }
            note(cleaned.removed, in: &staged, context: context)
            staged.record.content = .text(cleaned.text)
        }
    }

    private func decide(_ element: ElementInfo) -> DropDecision {
        if dropElements.contains(element.name) {
            // Code and embeds never hold the story; containers might (an
            // ASP.NET <form> can wrap a whole page), so they are guarded.
            return codeElements.contains(element.name)
                ? .drop(rule: "tag:\(element.name)") : .dropUnlessMainContent(rule: "tag:\(element.name)")
        }
        if options.dropHidden, element.isHidden { return .dropUnlessMainContent(rule: "hidden") }
        for attribute in [element.className, element.id] {
            guard let attribute else { continue }
            if let word = classWords(attribute).first(where: dropMarkers.contains) {
                return .dropUnlessMainContent(rule: "class-id:\(word)")
            }
        }
        return .keep
    }

    private func note(_ removed: [RemovedElement], in staged: inout StagedRecord, context: StageContext) {
        for element in removed {
            staged.recordRemoval(
                rule: element.rule, kind: Self.kind(ofRule: element.rule), text: element.text, lines: element.text.isEmpty ? 0 : 1, line: element.line,
                in: context)
        }
    }

    /// Elements that hold no readable text are markup; anything else the
    /// stage drops is page chrome around the article.
    static func kind(ofRule rule: String) -> RemovalKind {
        switch rule {
        case "hidden", "tag:script", "tag:style", "tag:noscript", "tag:template", "tag:svg", "tag:math", "tag:head",
            "tag:object", "tag:embed", "tag:canvas":
            .markup
        default:
            .pageChrome
        }
    }

    private func adoptTitle(from page: HTMLExtraction, paragraphs: inout [String], record: inout Record) {
        let headline = page.headlineIndex.map { paragraphs[$0] }
        if let existing = record.title {
            // Do not repeat the record's own title at the top of the text.
            if let index = page.headlineIndex, let headline, headline.matchesLoosely(existing) {
                paragraphs.remove(at: index)
            }
            return
        }
        if options.headlineAsTitle, let index = page.headlineIndex, let headline {
            record.title = headline.replacingNewlines()
            paragraphs.remove(at: index)
        } else if let title = page.metadata["og:title"] ?? page.documentTitle, !title.isEmpty {
            record.title = title
        }
    }

    private func adoptMetadata(from page: HTMLExtraction, record: inout Record) {
        for key in ["link:canonical", "og:url"] {
            if let url = page.metadata[key], url.hasPrefix("http://") || url.hasPrefix("https://") {
                record.adoptURL(url)
                break
            }
        }
        if record.published == nil {
            let keys = ["article:published_time", "og:published_time", "datepublished", "pubdate", "date", "dc.date"]
            record.published = keys.lazy.compactMap { page.metadata[$0].flatMap(PublishedDate.init) }.first
        }
    }
}

/// Elements that hold code or embedded objects, never article text.
/// (`noscript` is not one of them: its content is parsed as markup, and a
/// malformed page can end up nested inside it.)
private let codeElements: Set<String> = [
    "script", "style", "template", "svg", "iframe", "object", "embed", "math", "canvas",
]

extension String {
    /// Whether the text has something that looks like a tag (`<p`, `</`,
    /// `<!--`) or an entity (`&amp;`, `&#8217;`).
    var mayContainMarkup: Bool {
        let bytes = utf8
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            let next = bytes.index(after: index)
            if byte == UInt8(ascii: "<"), next != bytes.endIndex {
                let following = bytes[next]
                if following == UInt8(ascii: "/") || following == UInt8(ascii: "!")
                    || (following | 0x20 >= UInt8(ascii: "a") && following | 0x20 <= UInt8(ascii: "z"))
                {
                    return true
                }
            } else if byte == UInt8(ascii: "&") {
                var cursor = next
                var length = 0
                while cursor != bytes.endIndex, length < 12 {
                    let c = bytes[cursor]
                    if c == UInt8(ascii: ";") { return length > 0 }
                    let isNameByte = (c | 0x20 >= UInt8(ascii: "a") && c | 0x20 <= UInt8(ascii: "z"))
                        || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: "#")
                    guard isNameByte else { break }
                    length += 1
                    cursor = bytes.index(after: cursor)
                }
            }
            index = next
        }
        return false
    }

    /// Equal after collapsing whitespace and ignoring case.
    func matchesLoosely(_ other: String) -> Bool {
        func squeeze(_ text: String) -> String {
            text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        return squeeze(self) == squeeze(other)
    }

    func replacingNewlines() -> String {
        split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
