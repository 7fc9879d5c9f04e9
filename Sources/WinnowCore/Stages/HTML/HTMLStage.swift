import HTMLText

/// The `html` stage: parses a page with libxml2 and keeps its article.
///
/// A record read from an `.html` file or a JSONL `html` field is parsed as
/// a page (see ``MainContentExtractor`` for how the article is found):
/// every block of the page is kept or dropped with a named rule, kept
/// blocks become paragraphs, entities are decoded. The page also supplies
/// a missing title (its headline, `og:title`, `<title>`), url
/// (`<link rel="canonical">`, `og:url`) and publication time (meta tags,
/// JSON-LD). Plain text that contains stray tags or entities is cleaned
/// while keeping its line breaks.
public struct HTMLStage: Stage {
    public static let name = "html"
    public static let summary =
        "Parse HTML with libxml2 (no network), find the article, drop the rest of the page, keep paragraphs."

    public let options: HTMLOptions
    private let extractor: MainContentExtractor
    private let parser: HTMLPageParser
    private let fragmentTags: Set<String>
    private let fragmentMarkers: Set<String>

    public init(options: HTMLOptions) {
        self.options = options
        let chromeTags = HTMLTagSet(options.dropElements.map(HTMLTag.init(name:)).filter { $0 != .other })
        extractor = MainContentExtractor(
            classifier: NoiseClassifier(
                chromeTags: chromeTags,
                markers: WordSet(options.dropMarkers),
                captionMarkers: WordSet(options.captionMarkers),
                dropHidden: options.dropHidden,
                keepCaptions: options.keepCaptions
            ),
            minBlockWords: options.minBlockWords,
            mainContent: options.mainContent,
            takesHeadline: options.headlineAsTitle,
            contentMarkers: WordSet(options.contentMarkers)
        )
        parser = HTMLPageParser(maximumBytes: options.maxPageBytes, maximumDepth: options.maxDepth)
        fragmentTags = Set(options.dropElements).union(Self.codeElements)
        fragmentMarkers = Set(options.dropMarkers)
    }

    public func process(_ staged: inout StagedRecord, context: StageContext) throws(RecordRejection) {
        switch staged.record.content {
        case .html(let markup):
            let model: PageModel
            do {
                model = try parser.parse(markup.bytes)
            } catch .tooLarge(let bytes, _) {
                throw RecordRejection(
                    "stage 'html' (stages[\(context.stageIndex)]): the page is \(bytes) bytes, over maxPageBytes (\(options.maxPageBytes)); raise the limit in pipeline.json to read it"
                )
            } catch {
                throw RecordRejection("stage 'html' (stages[\(context.stageIndex)]): \(error)")
            }
            let structured = StructuredData(jsonLD: model.jsonLD)
            let page = extractor.extract(model, structured: structured)
            note(model.strippedMarkup, in: &staged, context: context)
            let info = PageInfo(model: model, structured: structured)
            let titleBlock = adoptTitle(page: page, info: info, record: &staged.record)
            commit(page, droppingAsTitle: titleBlock, to: &staged, context: context)
            adoptMetadata(from: info, record: &staged.record)
        case .text(let text):
            guard options.stripFragments, text.mayContainMarkup,
                let cleaned = try? HTMLTextExtractor(mode: .fragment).extract(text, decide: decideFragment)
            else { return }
            for element in cleaned.removed {
                staged.recordRemoval(
                    rule: element.rule,
                    kind: Self.kind(ofRule: element.rule),
                    text: element.text,
                    lines: element.text.isEmpty ? 0 : 1,
                    line: element.line,
                    in: context
                )
            }
            staged.record.content = .text(cleaned.text)
        }
    }

    // MARK: Pages

    /// Makes the page's text the record's: every block, kept and dropped,
    /// is the text the record came in as (so the report shows each dropped
    /// block where it stood); the kept blocks, joined by blank lines, are
    /// what goes on. One removal per run of dropped blocks that share a
    /// rule. The headline and a first paragraph that repeats the title
    /// become the title, not removals.
    private func commit(
        _ page: ExtractedPage,
        droppingAsTitle titleBlock: Int?,
        to staged: inout StagedRecord,
        context: StageContext
    ) {
        var original: [UInt8] = []
        var ranges: [Range<Int>] = []
        for block in page.blocks {
            if !original.isEmpty { original.append(contentsOf: [0x0A, 0x0A]) }
            let start = original.count
            original.append(contentsOf: block.text.utf8)
            ranges.append(start..<original.count)
        }
        staged.startLineage(text: String(decoding: original, as: UTF8.self))
        var editor = TextEditor(staged.record.body)
        var keptAny = false
        var index = 0
        let blocks = page.blocks
        while index < blocks.count {
            switch blocks[index].fate {
            case .kept where index != titleBlock:
                if keptAny { editor.insert("\n\n") }
                editor.keep(ranges[index])
                keptAny = true
                index += 1
            case .kept, .headline:
                index += 1
            case .dropped(let rule, let kind):
                var end = index + 1
                while end < blocks.count, blocks[end].fate == blocks[index].fate { end += 1 }
                editor.remove(
                    ranges[index].lowerBound..<ranges[end - 1].upperBound,
                    rule: rule,
                    kind: kind,
                    text: blocks[index..<end].map(\.text).joined(separator: "\n"),
                    lines: end - index,
                    line: blocks[index].line
                )
                index = end
            }
        }
        staged.commit(editor, in: context)
    }

    /// Scripts, styles, SVG and comments, counted (their text is code).
    private func note(_ stripped: [StrippedMarkup], in staged: inout StagedRecord, context: StageContext) {
        for markup in stripped {
            let rule = markup.kind == .comment ? "comment" : "tag:\(markup.kind.rawValue)"
            staged.recordRemoval(
                rule: rule,
                kind: .markup,
                text: "",
                characters: markup.bytes,
                lines: 0,
                line: nil,
                in: context
            )
        }
    }

    /// Fills a missing title from the page; returns the block (a first
    /// kept paragraph that repeats the title) that the text should lose.
    private func adoptTitle(page: ExtractedPage, info: PageInfo, record: inout Record) -> Int? {
        let firstKept = page.blocks.firstIndex { $0.fate == .kept }
        let headline = page.blocks.first { $0.fate == .headline }?.text
        func repeating(_ title: String) -> Int? {
            firstKept.flatMap { page.blocks[$0].text.matchesLoosely(title) ? $0 : nil }
        }
        if let existing = record.title { return repeating(existing) }
        if options.headlineAsTitle, let headline {
            record.title = headline.replacingNewlines()
            return nil
        }
        if let title = info.title {
            record.title = title
            return repeating(title)
        }
        return nil
    }

    private func adoptMetadata(from info: PageInfo, record: inout Record) {
        if let url = info.url { record.adoptURL(url) }
        if record.published == nil { record.published = info.published }
    }

    // MARK: Fragments

    /// Elements that hold code, embedded objects or ruby annotations, never
    /// article text.
    private static let codeElements: Set<String> = [
        "script", "style", "template", "svg", "iframe", "object", "embed", "math", "canvas", "noscript", "rt", "rp",
    ]

    private func decideFragment(_ element: ElementInfo) -> DropDecision {
        if fragmentTags.contains(element.name) || element.name == "figcaption" && !options.keepCaptions {
            return Self.codeElements.contains(element.name)
                ? .drop(rule: "tag:\(element.name)") : .dropUnlessMainContent(rule: "tag:\(element.name)")
        }
        if options.dropHidden, element.isHidden { return .dropUnlessMainContent(rule: "hidden") }
        for attribute in [element.className, element.id] {
            guard let attribute else { continue }
            if let word = classWords(attribute).first(where: fragmentMarkers.contains) {
                return .dropUnlessMainContent(rule: "class-id:\(word)")
            }
        }
        return .keep
    }

    /// Elements that hold no readable text are markup; anything else the
    /// stage drops is page chrome around the article.
    static func kind(ofRule rule: String) -> RemovalKind {
        switch rule {
        case "hidden", "tag:script", "tag:style", "tag:noscript", "tag:template", "tag:svg", "tag:math", "tag:head",
            "tag:object", "tag:embed", "tag:canvas", "tag:rt", "tag:rp", "comment":
            .markup
        default:
            .pageChrome
        }
    }
}

extension String {
    /// Whether the text has something that looks like a tag (`<p`, `</`,
    /// `<!--`) or an entity (`&amp;`, `&#8217;`).
    var mayContainMarkup: Bool {
        var text = self
        return text.withUTF8 { bytes in
            let count = bytes.count
            var index = 0
            while index < count {
                let byte = bytes[index]
                // Most bytes are neither: skip them without a comparison chain.
                guard byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") else {
                    index += 1
                    continue
                }
                let next = index + 1
                if byte == UInt8(ascii: "<"), next < count {
                    let following = bytes[next]
                    if following == UInt8(ascii: "/") || following == UInt8(ascii: "!")
                        || (following | 0x20 >= UInt8(ascii: "a") && following | 0x20 <= UInt8(ascii: "z"))
                    {
                        return true
                    }
                } else if byte == UInt8(ascii: "&") {
                    var cursor = next
                    var length = 0
                    while cursor < count, length < 12 {
                        let c = bytes[cursor]
                        if c == UInt8(ascii: ";") { return length > 0 }
                        let isNameByte =
                            (c | 0x20 >= UInt8(ascii: "a") && c | 0x20 <= UInt8(ascii: "z"))
                            || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: "#")
                        guard isNameByte else { break }
                        length += 1
                        cursor += 1
                    }
                }
                index = next
            }
            return false
        }
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
