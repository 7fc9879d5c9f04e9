import Foundation

/// A validated `pipeline.json`: the stages to run, in order, each built with
/// its options.
///
/// ```json
/// {"version": 1, "stages": [{"stage": "html"}, {"stage": "dedup", "threshold": 0.8}]}
/// ```
/// Loading checks everything before any record is read: JSON syntax, the
/// version, unknown keys and stages, each option's type and range, and the
/// order of the batch stages.
public struct PipelineConfiguration: Sendable {
    /// The configuration format this build reads.
    public static let supportedVersion = 1
    static let topLevelKeys = ["version", "description", "stages"]

    /// The configuration file as the user named it.
    public let file: String
    public let stages: [any Stage]

    public init(file: String, stages: [any Stage]) {
        self.file = file
        self.stages = stages
    }

    /// Reads and validates the file at `path`.
    public static func load(
        contentsOf path: String,
        registry: StageRegistry = .builtIn
    ) throws(ConfigurationError) -> Self {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ConfigurationError(file: path, location: .file, problem: .unreadable(reason: "no such file"))
        }
        guard !isDirectory.boolValue else {
            throw ConfigurationError(file: path, location: .file, problem: .unreadable(reason: "it is a directory"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(file: path, location: .file, problem: .unreadable(reason: "permission denied"))
        }
        return try parse(Array(data), file: path, registry: registry)
    }

    /// Validates configuration text; `file` names it in error messages.
    public static func parse(
        _ bytes: [UInt8],
        file: String,
        registry: StageRegistry = .builtIn
    ) throws(ConfigurationError) -> Self {
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            throw ConfigurationError(
                file: file,
                location: .position(line: error.line, column: error.column),
                problem: .syntax(message: error.message)
            )
        }
        do {
            return PipelineConfiguration(file: file, stages: try readStages(document, registry: registry))
        } catch var error {
            error.file = file
            throw error
        }
    }

    public static func parse(
        _ text: String,
        file: String,
        registry: StageRegistry = .builtIn
    ) throws(ConfigurationError) -> Self {
        try parse(Array(text.utf8), file: file, registry: registry)
    }

    private static func readStages(
        _ document: JSONValue,
        registry: StageRegistry
    ) throws(ConfigurationError) -> [any Stage] {
        let root = JSONPath.root
        guard case .object(let top) = document else {
            throw ConfigurationError(
                at: root,
                .wrongValue(found: document.phrase, expected: "an object like {\"version\": 1, \"stages\": [...]}")
            )
        }
        for key in top.keys where !topLevelKeys.contains(key) {
            throw ConfigurationError(
                at: root.appending(key),
                .unknownKey(key, owner: "the top level", allowed: topLevelKeys)
            )
        }
        if let version = top["version"] {
            let path = root.appending("version")
            guard case .number(let number) = version else {
                throw ConfigurationError(
                    at: path,
                    .wrongValue(found: version.phrase, expected: "the number \(supportedVersion)")
                )
            }
            guard number.intValue == supportedVersion else {
                throw ConfigurationError(
                    at: path,
                    .unsupportedVersion(found: number.literal, supported: supportedVersion)
                )
            }
        }
        if let description = top["description"], description.stringValue == nil {
            throw ConfigurationError(
                at: root.appending("description"),
                .wrongValue(found: description.phrase, expected: "a string")
            )
        }
        guard let stagesValue = top["stages"] else {
            throw ConfigurationError(
                at: root,
                .missingKey("stages", expected: "a list of stages such as [{\"stage\": \"html\"}]")
            )
        }
        let entries = try readArray(
            stagesValue,
            at: root.appending("stages"),
            expected: "a list of stages such as [{\"stage\": \"html\"}]"
        )
        var stages: [any Stage] = []
        for (index, entry) in entries.enumerated() {
            stages.append(try readStage(entry, at: root.appending("stages").appending(index), registry: registry))
        }
        try checkOrder(stages)
        return stages
    }

    private static func readStage(
        _ entry: JSONValue,
        at path: JSONPath,
        registry: StageRegistry
    ) throws(ConfigurationError) -> any Stage {
        let example = "an object like {\"stage\": \"\(registry.names.first ?? "html")\"}"
        guard case .object(let object) = entry else {
            throw ConfigurationError(at: path, .wrongValue(found: entry.phrase, expected: example))
        }
        guard let nameValue = object["stage"] else {
            throw ConfigurationError(
                at: path,
                .missingKey("stage", expected: "the stage name: \(registry.names.joined(separator: ", "))")
            )
        }
        guard case .string(let name) = nameValue else {
            throw ConfigurationError(
                at: path.appending("stage"),
                .wrongValue(
                    found: nameValue.phrase,
                    expected: "a stage name: \(registry.names.joined(separator: ", "))"
                )
            )
        }
        guard let registered = registry.entry(named: name) else {
            throw ConfigurationError(at: path.appending("stage"), .unknownStage(name, available: registry.names))
        }
        return try registered.make(object, path)
    }

    /// At most one `dedup` and one `canonical`, and `canonical` after `dedup`.
    private static func checkOrder(_ stages: [any Stage]) throws(ConfigurationError) {
        var firstIndex: [String: Int] = [:]
        for (index, stage) in stages.enumerated() {
            let name = type(of: stage).name
            guard name == DedupStage.name || name == CanonicalStage.name else { continue }
            let path = JSONPath.root.appending("stages").appending(index).appending("stage")
            if let earlier = firstIndex[name] {
                throw ConfigurationError(
                    at: path,
                    .conflict("'\(name)' is already stages[\(earlier)]; a pipeline may use it once")
                )
            }
            firstIndex[name] = index
        }
        if let canonical = firstIndex[CanonicalStage.name], let dedup = firstIndex[DedupStage.name], canonical < dedup {
            throw ConfigurationError(
                at: JSONPath.root.appending("stages").appending(canonical).appending("stage"),
                .conflict("'canonical' picks one record per cluster, so it must come after 'dedup' (stages[\(dedup)])")
            )
        }
    }

    /// The stages a run executes: ``stages``, plus a `canonical` stage with
    /// its defaults after them when the pipeline has `dedup` but no
    /// `canonical` (someone has to pick each cluster's record).
    public var executionStages: [any Stage] {
        guard dedup != nil, canonical == nil else { return stages }
        return stages + [CanonicalStage(options: CanonicalOptions())]
    }

    /// The same pipeline with `dedup` in place of its `dedup` stage.
    func replacingDedup(with dedup: DedupStage) -> PipelineConfiguration {
        PipelineConfiguration(file: file, stages: stages.map { $0 is DedupStage ? dedup : $0 })
    }

    /// The `dedup` stage, if the pipeline has one.
    public var dedup: DedupStage? {
        stages.lazy.compactMap { $0 as? DedupStage }.first
    }

    /// The `canonical` stage, if the pipeline lists one.
    public var canonical: CanonicalStage? {
        stages.lazy.compactMap { $0 as? CanonicalStage }.first
    }

    /// Whether some stage turns HTML into text.
    public var hasHTMLStage: Bool {
        stages.contains { $0 is HTMLStage }
    }

    /// Every stage with its options, defaults filled in, as run.
    public var resolved: JSONValue {
        .array(stages.map { .object($0.resolvedOptions) })
    }
}
