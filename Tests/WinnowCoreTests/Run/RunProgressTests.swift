import Testing

@testable import WinnowCore

@Suite("run progress")
struct RunProgressTests {
    private func progress(
        done: Int,
        total: Int? = nil,
        bytes: Int? = nil,
        of bytesTotal: Int? = nil,
        elapsed: Double
    ) -> RunProgress {
        RunProgress(
            phase: .processing,
            pass: 1,
            passes: 2,
            recordsRead: done,
            recordsRejected: 0,
            recordsDone: done,
            recordsTotal: total,
            bytesRead: bytes,
            bytesTotal: bytesTotal,
            elapsed: elapsed
        )
    }

    @Test func theFirstPassEstimatesFromBytesRead() {
        let first = progress(done: 1_000, bytes: 25_000_000, of: 100_000_000, elapsed: 10)
        #expect(first.fraction == 0.25)
        #expect(first.secondsLeft == 30)
        #expect(first.recordsPerSecond == 100)
        #expect(first.megabytesPerSecond == 2.5)
    }

    @Test func laterPassesEstimateFromRecords() {
        let later = progress(done: 750, total: 1_000, elapsed: 3)
        #expect(later.fraction == 0.75)
        #expect(later.secondsLeft == 1)
        #expect(later.megabytesPerSecond == nil)
    }

    @Test func standardInputHasNoEstimate() {
        let piped = progress(done: 500, bytes: 1_000_000, elapsed: 4)
        #expect(piped.fraction == nil)
        #expect(piped.secondsLeft == nil)
    }

    @Test func tooEarlyToTellGivesNoEstimate() {
        #expect(progress(done: 1, bytes: 100, of: 1_000_000, elapsed: 2).secondsLeft == nil)
        #expect(progress(done: 10, bytes: 500_000, of: 1_000_000, elapsed: 0.1).secondsLeft == nil)
    }
}
