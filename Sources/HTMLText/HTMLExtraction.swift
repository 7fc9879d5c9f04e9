/// The readable text of an HTML document or fragment, and what was left out.
public struct HTMLExtraction: Sendable, Equatable {
    /// Text paragraphs in document order. Line breaks from `<br>` and `<pre>`
    /// stay inside a paragraph as `\n`.
    public var paragraphs: [String]
    /// The index in ``paragraphs`` of the first `<h1>`, if the page has one.
    public var headlineIndex: Int?
    /// The `<title>` element's text.
    public var documentTitle: String?
    /// `<meta>` values by `property` or `name` (lower-cased), plus
    /// `link:canonical` for `<link rel="canonical">`'s `href`.
    public var metadata: [String: String]
    /// Elements dropped with their content, in document order.
    public var removed: [RemovedElement]

    public init(
        paragraphs: [String] = [],
        headlineIndex: Int? = nil,
        documentTitle: String? = nil,
        metadata: [String: String] = [:],
        removed: [RemovedElement] = []
    ) {
        self.paragraphs = paragraphs
        self.headlineIndex = headlineIndex
        self.documentTitle = documentTitle
        self.metadata = metadata
        self.removed = removed
    }

    /// The paragraphs joined by blank lines.
    public var text: String { paragraphs.joined(separator: "\n\n") }
}

/// An element that was dropped, with the rule that dropped it.
public struct RemovedElement: Sendable, Equatable {
    /// The rule name the drop decision returned, for example `tag:script`.
    public var rule: String
    /// The element's tag name.
    public var element: String
    /// The element's text content, whitespace collapsed.
    public var text: String
    /// The element's line in the source markup (1-based).
    public var line: Int

    public init(rule: String, element: String, text: String, line: Int) {
        self.rule = rule
        self.element = element
        self.text = text
        self.line = line
    }
}
