#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// CPU time spent on the worker tasks for one chunk of records: per stage (its
/// `process`, its observation and, in a later pass, applying its decision)
/// and per step around the stages. Workers fill one per chunk; the runner
/// adds them up into ``RunTiming``.
struct WorkTiming: Sendable {
    /// Seconds per stage index.
    var stages: [Double]
    /// Parsing JSON Lines and reading article files.
    var parse = 0.0
    /// Decoding records from the spool of the pass before.
    var decode = 0.0
    /// Encoding spool frames, report entries and output lines.
    var encode = 0.0

    init(stageCount: Int) {
        stages = Array(repeating: 0, count: stageCount)
    }

    mutating func add(_ other: WorkTiming) {
        for index in stages.indices where index < other.stages.count { stages[index] += other.stages[index] }
        parse += other.parse
        decode += other.decode
        encode += other.encode
    }
}

extension WorkTiming {
    /// Every figure multiplied by `factor` (see ``Lap/cpuScale()``).
    mutating func scale(by factor: Double) {
        for index in stages.indices { stages[index] *= factor }
        parse *= factor
        decode *= factor
        encode *= factor
    }
}

/// A stopwatch for the worker's hot loop. A lap reads the monotonic clock,
/// which the C library answers without a system call; reading the
/// thread's CPU clock costs a system call, so it is read only when the
/// stopwatch starts and at ``cpuScale()``, once per chunk. Scaling the
/// laps by the chunk's CPU time over its monotonic time gives each step
/// its share of the chunk's CPU time: time a stage spends waiting for a
/// core (the machine is shared, or runs more jobs than cores) does not
/// count. A chunk runs on one thread from start to end (it never
/// suspends), so the laps of one chunk are on one clock.
struct Lap {
    private let startedCPU = Lap.threadCPUSeconds()
    private let started = Lap.monotonicSeconds()
    private var last = Lap.monotonicSeconds()

    /// Monotonic seconds since the previous lap (or since the stopwatch
    /// started), to be scaled by ``cpuScale()``.
    mutating func lap() -> Double {
        let now = Lap.monotonicSeconds()
        defer { last = now }
        return now - last
    }

    /// The thread's CPU seconds since the stopwatch started over the
    /// monotonic seconds since then (1 when no time has passed): the
    /// factor that turns the laps into CPU time.
    func cpuScale() -> Double {
        let cpu = Lap.threadCPUSeconds() - startedCPU
        let wall = Lap.monotonicSeconds() - started
        guard wall > 0 else { return 1 }
        return min(1, max(0, cpu / wall))
    }

    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func monotonicSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
