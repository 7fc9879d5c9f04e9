import Foundation

/// A user's regular expression that ran past its time limit on one line
/// (catastrophic backtracking, such as `^(a+)+$` on a long run of `a`).
public struct RegexTimeout: Error, Sendable, Equatable {
    /// The limit that was reached.
    public var limit: Duration
}

extension NSRegularExpression {
    /// Whether the pattern matches anywhere in `line`, giving up once
    /// matching has taken `limit`.
    ///
    /// ICU calls back every few thousand steps of a long match
    /// (`reportProgress`), so the clock is read only while a match is slow
    /// and a runaway one stops within a fraction of a millisecond of the
    /// limit.
    ///
    /// - Throws: ``RegexTimeout`` when the limit is reached first.
    func matches(_ line: String, within limit: Duration) throws(RegexTimeout) -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: limit)
        var found = false
        var timedOut = false
        enumerateMatches(in: line, options: [.reportProgress], range: NSRange(location: 0, length: line.utf16.count)) {
            result,
            _,
            stop in
            if result != nil {
                found = true
                stop.pointee = true
            } else if clock.now >= deadline {
                timedOut = true
                stop.pointee = true
            }
        }
        if timedOut { throw RegexTimeout(limit: limit) }
        return found
    }
}
