/// `report.json`'s `records` entries, written straight from the typed
/// values as compact JSON bytes: the per-record part of the report, which
/// is most of its size, never becomes a tree of values.
extension ReportEntries {
    /// Appends a record's entry in `report.json`'s `records`: `number`,
    /// `id`, `input`, `title`, `source`, `status` and what goes with it,
    /// `removals`, `keptCharacters`, `originalText` and, for clustered
    /// records, `cleanedText` (`docs/report.md`).
    static func writeRecord(_ entry: RecordReport, to json: inout JSONWriter) {
        json.beginObject()
        json.key("number")
        json.number(entry.number)
        json.key("id")
        json.string(entry.id)
        json.key("input")
        json.string(entry.input)
        json.key("title")
        json.string(entry.title)
        json.key("source")
        json.string(entry.source)
        switch entry.outcome {
        case .canonical(let duplicates):
            json.key("status")
            json.word("canonical")
            json.key("duplicates")
            json.beginArray()
            for duplicate in duplicates { json.string(duplicate) }
            json.endArray()
        case .duplicate(let canonical, let similarity):
            json.key("status")
            json.word("duplicate")
            json.key("duplicateOf")
            json.string(canonical)
            json.key("similarity")
            json.number(rounded(similarity))
        case .earlierNight(let canonical, let night, let similarity):
            json.key("status")
            json.word("earlier-night")
            json.key("duplicateOf")
            json.string(canonical)
            json.key("night")
            json.string(night)
            json.key("similarity")
            json.number(rounded(similarity))
        case .rejected(let reason, let stageIndex):
            json.key("status")
            json.word("rejected")
            json.key("reason")
            json.string(reason)
            json.key("rejectedAt")
            json.number(stageIndex)
        }
        let spans = entry.originalText.map { TextOffsets.spans(of: entry.removals, in: $0, to: .scalars) }
        json.key("removals")
        json.beginArray()
        for (index, removal) in entry.removals.enumerated() {
            writeRemoval(removal, span: spans?[index] ?? nil, to: &json)
        }
        json.endArray()
        json.key("keptCharacters")
        json.number(entry.keptCharacters)
        json.key("originalText")
        json.string(entry.originalText)
        if let cleaned = entry.cleanedText {
            json.key("cleanedText")
            json.string(cleaned)
        }
        json.endObject()
    }

    /// Appends one removal; `span` is its place in the record's original
    /// text in code points, when known.
    static func writeRemoval(_ removal: Removal, span: Range<Int>?, to json: inout JSONWriter) {
        json.beginObject()
        json.key("stage")
        json.string(removal.stage)
        json.key("stageIndex")
        json.number(removal.stageIndex)
        json.key("rule")
        json.string(removal.rule)
        json.key("kind")
        json.string(removal.kind.rawValue)
        json.key("text")
        json.string(removal.text)
        json.key("characters")
        json.number(removal.characters)
        json.key("lines")
        json.number(removal.lines)
        json.key("line")
        json.number(removal.line)
        if let span {
            json.key("start")
            json.number(span.lowerBound)
            json.key("end")
            json.number(span.upperBound)
        }
        if let detail = removal.detail {
            json.key("detail")
            json.string(detail)
        }
        if removal.isTruncated {
            json.key("truncated")
            json.bool(true)
        }
        json.endObject()
    }
}
