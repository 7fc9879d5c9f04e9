/// Options of the `canonical` stage.
public struct CanonicalOptions: StageOptions {
    /// What makes one member of a cluster a better canonical record.
    public enum Criterion: String, CaseIterable, Sendable {
        /// A source listed earlier in `sources` wins.
        case preferredSource = "preferred-source"
        /// The member closest on average to the others (the medoid) wins:
        /// the complete, clean version the copies were made from, not a
        /// wrapper or typo'd copy. Equal centralities tie.
        case mostCentral = "most-central"
        /// Longer cleaned text (in UTF-8 bytes) wins.
        case longestText = "longest-text"
        /// An earlier `published` time wins; records without one come last.
        case earliestPublished = "earliest-published"
    }

    public var prefer: [Criterion] = [.preferredSource, .mostCentral, .longestText, .earliestPublished]
    public var sources: [String] = []

    public init() {}

    public static var fields: [OptionField<CanonicalOptions>] {
        [
            .choices(
                "prefer",
                \.prefer,
                "Criteria compared in order; remaining ties go to the record read first."
            ),
            .strings(
                "sources",
                \.sources,
                "Preferred outlets, best first (a source name or url host; 'www.' is ignored).",
                transform: { source, _ in normalizedSource(source) }
            ),
        ]
    }

    public func validate(at path: JSONPath) throws(ConfigurationError) {
        if !sources.isEmpty, !prefer.contains(.preferredSource) {
            throw ConfigurationError(
                at: path.appending("sources"),
                .conflict("'sources' is set but 'prefer' does not include \"preferred-source\", so it would be ignored")
            )
        }
    }
}

/// A source name compared case-insensitively and without `www.`.
func normalizedSource(_ source: String) -> String {
    var name = source.lowercased().trimmingWhitespace().description
    if name.hasPrefix("www.") { name.removeFirst(4) }
    return name
}
