/// An input record that could not be processed, and why.
public struct Rejection: Error, Sendable, Hashable {
    /// The record's id, or nil when there was none to read.
    public var id: String?
    /// What was wrong, phrased so that the user can fix the input.
    public var reason: String
    /// Where the record came from: a file path, or `file:line` for JSONL.
    public var input: String

    public init(id: String?, reason: String, input: String) {
        self.id = id
        self.reason = reason
        self.input = input
    }

    /// The id, or the input location when the record had no id; this is
    /// the key that accounts for the record in `rejected.jsonl`.
    public var key: String { id ?? input }
}
