import HTMLText

/// What main-content extraction made of a page: every block of text in
/// document order, each kept or dropped with the rule that dropped it.
///
/// Kept blocks joined by blank lines are the article; dropped blocks keep
/// their text and place so that a report can show them where they were.
public struct ExtractedPage: Sendable, Equatable {
    public var blocks: [ExtractedBlock]
    /// How the article was found.
    public var method: ExtractionMethod
    /// The page's headline (its `<h1>` or `itemprop="headline"`), when the
    /// extractor took one; its block has the ``ExtractedBlock/Fate/headline`` fate.
    public var headline: String?

    public init(blocks: [ExtractedBlock], method: ExtractionMethod, headline: String? = nil) {
        self.blocks = blocks
        self.method = method
        self.headline = headline
    }

    /// The kept blocks' text.
    public var paragraphs: [String] {
        blocks.compactMap { $0.fate == .kept ? $0.text : nil }
    }
}

/// One paragraph of a page and what became of it.
public struct ExtractedBlock: Sendable, Equatable {
    public enum Fate: Sendable, Equatable {
        case kept
        /// Taken as the page's headline (not part of the text).
        case headline
        case dropped(rule: String, kind: RemovalKind)
    }

    public var text: String
    /// The block's line in the page source (1-based).
    public var line: Int
    public var fate: Fate

    public init(text: String, line: Int, fate: Fate) {
        self.text = text
        self.line = line
        self.fate = fate
    }
}

/// Which method found the article.
public enum ExtractionMethod: String, Sendable, Equatable {
    /// The element whose text matches the page's JSON-LD `articleBody`.
    case jsonLD = "json-ld"
    /// The element marked `itemprop="articleBody"`.
    case microdata
    /// The element that scores best on text density, link density and
    /// markup hints.
    case scoring
    /// The element whose class or id names it the story's container
    /// (`entry-content`, `post-body`), when scoring chose less elsewhere.
    case contentName = "content-name"
    /// Every prose-like block of the page (no single element held the
    /// article).
    case proseBlocks = "prose-blocks"
    /// The JSON-LD `articleBody` text itself (the page's markup does not
    /// carry the article).
    case jsonLDText = "json-ld-text"
    /// Every block not marked as noise: the page has no prose to find, or
    /// main-content detection is off.
    case allText = "all-text"
}
