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
        /// Folded into canonical `of` of the earlier night `night` (listed
        /// in `duplicates.jsonl`).
        case earlierNight(of: String, night: String, similarity: Double)
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
    /// The text as the pipeline left it, kept only for records in a
    /// near-duplicate cluster (the report diffs a canonical against its
    /// duplicates with exactly the texts dedup compared); nil otherwise.
    public var cleanedText: String?
    /// Characters of text left when the record finished (0 when it never
    /// became text); with the removals it gives the share removed.
    public var keptCharacters: Int
    public var outcome: Outcome

    /// Whether the record is in a near-duplicate cluster.
    public var isClustered: Bool {
        switch outcome {
        case .canonical(let duplicates): !duplicates.isEmpty
        case .duplicate: true
        case .earlierNight, .rejected: false
        }
    }

    public init(
        number: Int,
        id: String,
        input: String,
        title: String?,
        source: String?,
        originalText: String?,
        removals: [Removal],
        cleanedText: String? = nil,
        keptCharacters: Int = 0,
        outcome: Outcome
    ) {
        self.number = number
        self.id = id
        self.input = input
        self.title = title
        self.source = source
        self.originalText = originalText
        self.removals = removals
        self.cleanedText = cleanedText
        self.keptCharacters = keptCharacters
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
        // A cleaned text that is the original (nothing was removed) is
        // not written twice.
        writer.write(cleanedText != nil)
        if let cleanedText {
            let isOriginal = originalText.map(cleanedText.hasSameBytes(as:)) ?? false
            writer.write(isOriginal)
            if !isOriginal { writer.write(cleanedText) }
        }
        writer.write(keptCharacters)
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
        case .earlierNight(let canonical, let night, let similarity):
            writer.write(3)
            writer.write(canonical)
            writer.write(night)
            writer.write(similarity)
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
        if try reader.readBool() {
            cleanedText = try reader.readBool() ? originalText : try reader.readString()
        } else {
            cleanedText = nil
        }
        keptCharacters = try reader.readInt()
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
        case 3:
            outcome = .earlierNight(
                of: try reader.readString(),
                night: try reader.readString(),
                similarity: try reader.readDouble()
            )
        default:
            throw SpoolReader.Corrupt(offset: reader.position)
        }
    }
}
