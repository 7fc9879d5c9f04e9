/// A JSON value that keeps object keys in document order and numbers as
/// written, so metadata passes through winnow unchanged.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// A short phrase naming the value for error messages, such as
    /// `the string "0.8"` or `an array`.
    public var phrase: String {
        switch self {
        case .null: "null"
        case .bool(let value): String(value)
        case .number(let number): number.literal
        case .string(let text):
            "the string \"\(text.count > 40 ? String(text.prefix(40)) + "…" : text)\""
        case .array: "an array"
        case .object: "an object"
        }
    }

    public var stringValue: String? {
        if case .string(let value) = self { value } else { nil }
    }

    public var objectValue: JSONObject? {
        if case .object(let value) = self { value } else { nil }
    }
}

/// A JSON number, kept as its literal so that it prints back exactly.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
    /// The number as it appears in JSON, for example `0.8` or `128`.
    public let literal: String

    /// Wraps a literal that is already valid JSON number syntax.
    init(literal: String) {
        self.literal = literal
    }

    public init(_ value: Int) {
        literal = String(value)
    }

    /// Finite doubles only: JSON has no NaN or infinity.
    public init(_ value: Double) {
        precondition(value.isFinite, "JSON cannot represent \(value)")
        literal = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// The value as an `Int`, when it is a whole number that fits.
    public var intValue: Int? {
        if let exact = Int(literal) { return exact }
        return Double(literal).flatMap { Int(exactly: $0) }
    }

    public var doubleValue: Double { Double(literal) ?? .nan }

    public var description: String { literal }
}

/// A JSON object: key-value pairs in document order, keys unique.
///
/// The pairs are kept in one array: most objects hold a few keys, found
/// fastest by a linear search. Past ``indexedCount`` keys (a wide input
/// record) a key-to-position table is kept as well, so building and
/// reading stay linear in the number of keys.
public struct JSONObject: Sendable, Hashable, Sequence {
    private struct Entry: Sendable, Hashable {
        var key: String
        var value: JSONValue
    }

    static let indexedCount = 16

    private var entries: [Entry] = []
    /// Each key's position in `entries`; empty while there are at most
    /// ``indexedCount`` entries.
    private var positions: [String: Int] = [:]

    public init() {}

    public init(_ pairs: KeyValuePairs<String, JSONValue>) {
        entries.reserveCapacity(pairs.count)
        for (key, value) in pairs { self[key] = value }
    }

    public var keys: [String] { entries.map(\.key) }
    public var isEmpty: Bool { entries.isEmpty }
    public var count: Int { entries.count }

    private func position(of key: String) -> Int? {
        if entries.count > Self.indexedCount { return positions[key] }
        return entries.firstIndex { $0.key == key }
    }

    /// Reads or sets a value; setting keeps an existing key's position and
    /// appends a new key at the end; setting `nil` removes the key.
    public subscript(key: String) -> JSONValue? {
        get { position(of: key).map { entries[$0].value } }
        set {
            let existing = position(of: key)
            switch (existing, newValue) {
            case (let position?, let value?):
                entries[position].value = value
            case (nil, let value?):
                entries.append(Entry(key: key, value: value))
                if entries.count > Self.indexedCount {
                    if positions.isEmpty {
                        for (index, entry) in entries.enumerated() { positions[entry.key] = index }
                    } else {
                        positions[key] = entries.count - 1
                    }
                }
            case (let position?, nil):
                entries.remove(at: position)
                positions = [:]
                if entries.count > Self.indexedCount {
                    for (index, entry) in entries.enumerated() { positions[entry.key] = index }
                }
            case (nil, nil):
                break
            }
        }
    }

    public func makeIterator() -> some IteratorProtocol<(key: String, value: JSONValue)> {
        entries.lazy.map { (key: $0.key, value: $0.value) }.makeIterator()
    }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.entries == rhs.entries
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(entries)
    }
}
