/// What one night taught the `boilerplate` stage about one source: how many
/// of its articles the night read and how many of them carried each
/// candidate header or footer line (by hash; never the line's text).
///
/// A nightly state keeps it per night and source, so tonight's learning can
/// count the lines a source carried on earlier nights too: a site whose
/// notices arrive two a night still has its furniture learned.
public struct StoredFurniture: Sendable, Hashable {
    public var articles: Int
    /// Line hash → articles that carried it; lines carried once are left out.
    public var lines: [UInt64: Int]

    public init(articles: Int, lines: [UInt64: Int]) {
        self.articles = articles
        self.lines = lines
    }

    /// Adds `other`'s articles and counts to this one's.
    public mutating func add(_ other: StoredFurniture) {
        articles += other.articles
        for (hash, count) in other.lines { lines[hash, default: 0] += count }
    }
}
