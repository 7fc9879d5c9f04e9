/// The lines of `records.jsonl` and `rejected.jsonl`: JSON written once,
/// here, from typed values.
enum RecordLine {
    /// A canonical record's line: `id`, `title`, `text`, `url`, `source`,
    /// `published`, `metadata`, `duplicates`.
    static func canonical(_ record: Record, duplicates: [String]) -> [UInt8] {
        var json = JSONWriter()
        json.beginObject()
        json.key("id")
        json.string(record.id)
        json.key("title")
        json.string(record.title)
        json.key("text")
        json.string(record.body)
        json.key("url")
        json.string(record.url)
        json.key("source")
        json.string(record.source)
        json.key("published")
        json.string(record.published?.literal)
        json.key("metadata")
        json.beginObject()
        for (key, value) in record.metadata {
            json.key(escaping: key)
            json.value(value)
        }
        json.endObject()
        json.key("duplicates")
        json.beginArray()
        for duplicate in duplicates { json.string(duplicate) }
        json.endArray()
        json.endObject()
        return json.bytes
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
