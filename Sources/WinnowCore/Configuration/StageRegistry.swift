/// Maps the stage names used in `pipeline.json` to stage types.
///
/// A value, passed in where it is needed (tests can build their own);
/// ``builtIn`` holds winnow's five stages in their recommended order.
public struct StageRegistry: Sendable {
    /// One registered stage.
    public struct Entry: Sendable {
        public let name: String
        public let summary: String
        /// Each option with its type, default and summary.
        public let options: [OptionDescription]
        let make: @Sendable (JSONObject, JSONPath) throws(ConfigurationError) -> any Stage
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    /// Registers a stage type under its `name`.
    ///
    /// Registering the same name twice is a programming error.
    public mutating func register<S: Stage>(_ type: S.Type) {
        precondition(!entries.contains { $0.name == S.name }, "already registered stage: \(S.name)")
        let defaults = S.Options()
        entries.append(
            Entry(
                name: S.name,
                summary: S.summary,
                options: S.Options.fields.map {
                    OptionDescription(
                        key: $0.key,
                        type: $0.type,
                        defaultValue: $0.render(defaults),
                        summary: $0.summary
                    )
                },
                make: { object, path throws(ConfigurationError) in
                    S(options: try S.Options.read(from: object, at: path, stageName: S.name))
                }
            )
        )
    }

    /// The stages that ship with winnow.
    public static var builtIn: StageRegistry {
        var registry = StageRegistry()
        registry.register(HTMLStage.self)
        registry.register(BoilerplateStage.self)
        registry.register(NormalizeStage.self)
        registry.register(DedupStage.self)
        registry.register(CanonicalStage.self)
        return registry
    }

    public var names: [String] { entries.map(\.name) }

    public func entry(named name: String) -> Entry? {
        entries.first { $0.name == name }
    }
}

/// An option as `winnow stages` shows it.
public struct OptionDescription: Sendable, Equatable {
    public let key: String
    public let type: String
    public let defaultValue: JSONValue
    public let summary: String
}
