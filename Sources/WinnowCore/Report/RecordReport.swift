/// What the report says about one input record that was read: its removals,
/// placed in the text as it came in, and its outcome.
///
/// Both report writers render these values; `report.json` is written from
/// them once, at the edge.
public struct RecordReport: Sendable, Hashable {
    /// How the record ended.
    public enum Outcome: Sendable, Hashable {
        /// Written to `records.jsonl`, with the ids folded into it.
        case canonical(duplicates: [String])
        /// Folded into the canonical record `of`.
        case duplicate(of: String, similarity: Double)
        /// Rejected by a stage (the reason is also in `rejected.jsonl`).
        case rejected(reason: String, stageIndex: Int?)
    }

    /// The record's number in the run (its position in the input).
    public var number: Int
    public var id: String
    /// Where it came from: a file path, or `file:line` for JSON Lines.
    public var input: String
    public var title: String?
    public var source: String?
    /// The text as it came in (see ``TextLineage/original``), which
    /// removal ranges point into; nil when the record never became text.
    public var originalText: String?
    /// Every removal, in pipeline order.
    public var removals: [Removal]
    public var outcome: Outcome

    public init(
        number: Int, id: String, input: String, title: String?, source: String?, originalText: String?,
        removals: [Removal], outcome: Outcome
    ) {
        self.number = number
        self.id = id
        self.input = input
        self.title = title
        self.source = source
        self.originalText = originalText
        self.removals = removals
        self.outcome = outcome
    }
}

extension RecordReport: SpoolCodable {
    func encode(to writer: inout SpoolWriter) {
        writer.write(number)
        writer.write(id)
        writer.write(input)
        writer.write(title)
        writer.write(source)
        writer.write(originalText)
        writer.write(removals)
        switch outcome {
        case .canonical(let duplicates):
            writer.write(0)
            writer.write(duplicates.count)
            for duplicate in duplicates { writer.write(duplicate) }
        case .duplicate(let canonical, let similarity):
            writer.write(1)
            writer.write(canonical)
            writer.write(similarity)
        case .rejected(let reason, let stageIndex):
            writer.write(2)
            writer.write(reason)
            writer.write(stageIndex)
        }
    }

    init(from reader: inout SpoolReader) throws(SpoolReader.Corrupt) {
        number = try reader.readInt()
        id = try reader.readString()
        input = try reader.readString()
        title = try reader.readOptionalString()
        source = try reader.readOptionalString()
        originalText = try reader.readOptionalString()
        removals = try reader.readArray()
        switch try reader.readInt() {
        case 0:
            let count = try reader.readInt()
            var duplicates: [String] = []
            for _ in 0..<max(0, count) { duplicates.append(try reader.readString()) }
            outcome = .canonical(duplicates: duplicates)
        case 1:
            outcome = .duplicate(of: try reader.readString(), similarity: try reader.readDouble())
        case 2:
            outcome = .rejected(reason: try reader.readString(), stageIndex: try reader.readOptionalInt())
        default:
            throw SpoolReader.Corrupt(offset: reader.position)
        }
    }
}
