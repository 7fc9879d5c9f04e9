/// One key of a stage's options: how to read and check it, and how to show
/// it in `winnow stages`.
public struct OptionField<Options> {
    /// The key in `pipeline.json`.
    public let key: String
    /// The value's type in words, for example `integer` or `list of strings`.
    public let type: String
    /// One line for `winnow stages`.
    public let summary: String
    let read: (inout Options, JSONValue, JSONPath) throws(ConfigurationError) -> Void
    let render: (Options) -> JSONValue

    public init(
        key: String,
        type: String,
        summary: String,
        read: @escaping (inout Options, JSONValue, JSONPath) throws(ConfigurationError) -> Void,
        render: @escaping (Options) -> JSONValue
    ) {
        self.key = key
        self.type = type
        self.summary = summary
        self.read = read
        self.render = render
    }
}

extension OptionField {
    /// An integer within `range`.
    public static func integer(
        _ key: String,
        _ keyPath: WritableKeyPath<Options, Int>,
        in range: ClosedRange<Int>,
        _ summary: String
    ) -> Self {
        Self(
            key: key,
            type: "integer",
            summary: summary,
            read: { options, value, path throws(ConfigurationError) in
                options[keyPath: keyPath] = try readInteger(value, at: path, in: range)
            },
            render: { .number(JSONNumber($0[keyPath: keyPath])) }
        )
    }

    /// An integer within `range`, or `null` (the default) to let the stage
    /// choose.
    public static func optionalInteger(
        _ key: String,
        _ keyPath: WritableKeyPath<Options, Int?>,
        in range: ClosedRange<Int>,
        _ summary: String
    ) -> Self {
        Self(
            key: key,
            type: "integer or null",
            summary: summary,
            read: { options, value, path throws(ConfigurationError) in
                if value == .null {
                    options[keyPath: keyPath] = nil
                } else {
                    options[keyPath: keyPath] = try readInteger(value, at: path, in: range, orNull: true)
                }
            },
            render: { $0[keyPath: keyPath].map { .number(JSONNumber($0)) } ?? .null }
        )
    }

    /// A number within `range`.
    public static func number(
        _ key: String,
        _ keyPath: WritableKeyPath<Options, Double>,
        in range: NumberRange,
        _ summary: String
    ) -> Self {
        Self(
            key: key,
            type: "number",
            summary: summary,
            read: { options, value, path throws(ConfigurationError) in
                let expected = "a number in \(range)"
                guard case .number(let number) = value else {
                    throw ConfigurationError(at: path, .wrongValue(found: value.phrase, expected: expected))
                }
                guard range.contains(number.doubleValue) else {
                    throw ConfigurationError(at: path, .wrongValue(found: number.literal, expected: expected))
                }
                options[keyPath: keyPath] = number.doubleValue
            },
            render: { .number(JSONNumber($0[keyPath: keyPath])) }
        )
    }

    /// `true` or `false`.
    public static func boolean(_ key: String, _ keyPath: WritableKeyPath<Options, Bool>, _ summary: String) -> Self {
        Self(
            key: key,
            type: "boolean",
            summary: summary,
            read: { options, value, path throws(ConfigurationError) in
                guard case .bool(let flag) = value else {
                    throw ConfigurationError(at: path, .wrongValue(found: value.phrase, expected: "true or false"))
                }
                options[keyPath: keyPath] = flag
            },
            render: { .bool($0[keyPath: keyPath]) }
        )
    }

    /// One of a fixed set of strings.
    public static func choice<Choice: RawRepresentable & CaseIterable>(
        _ key: String,
        _ keyPath: WritableKeyPath<Options, Choice>,
        _ summary: String
    ) -> Self where Choice.RawValue == String {
        Self(
            key: key,
            type: "one of " + Choice.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "),
            summary: summary,
            read: { options, value, path throws(ConfigurationError) in
                options[keyPath: keyPath] = try readChoice(value, at: path)
            },
            render: { .string($0[keyPath: keyPath].rawValue) }
        )
    }

    /// A list of distinct choices.
    public static func choices<Choice: RawRepresentable & CaseIterable & Equatable>(
        _ key: String,
        _ keyPath: WritableKeyPath<Options, [Choice]>,
        _ summary: String
    ) -> Self where Choice.RawValue == String {
        Self(
            key: key,
            type: "list of " + Choice.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "),
            summary: summary,
            read: { options, value, path throws(ConfigurationError) in
                let elements = try readArray(value, at: path, expected: "a list of strings")
                var chosen: [Choice] = []
                for (index, element) in elements.enumerated() {
                    let choice: Choice = try readChoice(element, at: path.appending(index))
                    if chosen.contains(choice) {
                        throw ConfigurationError(
                            at: path.appending(index),
                            .conflict("\"\(choice.rawValue)\" is listed twice")
                        )
                    }
                    chosen.append(choice)
                }
                options[keyPath: keyPath] = chosen
            },
            render: { .array($0[keyPath: keyPath].map { .string($0.rawValue) }) }
        )
    }

    /// A list of non-empty strings, each passed through `transform` (which
    /// may normalise or reject it).
    public static func strings(
        _ key: String,
        _ keyPath: WritableKeyPath<Options, [String]>,
        _ summary: String,
        transform: @escaping (String, JSONPath) throws(ConfigurationError) -> String = { text, _ in text }
    ) -> Self {
        Self(
            key: key,
            type: "list of strings",
            summary: summary,
            read: { options, value, path throws(ConfigurationError) in
                let elements = try readArray(value, at: path, expected: "a list of strings")
                var strings: [String] = []
                for (index, element) in elements.enumerated() {
                    guard case .string(let text) = element, !text.isEmpty else {
                        throw ConfigurationError(
                            at: path.appending(index),
                            .wrongValue(found: element.phrase, expected: "a non-empty string")
                        )
                    }
                    strings.append(try transform(text, path.appending(index)))
                }
                options[keyPath: keyPath] = strings
            },
            render: { .array($0[keyPath: keyPath].map(JSONValue.string)) }
        )
    }
}

/// Reads an integer in `range`.
func readInteger(
    _ value: JSONValue,
    at path: JSONPath,
    in range: ClosedRange<Int>,
    orNull: Bool = false
) throws(ConfigurationError) -> Int {
    var expected =
        range.upperBound == Int.max
        ? "an integer ≥ \(range.lowerBound)" : "an integer from \(range.lowerBound) to \(range.upperBound)"
    if orNull { expected += " or null" }
    guard case .number(let number) = value else {
        throw ConfigurationError(at: path, .wrongValue(found: value.phrase, expected: expected))
    }
    guard let integer = number.intValue, range.contains(integer) else {
        throw ConfigurationError(at: path, .wrongValue(found: number.literal, expected: expected))
    }
    return integer
}

/// Reads one of a fixed set of strings.
func readChoice<Choice: RawRepresentable & CaseIterable>(
    _ value: JSONValue,
    at path: JSONPath
) throws(ConfigurationError) -> Choice
where Choice.RawValue == String {
    let names = Choice.allCases.map { "\"\($0.rawValue)\"" }
    let expected = "one of \(names.joined(separator: ", "))"
    guard case .string(let text) = value else {
        throw ConfigurationError(at: path, .wrongValue(found: value.phrase, expected: expected))
    }
    guard let choice = Choice(rawValue: text) else {
        let hint =
            closestMatch(to: text, in: Choice.allCases.map(\.rawValue)).map { " (did you mean \"\($0)\"?)" } ?? ""
        throw ConfigurationError(at: path, .wrongValue(found: value.phrase + hint, expected: expected))
    }
    return choice
}

/// Reads an array.
func readArray(_ value: JSONValue, at path: JSONPath, expected: String) throws(ConfigurationError) -> [JSONValue] {
    guard case .array(let elements) = value else {
        throw ConfigurationError(at: path, .wrongValue(found: value.phrase, expected: expected))
    }
    return elements
}

/// A range of numbers whose ends may be open, printed as `(0, 1]`.
public struct NumberRange: Sendable, CustomStringConvertible {
    public var lower: Double
    public var lowerIncluded: Bool
    public var upper: Double
    public var upperIncluded: Bool

    public init(lower: Double, lowerIncluded: Bool, upper: Double, upperIncluded: Bool) {
        self.lower = lower
        self.lowerIncluded = lowerIncluded
        self.upper = upper
        self.upperIncluded = upperIncluded
    }

    public func contains(_ value: Double) -> Bool {
        (lowerIncluded ? value >= lower : value > lower) && (upperIncluded ? value <= upper : value < upper)
    }

    public var description: String {
        "\(lowerIncluded ? "[" : "(")\(format(lower)), \(format(upper))\(upperIncluded ? "]" : ")")"
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
