/// A parsed page as plain values: its elements, its text cut into blocks,
/// and what its head declares. Built in one pass by ``HTMLPageParser``;
/// no libxml2 pointer survives the parse.
///
/// Elements are stored in document order, so a parent always comes before
/// its children and an element's subtree is the range up to the next
/// element that is not its descendant (``PageElement/end``).
public struct PageModel: Sendable {
    /// Every element, in document order.
    public var elements: [PageElement] = []
    /// Runs of text, each inside one element, in document order.
    public var segments: [TextSegment] = []
    /// Paragraph-level blocks of text, in document order.
    public var blocks: [PageBlock] = []
    /// The UTF-8 text that ``TextSegment``s point into, whitespace already
    /// collapsed as a browser shows it.
    public var text: [UInt8] = []
    /// The `id` and `class` values (as written) that ``PageElement/classAndID``
    /// points into.
    public var attributeText: [UInt8] = []
    /// What `<head>` (and stray `<meta>` / `<link>` in the body) declare.
    public var head = PageHead()
    /// The bodies of `<script type="application/ld+json">`, raw.
    public var jsonLD: [String] = []
    /// Markup removed before parsing because it never holds text.
    public var strippedMarkup: [StrippedMarkup] = []

    public init() {}

    /// The UTF-8 bytes of a segment.
    public func bytes(of segment: TextSegment) -> ArraySlice<UInt8> {
        text[Int(segment.start)..<Int(segment.end)]
    }

    /// The `id` and `class` of an element as written, each followed by a
    /// space (empty when it has neither); of a heading, only its `class`.
    public func classAndID(of element: PageElement) -> ArraySlice<UInt8> {
        attributeText[Int(element.classAndID.lowerBound)..<Int(element.classAndID.upperBound)]
    }

    /// The text of a block, its segments joined.
    public func string(of block: PageBlock) -> String {
        var bytes: [UInt8] = []
        for index in block.segments { bytes += self.bytes(of: segments[index]) }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// One element of the page.
public struct PageElement: Sendable {
    public var tag: HTMLTag
    /// The index of the parent element, or -1 at the top.
    public var parent: Int32
    /// One past the index of the last element inside this one.
    public var end: Int32
    /// Nesting depth, 0 at the top.
    public var depth: Int32
    /// The element's line in the source (1-based).
    public var line: Int32
    public var flags: ElementFlags
    /// Where `id` and `class` sit in ``PageModel/attributeText``.
    public var classAndID: Range<Int32>

    public init(
        tag: HTMLTag,
        parent: Int32,
        end: Int32,
        depth: Int32,
        line: Int32,
        flags: ElementFlags,
        classAndID: Range<Int32>
    ) {
        self.tag = tag
        self.parent = parent
        self.end = end
        self.depth = depth
        self.line = line
        self.flags = flags
        self.classAndID = classAndID
    }
}

/// Facts about an element read from its attributes (once, while parsing).
public struct ElementFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// `hidden`, `aria-hidden="true"`, or an inline `display:none` /
    /// `visibility:hidden`.
    public static let hidden = ElementFlags(rawValue: 1 << 0)
    /// `role="main"`.
    public static let roleMain = ElementFlags(rawValue: 1 << 1)
    /// `role="navigation"`, `"menu"`, `"menubar"` or `"toolbar"`.
    public static let roleNavigation = ElementFlags(rawValue: 1 << 2)
    /// `role="complementary"`.
    public static let roleComplementary = ElementFlags(rawValue: 1 << 3)
    /// `role="contentinfo"` (a page footer).
    public static let roleContentInfo = ElementFlags(rawValue: 1 << 4)
    /// `role="banner"` (a page header).
    public static let roleBanner = ElementFlags(rawValue: 1 << 5)
    /// `role="article"`.
    public static let roleArticle = ElementFlags(rawValue: 1 << 6)
    /// `role="dialog"`, `"alertdialog"` or `"alert"`.
    public static let roleDialog = ElementFlags(rawValue: 1 << 7)
    /// `itemprop="articleBody"` (schema.org microdata).
    public static let itempropArticleBody = ElementFlags(rawValue: 1 << 8)
    /// `itemprop="headline"`.
    public static let itempropHeadline = ElementFlags(rawValue: 1 << 9)
    /// `itemtype` names a schema.org Article type (`NewsArticle`, …).
    public static let itemtypeArticle = ElementFlags(rawValue: 1 << 10)
    /// An `<a>` with an `href`.
    public static let hasHref = ElementFlags(rawValue: 1 << 11)
    /// `itemprop` is `author`, `creator` or `publisher`.
    public static let itempropAuthor = ElementFlags(rawValue: 1 << 12)
    /// `itemprop="datePublished"` / `"dateModified"` / `"dateCreated"`.
    public static let itempropDate = ElementFlags(rawValue: 1 << 13)
    /// `role="button"`.
    public static let roleButton = ElementFlags(rawValue: 1 << 14)
    /// Elements nested deeper than the depth limit were folded into this
    /// one (their text is kept here).
    public static let flattened = ElementFlags(rawValue: 1 << 15)
}

/// A run of text inside one element.
public struct TextSegment: Sendable {
    /// The innermost element around the text.
    public var element: Int32
    /// Byte offsets into ``PageModel/text``.
    public var start: Int32
    public var end: Int32
    /// True inside an `<a href>`.
    public var inLink: Bool

    public init(element: Int32, start: Int32, end: Int32, inLink: Bool) {
        self.element = element
        self.start = start
        self.end = end
        self.inLink = inLink
    }

    public var length: Int { Int(end - start) }
}

/// A paragraph of text: what lies between two block-element boundaries.
public struct PageBlock: Sendable {
    /// The innermost block-level element around the paragraph.
    public var element: Int32
    /// Indices into ``PageModel/segments``.
    public var segments: Range<Int>
    /// The source line where the paragraph starts (1-based).
    public var line: Int32
    /// Inside `<pre>`: whitespace was kept as written.
    public var isPreformatted: Bool

    public init(element: Int32, segments: Range<Int>, line: Int32, isPreformatted: Bool) {
        self.element = element
        self.segments = segments
        self.line = line
        self.isPreformatted = isPreformatted
    }
}

/// What the head of a page declares.
public struct PageHead: Sendable, Equatable {
    /// The `<title>` text, whitespace collapsed.
    public var title: String?
    /// `<meta>` contents by `property`, `name` or `itemprop` (lower-cased),
    /// first one wins.
    public var meta: [String: String] = [:]
    /// `<link rel="canonical">`'s `href`.
    public var canonicalURL: String?
    /// The `lang` of `<html>`.
    public var language: String?

    public init() {}
}

/// Markup taken out before parsing because it never holds readable text.
public struct StrippedMarkup: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case script, style, comment, svg
    }

    public var kind: Kind
    /// How many such elements (or comments).
    public var count: Int
    /// Their size in bytes.
    public var bytes: Int

    public init(kind: Kind, count: Int, bytes: Int) {
        self.kind = kind
        self.count = count
        self.bytes = bytes
    }
}
