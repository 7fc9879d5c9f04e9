import Foundation
import Synchronization
import WinnowCore

/// Shows a run's progress on standard error: on a terminal, one line
/// redrawn at most ten times a second; otherwise (a log file, a pipe) a
/// plain line every ``logInterval``, so a nightly job's log shows that it
/// is moving. Silent when `enabled` is false.
final class TerminalProgress: Sendable {
    private struct State {
        var lastDrawn: ContinuousClock.Instant?
        var lastPhase: String?
        var visible = false
    }

    static let logInterval = Duration.seconds(15)

    private let enabled: Bool
    private let isTerminal: Bool
    private let state = Mutex(State())

    init(enabled: Bool, isTerminal: Bool) {
        self.enabled = enabled
        self.isTerminal = isTerminal
    }

    func show(_ progress: RunProgress) {
        guard enabled else { return }
        let now = ContinuousClock.now
        let phase = Self.phase(progress)
        let interval = isTerminal ? Duration.milliseconds(100) : Self.logInterval
        let draw = state.withLock { state -> Bool in
            let samePhase = state.lastPhase == phase
            if samePhase, let last = state.lastDrawn, now - last < interval { return false }
            state.lastDrawn = now
            state.lastPhase = phase
            state.visible = isTerminal
            return true
        }
        guard draw else { return }
        let line = Self.line(progress, phase: phase)
        FileHandle.standardError.write(Data((isTerminal ? "\r\u{1B}[K" + line : line + "\n").utf8))
    }

    func clear() {
        guard enabled, isTerminal, state.withLock({ $0.visible }) else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    private static func phase(_ progress: RunProgress) -> String {
        switch progress.phase {
        case .processing: progress.passes > 1 ? "pass \(progress.pass) of \(progress.passes)" : "processing"
        case .deciding: "deciding over the batch"
        case .writing: "writing the reports"
        }
    }

    /// `winnow: pass 1 of 2: 41,200 records (3,412/s, 16.8 MB/s), 12 rejected, 43%, 0:27 left`
    static func line(_ progress: RunProgress, phase: String) -> String {
        var line = "winnow: \(phase)"
        guard progress.phase == .processing else {
            return line
                + ": \(grouped(progress.recordsRead)) records read, \(grouped(progress.recordsRejected)) rejected"
        }
        line += ": \(grouped(progress.recordsDone)) records (\(grouped(Int(progress.recordsPerSecond)))/s"
        if let megabytes = progress.megabytesPerSecond { line += String(format: ", %.1f MB/s", megabytes) }
        line += "), \(grouped(progress.recordsRejected)) rejected"
        if let fraction = progress.fraction { line += ", \(Int(fraction * 100))%" }
        if let left = progress.secondsLeft { line += ", \(clock(left)) left" }
        return line
    }

    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let (hours, minutes, rest) = (total / 3600, total / 60 % 60, total % 60)
        let tail = String(format: "%02d", rest)
        return hours > 0 ? "\(hours):\(String(format: "%02d", minutes)):\(tail)" : "\(minutes):\(tail)"
    }

    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var output = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0, character != "-" { output.append(",") }
            output.append(character)
        }
        return output
    }
}
