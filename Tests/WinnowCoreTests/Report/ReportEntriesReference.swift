@testable import WinnowCore

/// The JSON shapes of a record's report entry and of a canonical record's
/// line built as value trees: a deliberately plain reference for the
/// writers, which write the same bytes without building the trees.
enum ReportEntriesReference {
    static func record(_ entry: RecordReport) -> JSONValue {
        var object = JSONObject()
        object["number"] = .number(JSONNumber(entry.number))
        object["id"] = .string(entry.id)
        object["input"] = .string(entry.input)
        object["title"] = JSONValue(entry.title)
        object["source"] = JSONValue(entry.source)
        switch entry.outcome {
        case .canonical(let duplicates):
            object["status"] = "canonical"
            object["duplicates"] = .array(duplicates.map(JSONValue.string))
        case .duplicate(let canonical, let similarity):
            object["status"] = "duplicate"
            object["duplicateOf"] = .string(canonical)
            object["similarity"] = .number(JSONNumber(ReportEntries.rounded(similarity)))
        case .earlierNight(let canonical, let night, let similarity):
            object["status"] = "earlier-night"
            object["duplicateOf"] = .string(canonical)
            object["night"] = .string(night)
            object["similarity"] = .number(JSONNumber(ReportEntries.rounded(similarity)))
        case .rejected(let reason, let stageIndex):
            object["status"] = "rejected"
            object["reason"] = .string(reason)
            object["rejectedAt"] = stageIndex.map { .number(JSONNumber($0)) } ?? .null
        }
        let spans = entry.originalText.map { TextOffsets.spans(of: entry.removals, in: $0, to: .scalars) }
        object["removals"] = .array(
            entry.removals.enumerated().map { index, removal in self.removal(removal, span: spans?[index] ?? nil) }
        )
        object["keptCharacters"] = .number(JSONNumber(entry.keptCharacters))
        object["originalText"] = JSONValue(entry.originalText)
        if let cleaned = entry.cleanedText { object["cleanedText"] = .string(cleaned) }
        return .object(object)
    }

    static func removal(_ removal: Removal, span: Range<Int>?) -> JSONValue {
        var object = JSONObject()
        object["stage"] = .string(removal.stage)
        object["stageIndex"] = .number(JSONNumber(removal.stageIndex))
        object["rule"] = .string(removal.rule)
        object["kind"] = .string(removal.kind.rawValue)
        object["text"] = .string(removal.text)
        object["characters"] = .number(JSONNumber(removal.characters))
        object["lines"] = .number(JSONNumber(removal.lines))
        object["line"] = removal.line.map { .number(JSONNumber($0)) } ?? .null
        if let span {
            object["start"] = .number(JSONNumber(span.lowerBound))
            object["end"] = .number(JSONNumber(span.upperBound))
        }
        if let detail = removal.detail { object["detail"] = .string(detail) }
        if removal.isTruncated { object["truncated"] = .bool(true) }
        return .object(object)
    }

    static func canonicalLine(_ record: Record, duplicates: [String]) -> JSONValue {
        var object = JSONObject()
        object["id"] = .string(record.id)
        object["title"] = JSONValue(record.title)
        object["text"] = .string(record.body)
        object["url"] = JSONValue(record.url)
        object["source"] = JSONValue(record.source)
        object["published"] = JSONValue(record.published?.literal)
        object["metadata"] = .object(record.metadata)
        object["duplicates"] = .array(duplicates.map(JSONValue.string))
        return .object(object)
    }
}
