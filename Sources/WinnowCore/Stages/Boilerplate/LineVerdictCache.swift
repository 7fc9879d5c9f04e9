import Synchronization

/// The line rules' verdicts on short lines already judged in this run, by
/// the line's bytes: a site's furniture ("Share this article", "© 2026
/// Outlet. All rights reserved.") recurs in thousands of articles, and each
/// copy would otherwise run the same regular expressions again.
///
/// A verdict depends only on the line's bytes (the rules see nothing
/// else), so a cached one is the one the rules would give. The cache is
/// shared by the run's workers and stops growing at ``capacity`` lines.
final class LineVerdictCache: Sendable {
    /// Lines longer than this (in bytes) are judged every time.
    static let maximumBytes = 160
    static let capacity = 65_536

    /// The index of the first line rule that removes the line, or nil when
    /// none does.
    enum Verdict: Sendable, Equatable {
        case kept
        case removed(by: Int)
    }

    private let verdicts = Mutex<[[UInt8]: Verdict]>([:])

    func verdict(for line: [UInt8]) -> Verdict? {
        verdicts.withLock { $0[line] }
    }

    func store(_ verdict: Verdict, for line: [UInt8]) {
        verdicts.withLock { verdicts in
            if verdicts.count < Self.capacity { verdicts[line] = verdict }
        }
    }
}
