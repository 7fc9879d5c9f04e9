/// What kind of noise a removal took out: the families a reader of the
/// report filters by, shared by every stage.
///
/// A rule's name says exactly which rule fired (`advertisement`,
/// `tag:script`, `learned:example.com`); its kind groups rules that remove
/// the same sort of thing, whichever stage they belong to.
public enum RemovalKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// Markup that is not text: scripts, styles, hidden elements, stray tags.
    case markup
    /// Page blocks outside the article: navigation, teasers, comment
    /// threads, link lists, cookie banners.
    case pageChrome = "page-chrome"
    /// Ad markers and sponsored units.
    case advertisement
    /// Video and audio embeds, players, durations.
    case embed
    /// "Read more" / "Related" headings and the link lists under them.
    case relatedLinks = "related-links"
    /// Photo captions, credits, galleries and image alt texts.
    case caption
    /// Share, comment, newsletter, subscribe, print, taxonomy and similar
    /// prompts: the furniture of a page.
    case furniture
    /// Copyright and outlet credit lines.
    case credit
    /// A footer block in another language or script than the article.
    case foreignFooter = "foreign-footer"
    /// Lines a site repeats on many of its articles, learned from the batch.
    case siteTemplate = "site-template"
    /// A rule from the user's `pipeline.json`.
    case userRule = "user-rule"
    /// Whitespace and invisible characters (counted, not shown).
    case whitespace
}
