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
public struct JSONObject: Sendable, Hashable, Sequence {
    public private(set) var keys: [String] = []
    private var values: [String: JSONValue] = [:]

    public init() {}

    public init(_ pairs: KeyValuePairs<String, JSONValue>) {
        for (key, value) in pairs { self[key] = value }
    }

    public var isEmpty: Bool { keys.isEmpty }
    public var count: Int { keys.count }

    /// Reads or sets a value; setting keeps an existing key's position and
    /// appends a new key at the end; setting `nil` removes the key.
    public subscript(key: String) -> JSONValue? {
        get { values[key] }
        set {
            if let newValue {
                if values.updateValue(newValue, forKey: key) == nil { keys.append(key) }
            } else if values.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    public func makeIterator() -> some IteratorProtocol<(key: String, value: JSONValue)> {
        keys.lazy.compactMap { key in values[key].map { (key: key, value: $0) } }.makeIterator()
    }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.keys == rhs.keys && lhs.values == rhs.values
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(keys)
        for key in keys { hasher.combine(values[key]) }
    }
}
