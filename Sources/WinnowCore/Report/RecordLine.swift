/// The lines of `records.jsonl` and `rejected.jsonl`: JSON written once,
/// here, from typed values.
enum RecordLine {
    /// A canonical record's line: `id`, `title`, `text`, `url`, `source`,
    /// `published`, `metadata`, `duplicates`.
    static func canonical(_ record: Record, duplicates: [String]) -> [UInt8] {
        var object = JSONObject()
        object["id"] = .string(record.id)
        object["title"] = JSONValue(record.title)
        object["text"] = .string(record.body)
        object["url"] = JSONValue(record.url)
        object["source"] = JSONValue(record.source)
        object["published"] = JSONValue(record.published?.literal)
        object["metadata"] = .object(record.metadata)
        object["duplicates"] = .array(duplicates.map(JSONValue.string))
        return JSONValue.object(object).serializedBytes()
    }

    /// A line of `duplicates.jsonl`: a record folded into the canonical of
    /// an earlier night: `id`, `canonical`, `night`, `similarity`,
    /// `evidence`.
    static func earlierNightDuplicate(id: String, canonical: String, night: String, evidence: PairEvidence) -> [UInt8] {
        var object = JSONObject()
        object["id"] = .string(id)
        object["canonical"] = .string(canonical)
        object["night"] = .string(night)
        object["similarity"] = .number(JSONNumber(ReportEntries.rounded(evidence.jaccard)))
        object["evidence"] = ReportEntries.evidence(evidence)
        return JSONValue.object(object).serializedBytes()
    }

    /// A rejected record's line: `id` (or its input location), `reason`,
    /// `input`.
    static func rejected(_ rejection: Rejection) -> [UInt8] {
        ReportEntries.rejection(rejection).serializedBytes()
    }
}
