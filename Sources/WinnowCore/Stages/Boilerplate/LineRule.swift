public import Foundation

/// A rule that removes whole lines: a regular expression that matches
/// anywhere in the line (run only on lines its gate admits), or a literal
/// that must equal the whole trimmed line (ignoring case).
public struct LineRule: Sendable {
    public enum Matcher: Sendable {
        case regex(NSRegularExpression, gate: LineGate = .always)
        /// A regex run on the line's last `units` UTF-16 units only: for a
        /// pattern anchored at the end whose match is at most that long and
        /// needs no text before it.
        case regexOnTail(NSRegularExpression, gate: LineGate, units: Int)
        case literal(String)
    }

    public let name: String
    public let kind: RemovalKind
    public let matchers: [Matcher]
    /// Lines longer than this (in Unicode scalars) are never matched.
    public let maxLength: Int
    /// Whether a line removed by this rule starts a page footer.
    public let startsFooter: Bool
    private let compiled: [CompiledMatcher]
    /// How long a regex may take on one line (nil: no limit, for the
    /// built-in rules, which are tested not to backtrack).
    public private(set) var timeLimit: Duration?

    /// A matcher ready to run: its gate is read in place (no copy of an
    /// enum payload per line), its regex fetched only for admitted lines.
    struct CompiledMatcher: Sendable {
        enum Test: Sendable {
            case regex(NSRegularExpression, tail: Int?)
            case literal(folded: [UInt8], text: String, isASCII: Bool)
        }
        let gate: CompiledLineGate
        let test: Test
    }

    public init(
        name: String,
        kind: RemovalKind = .userRule,
        matchers: [Matcher],
        maxLength: Int = .max,
        startsFooter: Bool = false
    ) {
        self.name = name
        self.kind = kind
        self.matchers = matchers
        self.maxLength = maxLength
        self.startsFooter = startsFooter
        compiled = matchers.map { matcher in
            switch matcher {
            case .regex(let regex, let gate):
                return CompiledMatcher(gate: gate.compiled(), test: .regex(regex, tail: nil))
            case .regexOnTail(let regex, let gate, let units):
                return CompiledMatcher(gate: gate.compiled(), test: .regex(regex, tail: units))
            case .literal(let text):
                var folded: [UInt8] = []
                var bytes = Array(text.trimmingWhitespace().utf8)
                let facts = bytes.withUnsafeBufferPointer { LineScanner.facts($0, 0..<$0.count, folded: &folded) }
                bytes.removeAll()
                return CompiledMatcher(
                    gate: LineGate.always.compiled(),
                    test: .literal(folded: folded, text: text.trimmingWhitespace().description, isASCII: facts.isASCII)
                )
            }
        }
    }

    /// This rule with its regexes bounded to `limit` per line.
    public func limited(to limit: Duration) -> LineRule {
        var rule = self
        rule.timeLimit = limit
        return rule
    }

    /// Whether the rule removes line `index` of `sheet`; `text` is the
    /// line's text, made by the first regex that needs it and shared with
    /// the rules after.
    ///
    /// - Throws: ``RegexTimeout`` when a regex runs past ``timeLimit``.
    func matches(_ sheet: LineSheet, _ index: Int, text: inout String?) throws(RegexTimeout) -> Bool {
        let folded = sheet.folded
        return try folded.withUnsafeBufferPointer { (all) throws(RegexTimeout) -> Bool in
            try matches(sheet, index, folded: all, text: &text)
        }
    }

    /// ``matches(_:_:text:)`` given all of the sheet's folded bytes
    /// (``LineSheet/folded``), borrowed once for many lines and rules.
    func matches(
        _ sheet: LineSheet,
        _ index: Int,
        folded all: UnsafeBufferPointer<UInt8>,
        text: inout String?
    ) throws(RegexTimeout) -> Bool {
        let facts = sheet.facts[index]
        guard facts.scalars > 0, facts.scalars <= maxLength else { return false }
        let folded = UnsafeBufferPointer(rebasing: all[facts.folded])
        // Read in place: a copy of a matcher would retain its arrays for
        // every line and rule.
        return try compiled.withUnsafeBufferPointer { (compiled) throws(RegexTimeout) -> Bool in
            try matches(compiled, folded: folded, facts: facts, sheet, index, text: &text)
        }
    }

    private func matches(
        _ compiled: UnsafeBufferPointer<CompiledMatcher>,
        folded: UnsafeBufferPointer<UInt8>,
        facts: LineFacts,
        _ sheet: LineSheet,
        _ index: Int,
        text: inout String?
    ) throws(RegexTimeout) -> Bool {
        for matcher in compiled.indices {
            guard compiled[matcher].gate.admits(folded) else { continue }
            switch compiled[matcher].test {
            case .regex(let regex, let tail):
                let line = text ?? sheet.matchingText(index)
                text = line
                if let timeLimit {
                    if try regex.matches(line, within: timeLimit) { return true }
                } else if let tail {
                    let length = line.utf16.count
                    let start = max(0, length - tail)
                    let range = NSRange(location: start, length: length - start)
                    if regex.firstMatch(in: line, options: [], range: range) != nil { return true }
                } else if regex.firstMatch(in: line) != nil {
                    return true
                }
            case .literal(let literal, let literalText, let isASCII):
                if folded.elementsEqual(literal) { return true }
                if !(isASCII && facts.isASCII) {
                    let line = text ?? sheet.matchingText(index)
                    text = line
                    if line.caseInsensitiveCompare(literalText) == .orderedSame { return true }
                }
            }
        }
        return false
    }

    /// Compiles one of the built-in rules.
    static func builtIn(_ rule: BuiltInBoilerplateRules.Rule) -> LineRule? {
        guard case .line(let patterns, let maxLength) = rule.detector else { return nil }
        let matchers = patterns.map { pattern in
            let regex = NSRegularExpression.builtIn(pattern.regex, for: rule.name)
            if let units = pattern.searchedTail { return Matcher.regexOnTail(regex, gate: pattern.gate, units: units) }
            return Matcher.regex(regex, gate: pattern.gate)
        }
        return LineRule(
            name: rule.name,
            kind: rule.kind,
            matchers: matchers,
            maxLength: maxLength,
            startsFooter: rule.startsFooter
        )
    }
}
