import HTMLText

/// What a page says about its article besides the text: a title, a url and
/// a publication time, from meta tags and JSON-LD.
struct PageInfo: Sendable {
    var title: String?
    var url: String?
    var published: PublishedDate?

    init(model: PageModel, structured: StructuredData) {
        let meta = model.head.meta
        title = [meta["og:title"], meta["twitter:title"], structured.headline, model.head.title]
            .lazy.compactMap { $0?.trimmingASCIIWhitespace() }.first { !$0.isEmpty }
        for candidate in [model.head.canonicalURL, meta["og:url"]] {
            if let candidate, candidate.hasPrefix("http://") || candidate.hasPrefix("https://") {
                url = candidate
                break
            }
        }
        let dateKeys = [
            "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "date",
            "dc.date", "dc.date.issued", "sailthru.date",
        ]
        published =
            dateKeys.lazy.compactMap { meta[$0].flatMap(PublishedDate.init) }.first
            ?? structured.datePublished.flatMap(PublishedDate.init)
    }
}
