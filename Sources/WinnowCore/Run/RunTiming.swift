/// Where a run's time went: wall time per phase, and CPU time per stage and
/// per step measured on the worker tasks and summed over them (so with
/// several jobs the sums can exceed the wall time). It is the only part of
/// `report.json` that differs between two runs of the same input.
public struct RunTiming: Sendable, Equatable {
    public struct Phase: Sendable, Equatable {
        /// For example `pass 1`, `decide`, `output`, `reports`.
        public var name: String
        public var seconds: Double
    }

    public struct StageTime: Sendable, Equatable {
        public var stage: String
        public var stageIndex: Int
        /// CPU seconds on the workers (process, observe, apply).
        public var seconds: Double
        /// Wall seconds deciding over the batch (batch stages only).
        public var decideSeconds: Double
    }

    /// The whole run, wall clock, up to the reports being written.
    public var seconds = 0.0
    /// The jobs the run used.
    public var jobs = 1
    public var phases: [Phase] = []
    public var stages: [StageTime] = []
    /// Parsing input, decoding spooled records, encoding spools and output
    /// (seconds summed over the workers).
    public var parse = 0.0
    public var decode = 0.0
    public var encode = 0.0
    /// Time the reading side spent cutting input into chunks (wall).
    public var reading = 0.0

    init(stageNames: [String], jobs: Int) {
        self.jobs = jobs
        stages = stageNames.enumerated().map {
            StageTime(stage: $0.element, stageIndex: $0.offset, seconds: 0, decideSeconds: 0)
        }
    }

    mutating func add(_ work: WorkTiming) {
        for index in stages.indices where index < work.stages.count { stages[index].seconds += work.stages[index] }
        parse += work.parse
        decode += work.decode
        encode += work.encode
    }

    /// One line for a person: the stages and steps that took the time.
    public var summaryLine: String {
        func format(_ value: Double) -> String {
            let rounded = (value * 100).rounded() / 100
            return "\(rounded) s"
        }
        var parts = stages.map { stage in
            "\(stage.stage) \(format(stage.seconds + stage.decideSeconds))"
        }
        parts += ["parse \(format(parse))", "encode \(format(encode + decode))"]
        let wall = phases.map { "\($0.name) \(format($0.seconds))" }.joined(separator: ", ")
        return
            "CPU time per stage (summed over \(jobs) job\(jobs == 1 ? "" : "s")): \(parts.joined(separator: ", ")); wall: \(wall)"
    }
}
