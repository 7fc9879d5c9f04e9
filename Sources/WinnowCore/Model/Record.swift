import Foundation

/// One article as it moves through the pipeline.
///
/// Input fills it, stages rewrite its content and fields, and the writer
/// turns the canonical ones into lines of `records.jsonl`.
public struct Record: Sendable, Hashable {
    /// Unique within a run: the `id` field of a JSONL record, or a file's
    /// path relative to its input folder without the extension.
    public var id: String
    public var title: String?
    public var content: Content
    public var url: String?
    /// The outlet; derived from the url's host when the input has none.
    public var source: String?
    public var published: PublishedDate?
    /// Every input field winnow does not interpret, in input order.
    public var metadata: JSONObject
    /// Where the record came from: a file path, or `file:line` for JSONL.
    public var origin: String

    public init(
        id: String,
        title: String? = nil,
        content: Content,
        url: String? = nil,
        source: String? = nil,
        published: PublishedDate? = nil,
        metadata: JSONObject = JSONObject(),
        origin: String
    ) {
        self.id = id
        self.title = title
        self.content = content
        self.url = url
        self.source = source ?? url.flatMap(Self.source(fromURL:))
        self.published = published
        self.metadata = metadata
        self.origin = origin
    }

    /// The article body, as markup until the `html` stage has run and as
    /// plain text afterwards.
    public enum Content: Sendable, Hashable {
        case html(Markup)
        case text(String)

        /// The body as a string, whichever form it is in.
        public var string: String {
            switch self {
            case .html(let markup): markup.string
            case .text(let text): text
            }
        }
    }

    /// The current body as a string (markup if it is still HTML).
    public var body: String {
        get { content.string }
        set {
            switch content {
            case .html: content = .html(Markup(newValue))
            case .text: content = .text(newValue)
            }
        }
    }

    /// Sets `url` when the record has none, and derives `source` from it.
    public mutating func adoptURL(_ candidate: String) {
        guard url == nil, !candidate.isEmpty else { return }
        url = candidate
        if source == nil { source = Self.source(fromURL: candidate) }
    }

    /// The host of `url` without a leading `www.`, lower-cased.
    public static func source(fromURL url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        var host = url[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        if host.hasPrefix("["), let close = host.firstIndex(of: "]") {
            host = host[...close]  // an IPv6 literal, without its port
        } else if let colon = host.lastIndex(of: ":") {
            host = host[..<colon]
        }
        var name = host.lowercased()
        if name.hasPrefix("www.") { name.removeFirst(4) }
        return name.isEmpty ? nil : name
    }
}
