/// What reading produces: a record, or a rejection for input that could not
/// become one.
enum InputItem: Sendable {
    case record(Record)
    case rejection(Rejection)
}

/// Ids seen so far in a run: a later record with an id that was already
/// read is rejected, naming where the first one came from.
struct RecordIdentity {
    private var firstOrigin: [String: String] = [:]

    /// The item, or its rejection when its id repeats an earlier one.
    mutating func check(_ item: InputItem) -> InputItem {
        guard case .record(let record) = item else { return item }
        if let first = firstOrigin[record.id] {
            return .rejection(
                Rejection(
                    id: record.id,
                    reason: "duplicate id '\(record.id)': an earlier record from \(first) has the same id",
                    input: record.origin
                )
            )
        }
        firstOrigin[record.id] = record.origin
        return item
    }
}

/// Reads the records of an ``InputPlan`` one at a time, in plan order: the
/// chunker, the parser and the id check in sequence. The runner does the
/// same with parsing spread over worker tasks.
struct RecordReader {
    private let chunker: InputChunker
    private var chunk: InputChunk?
    private var position = 0
    private var identity = RecordIdentity()

    init(plan: InputPlan, limits: InputLimits = InputLimits()) {
        chunker = InputChunker(plan: plan, limits: limits)
    }

    mutating func next() -> InputItem? {
        while true {
            if let chunk, position < chunk.items.count {
                defer { position += 1 }
                return identity.check(chunk.parse(position))
            }
            guard let next = chunker.next() else {
                chunk = nil
                return nil
            }
            chunk = next
            position = 0
        }
    }
}
