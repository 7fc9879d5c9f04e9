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

/// A stopwatch for the worker's hot loop that reads the calling thread's
/// CPU clock, one read per lap: time a stage spends waiting for a core
/// (the machine is shared, or runs more jobs than cores) does not count.
/// A chunk runs on one thread from start to end (it never suspends), so
/// the laps of one chunk are on one clock.
struct Lap {
    private var last = Lap.threadCPUSeconds()

    /// CPU seconds since the previous lap (or since the stopwatch started).
    mutating func lap() -> Double {
        let now = Lap.threadCPUSeconds()
        defer { last = now }
        return now - last
    }

    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
