import Foundation
import Synchronization
import WinnowCore

/// A one-line progress display on standard error, redrawn at most ten
/// times a second; silent when standard error is not a terminal.
final class TerminalProgress: Sendable {
    private struct State {
        var lastDrawn: ContinuousClock.Instant?
        var visible = false
    }

    private let enabled: Bool
    private let started = ContinuousClock.now
    private let state = Mutex(State())

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func show(_ progress: RunProgress) {
        guard enabled else { return }
        let now = ContinuousClock.now
        let draw = state.withLock { state -> Bool in
            if progress.phase == .processing, let last = state.lastDrawn, now - last < .milliseconds(100) {
                return false
            }
            state.lastDrawn = now
            state.visible = true
            return true
        }
        guard draw else { return }
        let seconds = max(0.001, Double((now - started).components.seconds) + Double((now - started).components.attoseconds) / 1e18)
        let phase: String
        switch progress.phase {
        case .processing: phase = progress.passes > 1 ? "pass \(progress.pass) of \(progress.passes)" : "processing"
        case .deciding: phase = "deciding over the batch"
        case .writing: phase = "writing the reports"
        }
        let line = "winnow: \(phase): \(progress.recordsRead) records read (\(Int(Double(progress.recordsRead) / seconds))/s), \(progress.recordsRejected) rejected"
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
    }

    func clear() {
        guard enabled, state.withLock({ $0.visible }) else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
