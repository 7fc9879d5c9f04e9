/// The typed options of one stage.
///
/// Defaults are the property initial values (`init()`), and ``fields``
/// describes every key once: how to read and check it, its type and a
/// one-line summary. Reading, unknown-key errors, `winnow stages` and the
/// options echoed in `report.json` all come from that one list.
public protocol StageOptions: Sendable {
    /// The default options.
    init()
    /// Every option key, in the order `winnow stages` lists them.
    static var fields: [OptionField<Self>] { get }
    /// Checks that fit the options together (for example `bands` × `rows`
    /// ≤ `permutations`), after every field has been read.
    func validate(at path: JSONPath) throws(ConfigurationError)
}

extension StageOptions {
    public func validate(at path: JSONPath) throws(ConfigurationError) {}

    /// Reads the options of a stage entry; every key but `stage` must be a
    /// field of this type.
    static func read(from object: JSONObject, at path: JSONPath, stageName: String) throws(ConfigurationError) -> Self {
        var options = Self()
        let fields = Self.fields
        for (key, value) in object where key != "stage" {
            guard let field = fields.first(where: { $0.key == key }) else {
                throw ConfigurationError(
                    at: path.appending(key),
                    .unknownKey(key, owner: "stage '\(stageName)'", allowed: fields.map(\.key))
                )
            }
            try field.read(&options, value, path.appending(key))
        }
        try options.validate(at: path)
        return options
    }

    /// The options as a JSON object led by `"stage": stageName`.
    func rendered(stageName: String) -> JSONObject {
        var object = JSONObject()
        object["stage"] = .string(stageName)
        for field in Self.fields { object[field.key] = field.render(self) }
        return object
    }
}
