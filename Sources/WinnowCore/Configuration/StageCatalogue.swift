/// The text `winnow stages` prints: every stage with its options, types,
/// defaults and summaries.
public struct StageCatalogue: Sendable {
    public let registry: StageRegistry

    public init(registry: StageRegistry = .builtIn) {
        self.registry = registry
    }

    /// A human-readable listing.
    public var text: String {
        var lines: [String] = []
        for entry in registry.entries {
            lines.append("\(entry.name): \(entry.summary)")
            for option in entry.options {
                lines.append("  \(option.key) (\(option.type)), default \(option.defaultValue.serialized())")
                lines.append("      \(option.summary)")
            }
            lines.append("")
        }
        lines.append(
            "Use them in pipeline.json as {\"version\": 1, \"stages\": [{\"stage\": \"dedup\", \"threshold\": 0.8}, ...]}."
        )
        return lines.joined(separator: "\n")
    }

    /// The same listing as JSON.
    public var json: JSONValue {
        .array(
            registry.entries.map { entry in
                .object(
                    JSONObject([
                        "stage": .string(entry.name),
                        "summary": .string(entry.summary),
                        "options": .array(
                            entry.options.map { option in
                                .object(
                                    JSONObject([
                                        "key": .string(option.key), "type": .string(option.type),
                                        "default": option.defaultValue, "summary": .string(option.summary),
                                    ])
                                )
                            }
                        ),
                    ])
                )
            }
        )
    }
}
