/// Options of the `html` stage.
public struct HTMLOptions: StageOptions {
    /// Elements dropped with everything inside them.
    public var dropElements = [
        "script", "style", "noscript", "iframe", "nav", "aside", "footer", "form", "svg",
        "template", "object", "embed", "button", "select", "dialog", "figcaption",
    ]
    /// Words that mark an element as noise when they appear in its `class`
    /// or `id` (split at `-`, `_`, spaces and camelCase).
    public var dropMarkers = [
        "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertisements", "advertising",
        "adslot", "adunit", "adsbygoogle", "dfp", "sponsor", "sponsored", "sponsorship", "promo",
        "promoted", "share", "shares", "sharing", "sharebar", "social", "socials", "related",
        "recommended", "recommendations", "recirculation", "outbrain", "taboola", "newsletter",
        "subscribe", "subscription", "paywall", "cookie", "cookies", "consent", "gdpr", "comments",
        "comment", "disqus", "popup", "modal", "breadcrumb", "breadcrumbs",
    ]
    /// Drop elements hidden from readers (`hidden`, `aria-hidden="true"`,
    /// inline `display:none`).
    public var dropHidden = true
    /// Use the page's first `<h1>` as the title when the record has none
    /// (and leave it out of the text); otherwise `og:title`, then `<title>`.
    public var headlineAsTitle = true
    /// Also clean plain `text` that contains stray tags or entities.
    public var stripFragments = true

    public init() {}

    public static var fields: [OptionField<HTMLOptions>] {
        [
            .strings(
                "dropElements", \.dropElements, "Elements removed with their content (tag names).",
                transform: { name, path throws(ConfigurationError) in try tagName(name, at: path) }),
            .strings(
                "dropMarkers", \.dropMarkers,
                "Words in an element's class or id that mark it as ads, sharing, related links and similar.",
                transform: { word, path throws(ConfigurationError) in try markerWord(word, at: path) }),
            .boolean("dropHidden", \.dropHidden, "Remove elements hidden from readers."),
            .boolean(
                "headlineAsTitle", \.headlineAsTitle,
                "Take the first <h1> as the title when the record has none, and leave it out of the text."),
            .boolean("stripFragments", \.stripFragments, "Also strip tags and decode entities inside plain text."),
        ]
    }

    private static func tagName(_ name: String, at path: JSONPath) throws(ConfigurationError) -> String {
        let lowered = name.lowercased()
        guard lowered.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
            throw ConfigurationError(
                at: path, .wrongValue(found: JSONValue.string(name).phrase, expected: "an HTML tag name such as \"aside\""))
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
                    expected: "a single word of letters and digits (class and id values are split into words)"))
        }
        return lowered
    }
}
