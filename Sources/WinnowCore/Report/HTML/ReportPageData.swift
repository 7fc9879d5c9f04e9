import Foundation

/// The record data report.html embeds, built while the records stream
/// past: every record's text and removals in chunks, and a small columnar
/// index (ids, titles, sources, fates, rules, counts) that the page filters
/// on without opening a chunk.
///
/// Both are compact JSON, compressed with raw DEFLATE and written as
/// base64 inside `<script type="application/octet-stream">` elements. The
/// browser does not run such a script, base64 has no `<` or `&`, so no
/// article text can close the element or become markup; the page inflates
/// a chunk with `DecompressionStream` only when a record of it is opened
/// or searched, which is what keeps a 100,000-record page quick to open.
/// Offsets in the page data are UTF-16 code units, as JavaScript counts.
struct ReportPageData {
    /// Records per chunk.
    static let chunkSize = 200

    private let stageCount: Int
    /// The run's rules, numbered as records are added.
    private var rules = RuleTable()
    private var sources: [String: Int] = [:]
    private var sourceList: [String] = []

    // The index's columns, typed and compact (a million records keep a
    // few dozen bytes each here); JSON only when the index is written.
    private var ids: [String] = []
    private var titles: [String?] = []
    private var sourceColumn: [Int32] = []
    private var fates: [UInt8] = []
    private var canonicalOf: [Int32] = []
    private var similarity: [Double] = []
    private var removalCounts: [Int32] = []
    private var removedCharacters: [Int] = []
    private var unplacedCounts: [Int32] = []
    /// Each record's rule numbers, sorted, one after another; the record's
    /// run ends at `ruleSetEnds[position]`.
    private var ruleSetValues: [Int32] = []
    private var ruleSetEnds: [Int] = []
    private var numberOfID: [String: Int32] = [:]
    /// Duplicates whose canonical had not been seen yet: position → id.
    private var forwardReferences: [Int: String] = [:]

    struct RuleKey: Hashable, Sendable {
        var stage: Int
        var rule: String
        var kind: RemovalKind

        init(_ removal: Removal) {
            stage = removal.stageIndex
            rule = removal.rule
            kind = removal.kind
        }
    }

    /// Rules (a stage, a rule name and a kind), numbered in the order the
    /// records first use them: the run's table in the index, and each
    /// chunk's own, so a chunk packs on any task without knowing the rest
    /// (the page maps a chunk's numbers to the index's by key).
    struct RuleTable: Sendable {
        private(set) var list: [RuleKey] = []
        private var numbers: [RuleKey: Int] = [:]

        init() {}

        /// The rule's number, numbering it first when it is new.
        mutating func number(_ removal: Removal) -> Int {
            let key = RuleKey(removal)
            if let number = numbers[key] { return number }
            numbers[key] = list.count
            list.append(key)
            return list.count - 1
        }

        /// The table as JSON: `[stage, rule, kind number]` per rule.
        var json: JSONValue {
            .array(
                list.map { rule in
                    .array([
                        .number(JSONNumber(rule.stage)), .string(rule.rule),
                        .number(JSONNumber(RemovalKind.allCases.firstIndex(of: rule.kind) ?? 0)),
                    ])
                }
            )
        }
    }

    init(stageCount: Int) {
        self.stageCount = stageCount
    }

    /// Records added so far.
    var count: Int { ids.count }

    /// Adds a record's row to the index (its details go into a chunk, see
    /// ``chunk(_:rules:)``).
    mutating func add(_ entry: RecordReport) {
        let position = ids.count
        // Only a cluster's canonical is ever looked up (by its duplicates).
        if case .canonical(let duplicates) = entry.outcome, !duplicates.isEmpty {
            numberOfID[entry.id] = Int32(clamping: position)
        }
        ids.append(entry.id)
        titles.append(entry.title)
        sourceColumn.append(entry.source.map { Int32(clamping: sourceIndex($0)) } ?? -1)
        switch entry.outcome {
        case .canonical:
            fates.append(0)
            canonicalOf.append(-1)
            similarity.append(0)
        case .duplicate(let canonical, let value):
            fates.append(1)
            if let number = numberOfID[canonical] {
                canonicalOf.append(number)
            } else {
                forwardReferences[position] = canonical
                canonicalOf.append(-1)
            }
            similarity.append(ReportEntries.rounded(value))
        case .earlierNight(_, _, let value):
            fates.append(3)
            canonicalOf.append(-1)
            similarity.append(ReportEntries.rounded(value))
        case .rejected:
            fates.append(2)
            canonicalOf.append(-1)
            similarity.append(0)
        }
        removalCounts.append(Int32(clamping: entry.removals.count))
        removedCharacters.append(entry.removals.reduce(0) { $0 + $1.characters })
        unplacedCounts.append(Int32(clamping: entry.removals.count { $0.range == nil }))
        var recordRules: [Int32] = []
        for removal in entry.removals {
            let index = Int32(clamping: rules.number(removal))
            if !recordRules.contains(index) { recordRules.append(index) }
        }
        ruleSetValues.append(contentsOf: recordRules.sorted())
        ruleSetEnds.append(ruleSetValues.count)
    }

    /// One chunk of the page data: the details of `entries` (``chunkSize``
    /// records, fewer only in the last chunk) and the chunk's own rule
    /// table, packed. Depends on nothing else, so chunks pack on any task.
    /// The JSON goes straight into bytes, record by record, with no value
    /// tree in between.
    static func chunk(_ entries: [RecordReport]) -> String {
        var rules = RuleTable()
        var records = JSONWriter()
        records.beginArray()
        for entry in entries { writeDetail(entry, rules: &rules, to: &records) }
        records.endArray()
        var out: [UInt8] = []
        out.reserveCapacity(records.bytes.count + 64 * rules.list.count + 24)
        out.append(contentsOf: #"{"rules":"#.utf8)
        rules.json.write(to: &out)
        out.append(contentsOf: #","records":"#.utf8)
        out.append(contentsOf: records.bytes)
        out.append(UInt8(ascii: "}"))
        return pack(bytes: out)
    }

    /// The index, once every record was added, written column by column
    /// straight into bytes.
    func index(stageNames: [String]) -> String {
        var canonicalOf = canonicalOf
        for (position, id) in forwardReferences {
            if let number = numberOfID[id] { canonicalOf[position] = number }
        }
        var out: [UInt8] = []
        func key(_ name: String, first: Bool = false) {
            if !first { out.append(UInt8(ascii: ",")) }
            JSONValue.writeString(name, to: &out)
            out.append(UInt8(ascii: ":"))
        }
        func column<Element>(_ values: [Element], _ write: (Element) -> Void) {
            out.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                write(value)
            }
            out.append(UInt8(ascii: "]"))
        }
        func number(_ value: some BinaryInteger) { JSONWriter.appendDecimal(Int(value), to: &out) }
        func value(_ json: JSONValue) { json.write(to: &out) }
        out.append(UInt8(ascii: "{"))
        key("chunkSize", first: true)
        number(Self.chunkSize)
        key("stages")
        column(stageNames) { JSONValue.writeString($0, to: &out) }
        key("kinds")
        column(RemovalKind.allCases) { JSONValue.writeString($0.rawValue, to: &out) }
        key("rules")
        value(rules.json)
        key("sources")
        column(sourceList) { JSONValue.writeString($0, to: &out) }
        key("id")
        column(ids) { JSONValue.writeString($0, to: &out) }
        key("title")
        column(titles) { value(JSONValue($0)) }
        key("source")
        column(sourceColumn) { number($0) }
        key("fate")
        column(fates) { number($0) }
        key("of")
        column(canonicalOf) { number($0) }
        key("similarity")
        column(similarity) { out.append(contentsOf: JSONNumber($0).literal.utf8) }
        key("removals")
        column(removalCounts) { number($0) }
        key("removed")
        column(removedCharacters) { number($0) }
        key("unplaced")
        column(unplacedCounts) { number($0) }
        key("ruleSets")
        column(Array(ruleSetEnds.indices)) { position in
            let start = position == 0 ? 0 : ruleSetEnds[position - 1]
            column(Array(ruleSetValues[start..<ruleSetEnds[position]])) { number($0) }
        }
        out.append(UInt8(ascii: "}"))
        return Self.pack(bytes: out)
    }

    /// What the page shows when a record is opened, as a JSON object: its
    /// input location, texts, outcome details and removals (`[stage, rule,
    /// start, end, characters, lines, line, text, truncated, detail]`, rule
    /// by index into the chunk's `rules`, start and end -1 when not known,
    /// text only when it cannot be read from the original text).
    private static func writeDetail(_ entry: RecordReport, rules: inout RuleTable, to json: inout JSONWriter) {
        json.beginObject()
        json.key("input")
        json.string(entry.input)
        json.key("text")
        json.string(entry.originalText)
        if let cleaned = entry.cleanedText {
            json.key("cleaned")
            json.string(cleaned)
        }
        json.key("kept")
        json.number(entry.keptCharacters)
        switch entry.outcome {
        case .canonical(let duplicates):
            json.key("duplicates")
            json.beginArray()
            for duplicate in duplicates { json.string(duplicate) }
            json.endArray()
        case .duplicate(let canonical, _):
            json.key("duplicateOf")
            json.string(canonical)
        case .earlierNight(let canonical, let night, _):
            json.key("duplicateOf")
            json.string(canonical)
            json.key("night")
            json.string(night)
        case .rejected(let reason, let stageIndex):
            json.key("reason")
            json.string(reason)
            json.key("rejectedAt")
            json.number(stageIndex)
        }
        let spans = entry.originalText.map { TextOffsets.spans(of: entry.removals, in: $0, to: .utf16) }
        json.key("removals")
        json.beginArray()
        for (position, removal) in entry.removals.enumerated() {
            let span = spans?[position] ?? nil
            json.beginArray()
            json.number(removal.stageIndex)
            json.number(rules.number(removal))
            json.number(span?.lowerBound ?? -1)
            json.number(span?.upperBound ?? -1)
            json.number(removal.characters)
            json.number(removal.lines)
            json.number(removal.line ?? -1)
            json.string(span == nil ? removal.text : nil)
            json.bool(removal.isTruncated)
            json.string(removal.detail)
            json.endArray()
        }
        json.endArray()
        json.endObject()
    }

    private mutating func sourceIndex(_ source: String) -> Int {
        if let index = sources[source] { return index }
        sources[source] = sourceList.count
        sourceList.append(source)
        return sourceList.count - 1
    }

    /// JSON, deflated, in base64.
    static func pack(_ value: JSONValue) -> String {
        pack(bytes: value.serializedBytes())
    }

    /// Whether `text` is only base64's alphabet (so it needs no escaping
    /// anywhere in HTML).
    static func isBase64(_ text: String) -> Bool {
        text.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "="):
                true
            default: false
            }
        }
    }

    /// JSON bytes, deflated, in base64.
    static func pack(bytes: [UInt8]) -> String {
        Data(Deflate.compress(bytes)).base64EncodedString()
    }
}
