import HTMLText

/// Options of the `html` stage.
public struct HTMLOptions: StageOptions {
    /// Find the article and drop the rest of the page; when false, every
    /// block that markup does not name as noise is kept.
    public var mainContent = true
    /// Keep photo captions and credits (`<figcaption>`, `class="caption"`).
    public var keepCaptions = false
    /// The fewest words a block needs to count as prose when the article
    /// is looked for.
    public var minBlockWords = 10
    /// Container elements that are page chrome unless they hold much of
    /// the page's prose.
    public var dropElements = ["nav", "aside", "footer", "form", "dialog", "menu", "fieldset", "legend"]
    /// Words that mark an element as noise when they appear in its `class`
    /// or `id` (split at `-`, `_`, spaces and camelCase; neighbouring words
    /// also count joined, so `most-read` matches `mostread`).
    public var dropMarkers = [
        "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertisements", "advertising", "adslot",
        "adunit", "adsbygoogle", "adwrapper", "adcontainer", "dfp", "gpt", "sponsor", "sponsored", "sponsorship",
        "promo", "promos", "promoted", "promotion", "share", "shares", "sharing", "sharebar", "sharetools",
        "sharedaddy", "social",
        "socials", "related", "relatedlinks", "relatedposts", "relatedarticles", "relatedstories", "relatedcontent",
        "relatednews", "yarpp", "recommended", "recommendations", "recirculation", "recirc", "outbrain",
        "taboola", "trending", "mostread", "mostpopular", "popular", "morestories", "readmore", "readnext",
        "newsletter", "newsletters", "donate", "donation", "subscribe", "subscription", "signup", "paywall", "regwall",
        "login", "cookie",
        "cookies", "consent", "gdpr", "comments", "comment", "disqus", "popup", "modal", "overlay", "breadcrumb",
        "breadcrumbs", "nav", "navbar", "navigation", "menu", "submenu", "sidebar", "rail", "masthead", "footer",
        "byline", "bylines", "author", "authors", "bio", "contributor", "dateline", "timestamp", "tags", "tagged",
        "taglist", "keywords", "toolbar", "tools", "print", "pagination", "pager", "teaser", "teasers",
        "banner", "skip", "sronly", "visuallyhidden", "screenreader", "alert", "ticker",
        "poll", "rating", "disclaimer", "pullquote", "artboard",
    ]
    /// Words that mark photo captions and credits; see ``keepCaptions``.
    public var captionMarkers = ["caption", "captions", "figcaption", "credit", "credits", "photocredit"]
    /// Words (usually joined pairs) in a class or id that name the story's
    /// own container, as blog and CMS templates do (`entry-content`,
    /// `post-body`). Such an element is taken as the
    /// article when block scoring chose an element outside it that holds
    /// fewer words (a site blurb or a cookie notice beating a post made of
    /// short lines).
    public var contentMarkers = [
        "entrycontent", "entrybody", "entrytext", "postcontent", "postbody", "posttext", "postentry", "articlecontent",
        "articlebody", "articletext", "storycontent", "storybody", "storytext",
    ]
    /// Drop elements hidden from readers (`hidden`, `aria-hidden="true"`,
    /// inline `display:none`).
    public var dropHidden = true
    /// Use the page's headline (`<h1>`) as the title when the record has
    /// none, and leave it out of the text; otherwise `og:title`, then
    /// `<title>`.
    public var headlineAsTitle = true
    /// Also clean plain `text` that contains stray tags or entities.
    public var stripFragments = true
    /// The largest page (UTF-8 bytes) that is parsed; larger ones are
    /// rejected.
    public var maxPageBytes = HTMLPageParser.defaultMaximumBytes
    /// The deepest element nesting kept as structure; deeper elements are
    /// folded into their ancestor, their text kept, as browsers do.
    public var maxDepth = HTMLPageParser.defaultMaximumDepth

    public init() {}

    public static var fields: [OptionField<HTMLOptions>] {
        [
            .boolean(
                "mainContent",
                \.mainContent,
                "Find the article (strong signals, then block scoring) and drop the rest of the page."
            ),
            .boolean("keepCaptions", \.keepCaptions, "Keep photo captions and credits."),
            .integer(
                "minBlockWords",
                \.minBlockWords,
                in: 1...1000,
                "The fewest words a block needs to count as prose."
            ),
            .strings(
                "dropElements",
                \.dropElements,
                "Container elements dropped as page chrome unless they hold the article (tag names).",
                transform: { name, path throws(ConfigurationError) in try tagName(name, at: path) }
            ),
            .strings(
                "dropMarkers",
                \.dropMarkers,
                "Words in an element's class or id that mark it as ads, sharing, related links, comments and similar.",
                transform: { word, path throws(ConfigurationError) in try markerWord(word, at: path) }
            ),
            .strings(
                "captionMarkers",
                \.captionMarkers,
                "Words in a class or id that mark a photo caption or credit.",
                transform: { word, path throws(ConfigurationError) in try markerWord(word, at: path) }
            ),
            .strings(
                "contentMarkers",
                \.contentMarkers,
                "Words in a class or id that name the story's own container (entry-content, post-body).",
                transform: { word, path throws(ConfigurationError) in try markerWord(word, at: path) }
            ),
            .boolean("dropHidden", \.dropHidden, "Remove elements hidden from readers."),
            .boolean(
                "headlineAsTitle",
                \.headlineAsTitle,
                "Take the page's <h1> headline as the title when the record has none, and leave it out of the text."
            ),
            .boolean("stripFragments", \.stripFragments, "Also strip tags and decode entities inside plain text."),
            .integer(
                "maxPageBytes",
                \.maxPageBytes,
                in: 1024...Int(Int32.max) - 1,
                "Pages larger than this many bytes are rejected."
            ),
            .integer(
                "maxDepth",
                \.maxDepth,
                in: 16...100_000,
                "Elements nested deeper than this are folded into their ancestor (text kept)."
            ),
        ]
    }

    private static func tagName(_ name: String, at path: JSONPath) throws(ConfigurationError) -> String {
        let lowered = name.lowercased()
        guard lowered.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
            throw ConfigurationError(
                at: path,
                .wrongValue(found: JSONValue.string(name).phrase, expected: "an HTML tag name such as \"aside\"")
            )
        }
        return lowered
    }

    private static func markerWord(_ word: String, at path: JSONPath) throws(ConfigurationError) -> String {
        let lowered = word.lowercased()
        guard lowered.allSatisfy({ $0.isLetter || $0.isNumber }) else {
            throw ConfigurationError(
                at: path,
                .wrongValue(
                    found: JSONValue.string(word).phrase,
                    expected: "a single word of letters and digits (class and id values are split into words)"
                )
            )
        }
        return lowered
    }
}
