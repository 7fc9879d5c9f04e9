import Foundation

/// Options of the `boilerplate` stage.
public struct BoilerplateOptions: StageOptions {
    /// Apply winnow's built-in rules.
    public var builtIn = true
    /// Built-in rules to leave out, by name.
    public var disable: [String] = []
    /// The user's own rules, applied before the built-in ones.
    public var rules: [UserRule] = []
    /// Learning each source's furniture from the batch.
    public var learning = LearningOptions()
    /// How long one of the user's regexes may take on one line, in
    /// milliseconds; a record with a line that takes longer is rejected.
    public var regexTimeLimit = 100

    /// How the stage learns a site's furniture from the batch.
    public struct LearningOptions: Sendable {
        public var enabled = true
        /// Articles of one source that must carry a line.
        public var minCount = 3
        /// The share of a source's articles that must carry a line.
        public var minShare = 0.5
        /// Longer lines are never learned.
        public var maxLength = 1000
    }

    public init() {}

    public static var fields: [OptionField<BoilerplateOptions>] {
        [
            .boolean("builtIn", \.builtIn, "Apply the built-in rules (see 'disable' for their names)."),
            .strings(
                "disable",
                \.disable,
                "Built-in rules to turn off, by rule name (\(BuiltInBoilerplateRules.names.joined(separator: ", "))) or by kind (\(BuiltInBoilerplateRules.kindNames.joined(separator: ", "))).",
                transform: { name, path throws(ConfigurationError) in
                    let allowed =
                        BuiltInBoilerplateRules.names
                        + BuiltInBoilerplateRules.kindNames.filter { !BuiltInBoilerplateRules.names.contains($0) }
                    guard allowed.contains(name) else {
                        let hint = closestMatch(to: name, in: allowed).map { " (did you mean \"\($0)\"?)" } ?? ""
                        throw ConfigurationError(
                            at: path,
                            .wrongValue(
                                found: JSONValue.string(name).phrase + hint,
                                expected: "a built-in rule name or kind: \(allowed.joined(separator: ", "))"
                            )
                        )
                    }
                    return name
                }
            ),
            OptionField(
                key: "rules",
                type: "list of {\"name\", \"regex\" or \"literal\"}",
                summary:
                    "Your own line rules: a line goes when the regex matches anywhere in it (add (?i) to ignore case), or when it equals the literal (ignoring case and surrounding spaces).",
                read: { options, value, path throws(ConfigurationError) in
                    let elements = try readArray(
                        value,
                        at: path,
                        expected: "a list of rules like {\"name\": \"promo\", \"regex\": \"^Promo:\"}"
                    )
                    var rules: [UserRule] = []
                    for (index, element) in elements.enumerated() {
                        let rule = try UserRule.read(element, at: path.appending(index))
                        if rules.contains(where: { $0.name == rule.name }) {
                            throw ConfigurationError(
                                at: path.appending(index).appending("name"),
                                .conflict("rule name '\(rule.name)' is used twice")
                            )
                        }
                        rules.append(rule)
                    }
                    options.rules = rules
                },
                render: { .array($0.rules.map(\.rendered)) }
            ),
            .integer(
                "regexTimeLimit",
                \.regexTimeLimit,
                in: 1...60_000,
                "How long one of your rules' regexes may take on one line, in milliseconds; a record with a line that takes longer is rejected with the rule and line (catastrophic backtracking)."
            ),
            .boolean(
                "learn",
                \.learning.enabled,
                "Learn each source's furniture from the batch: header and footer lines that recur in many of its articles (rule 'learned:<source>')."
            ),
            .integer(
                "learnMinCount",
                \.learning.minCount,
                in: 2...1_000_000,
                "Articles of one source that must carry a line before it is learned."
            ),
            .number(
                "learnMinShare",
                \.learning.minShare,
                in: NumberRange(lower: 0, lowerIncluded: false, upper: 1, upperIncluded: true),
                "Share of the source's articles in the batch that must carry a line before it is learned."
            ),
            .integer(
                "learnMaxLength",
                \.learning.maxLength,
                in: 1...10_000,
                "Lines longer than this (in characters) are never learned."
            ),
        ]
    }
}

/// A boilerplate rule from `pipeline.json`.
public struct UserRule: Sendable {
    public enum Pattern: Sendable, Equatable {
        case regex(String)
        case literal(String)
    }

    public let name: String
    public let pattern: Pattern
    /// The compiled rule.
    public let lineRule: LineRule

    public init(name: String, pattern: Pattern) throws {
        self.name = name
        self.pattern = pattern
        switch pattern {
        case .regex(let source):
            lineRule = LineRule(
                name: name,
                kind: .userRule,
                matchers: [.regex(try NSRegularExpression(pattern: source))]
            )
        case .literal(let text):
            lineRule = LineRule(
                name: name,
                kind: .userRule,
                matchers: [.literal(text.trimmingWhitespace().description)]
            )
        }
    }

    var rendered: JSONValue {
        var object = JSONObject()
        object["name"] = .string(name)
        switch pattern {
        case .regex(let source): object["regex"] = .string(source)
        case .literal(let text): object["literal"] = .string(text)
        }
        return .object(object)
    }

    static let keys = ["name", "regex", "literal"]

    static func read(_ value: JSONValue, at path: JSONPath) throws(ConfigurationError) -> UserRule {
        guard case .object(let object) = value else {
            throw ConfigurationError(
                at: path,
                .wrongValue(found: value.phrase, expected: "a rule like {\"name\": \"promo\", \"regex\": \"^Promo:\"}")
            )
        }
        for key in object.keys where !keys.contains(key) {
            throw ConfigurationError(
                at: path.appending(key),
                .unknownKey(key, owner: "a boilerplate rule", allowed: keys)
            )
        }
        guard let nameValue = object["name"] else {
            throw ConfigurationError(
                at: path,
                .missingKey("name", expected: "a name for the report, such as \"promo\"")
            )
        }
        guard case .string(let name) = nameValue, !name.isEmpty else {
            throw ConfigurationError(
                at: path.appending("name"),
                .wrongValue(found: nameValue.phrase, expected: "a non-empty string")
            )
        }
        if BuiltInBoilerplateRules.names.contains(name) {
            throw ConfigurationError(
                at: path.appending("name"),
                .conflict("'\(name)' is the name of a built-in rule; choose another name")
            )
        }
        let pattern: Pattern
        switch (object["regex"], object["literal"]) {
        case (.some, .some):
            throw ConfigurationError(at: path, .conflict("a rule takes either 'regex' or 'literal', not both"))
        case (nil, nil):
            throw ConfigurationError(at: path, .missingKey("regex", expected: "or 'literal': what the rule matches"))
        case (.some(let regex), nil):
            guard case .string(let source) = regex, !source.isEmpty else {
                throw ConfigurationError(
                    at: path.appending("regex"),
                    .wrongValue(found: regex.phrase, expected: "a non-empty string")
                )
            }
            pattern = .regex(source)
        case (nil, .some(let literal)):
            guard case .string(let text) = literal, !text.trimmingWhitespace().isEmpty else {
                throw ConfigurationError(
                    at: path.appending("literal"),
                    .wrongValue(found: literal.phrase, expected: "a non-empty string")
                )
            }
            pattern = .literal(text)
        }
        do {
            return try UserRule(name: name, pattern: pattern)
        } catch {
            guard case .regex(let source) = pattern else { preconditionFailure("literal rules always compile") }
            throw ConfigurationError(
                at: path.appending("regex"),
                .invalidRegex(pattern: source, reason: regexErrorReason(source))
            )
        }
    }
}

/// Why a pattern does not compile. Foundation's error says only "The value
/// is invalid", so Swift's own regex parser, which accepts nearly the same
/// syntax, is asked for a diagnostic.
private func regexErrorReason(_ pattern: String) -> String {
    do {
        _ = try Regex(pattern)
        return "it does not compile as an ICU regular expression"
    } catch {
        return "\(error)"
    }
}
