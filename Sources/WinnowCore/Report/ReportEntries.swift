/// The JSON shapes of the output files, in one place.
enum ReportEntries {
    /// The version of `report.json`'s layout.
    static let reportVersion = 1

    /// A canonical record's line in `records.jsonl` without its closing
    /// brace; the writer appends `"duplicates"` once clustering is done.
    static func recordPrefix(_ record: Record) -> String {
        var object = JSONObject()
        object["id"] = .string(record.id)
        object["title"] = JSONValue(record.title)
        object["text"] = .string(record.body)
        object["url"] = JSONValue(record.url)
        object["source"] = JSONValue(record.source)
        object["published"] = JSONValue(record.published?.literal)
        object["metadata"] = .object(record.metadata)
        return openObject(.object(object))
    }

    /// Closes a ``recordPrefix(_:)`` with the ids folded into the record.
    static func recordSuffix(duplicates: [String]) -> String {
        ",\"duplicates\":" + JSONValue.array(duplicates.map(JSONValue.string)).serialized() + "}"
    }

    /// A record's entry in `report.json`'s `records`, without its closing
    /// brace; the writer appends the record's fate.
    static func removalsPrefix(_ staged: StagedRecord) -> String {
        var object = JSONObject()
        object["id"] = .string(staged.record.id)
        object["input"] = .string(staged.record.origin)
        object["title"] = JSONValue(staged.record.title)
        object["removals"] = .array(staged.removals.map(removal))
        return openObject(.object(object))
    }

    static func removal(_ removal: Removal) -> JSONValue {
        var object = JSONObject()
        object["stage"] = .string(removal.stage)
        object["stageIndex"] = .number(JSONNumber(removal.stageIndex))
        object["rule"] = .string(removal.rule)
        object["kind"] = .string(removal.kind.rawValue)
        object["text"] = .string(removal.text)
        object["characters"] = .number(JSONNumber(removal.characters))
        object["lines"] = .number(JSONNumber(removal.lines))
        object["line"] = removal.line.map { .number(JSONNumber($0)) } ?? .null
        if removal.isTruncated { object["truncated"] = .bool(true) }
        return .object(object)
    }

    static func rejection(_ rejection: Rejection) -> JSONValue {
        var object = JSONObject()
        object["id"] = .string(rejection.key)
        object["reason"] = .string(rejection.reason)
        object["input"] = .string(rejection.input)
        return .object(object)
    }

    private static func openObject(_ value: JSONValue) -> String {
        var text = value.serialized()
        text.removeLast()
        return text
    }
}
