import Foundation

extension NSRegularExpression {
    /// Compiles a case-insensitive pattern that ships with winnow; a pattern
    /// that does not compile is a programming error, caught by the tests.
    static func builtIn(_ pattern: String, for rule: String) -> NSRegularExpression {
        do {
            return try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        } catch {
            preconditionFailure("built-in boilerplate pattern for '\(rule)' does not compile: \(error)")
        }
    }

    /// The first match in `line`, if any.
    func firstMatch(in line: String) -> NSTextCheckingResult? {
        firstMatch(in: line, options: [], range: NSRange(location: 0, length: line.utf16.count))
    }

    /// Whether the pattern matches anywhere in `line`.
    func matches(_ line: some StringProtocol) -> Bool {
        firstMatch(in: String(line)) != nil
    }
}
