public import Foundation

/// A rule that removes whole lines: a regular expression that matches
/// anywhere in the line, or a literal that must equal the whole trimmed line
/// (ignoring case).
public struct LineRule: Sendable {
    public enum Matcher: Sendable {
        case regex(NSRegularExpression)
        case literal(String)
    }

    public let name: String
    public let matchers: [Matcher]
    /// Lines longer than this (in characters) are never matched.
    public let maxLength: Int
    /// Whether a line removed by this rule starts a page footer.
    public let startsFooter: Bool
    /// How long a regex may take on one line (nil: no limit, for the
    /// built-in rules, which are tested not to backtrack).
    public private(set) var timeLimit: Duration?

    public init(name: String, matchers: [Matcher], maxLength: Int = .max, startsFooter: Bool = false) {
        self.name = name
        self.matchers = matchers
        self.maxLength = maxLength
        self.startsFooter = startsFooter
    }

    /// This rule with its regexes bounded to `limit` per line.
    public func limited(to limit: Duration) -> LineRule {
        var rule = self
        rule.timeLimit = limit
        return rule
    }

    /// Whether the rule removes `text`, a trimmed line of `characterCount`
    /// characters (counted once by the caller for all rules).
    ///
    /// - Throws: ``RegexTimeout`` when a regex runs past ``timeLimit``.
    public func matches(_ text: String, characterCount: Int) throws(RegexTimeout) -> Bool {
        guard characterCount > 0, characterCount <= maxLength else { return false }
        for matcher in matchers {
            switch matcher {
            case .regex(let regex):
                if let timeLimit {
                    if try regex.matches(text, within: timeLimit) { return true }
                } else if regex.firstMatch(in: text) != nil {
                    return true
                }
            case .literal(let literal):
                if text.caseInsensitiveCompare(literal) == .orderedSame { return true }
            }
        }
        return false
    }

    /// Compiles one of the built-in rules.
    static func builtIn(_ rule: BuiltInBoilerplateRules.Rule) -> LineRule? {
        guard case .line(let patterns, let maxLength) = rule.kind else { return nil }
        let matchers = patterns.map { Matcher.regex(.builtIn($0, for: rule.name)) }
        return LineRule(name: rule.name, matchers: matchers, maxLength: maxLength, startsFooter: rule.startsFooter)
    }
}
