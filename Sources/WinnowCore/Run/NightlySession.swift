import Foundation
import Logging

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The nightly part of one run: checks the state against the pipeline
/// before any work, hands `dedup` the earlier nights, and commits tonight.
struct NightlySession: Sendable {
    let run: NightlyRun
    let dedup: DedupStage
    let parameters: DedupParameters
    let position: NightPosition
    let started: Date

    /// The configuration to run against `run`'s state: `configuration`, or,
    /// when its `dedup` stage leaves `bands` and `rows` to be derived and the
    /// state was built with another banding (an earlier default), the same
    /// with the state's banding, so a state outlives a change of defaults.
    /// Everything else must still match (see ``init(_:configuration:)``).
    static func adapting(
        _ configuration: PipelineConfiguration,
        to run: NightlyRun,
        logger: Logger
    ) throws(RunError) -> PipelineConfiguration {
        guard let dedup = configuration.dedup, dedup.options.bands == nil, dedup.options.rows == nil else {
            return configuration
        }
        let stored: DedupParameters?
        do {
            stored = try run.store.parameters()
        } catch {
            throw .state(error)
        }
        let mine = DedupParameters(of: dedup)
        guard let stored, stored != mine, stored.bands * stored.rows <= dedup.options.permutations,
            stored.differences(from: mine).allSatisfy({ ["bands", "rows"].contains($0.name) })
        else { return configuration }
        var options = dedup.options
        options.bands = stored.bands
        options.rows = stored.rows
        logger.warning(
            "keeping the state's LSH banding (set bands and rows, or rebuild the state, to use the derived one)",
            metadata: [
                "state": "\(run.store.location)", "banding": "\(stored.bands) bands × \(stored.rows) rows",
                "derived": "\(dedup.parameters)",
            ]
        )
        return configuration.replacingDedup(with: DedupStage(options: options))
    }

    /// Checks that the pipeline can use the state: a `dedup` stage whose
    /// parameters are the state's.
    init(_ run: NightlyRun, configuration: PipelineConfiguration) throws(RunError) {
        guard let dedup = configuration.executionStages.lazy.compactMap({ $0 as? DedupStage }).first else {
            throw .stateWithoutDedup(configuration: configuration.file)
        }
        self.run = run
        self.dedup = dedup
        parameters = DedupParameters(of: dedup)
        started = Date()
        do {
            if let stored = try run.store.parameters(), stored != parameters {
                throw StateError.parametersDiffer(
                    directory: run.store.location,
                    differences: stored.differences(from: parameters).map {
                        "\($0.name) is \($0.theirs) in \(configuration.file) but \($0.mine) in the state"
                    }
                )
            }
            position = try run.store.night(run.night)
        } catch let error as StateError {
            throw .state(error)
        } catch {
            preconditionFailure("only state errors are thrown here")
        }
    }

    var earlierNights: EarlierNights { EarlierNights(store: run.store, night: position) }

    /// Stops the process, as kill -9 would, when `point` is the crash point.
    func reach(_ point: CrashPoint) {
        guard run.crashPoint == point else { return }
        kill(getpid(), SIGKILL)
    }

    /// Commits tonight's canonicals and the run's manifest, in one
    /// transaction.
    func commit(
        canonicalNumbers: [Int],
        ids: [String],
        batch: SignedBatch?,
        furniture: [String: StoredFurniture],
        summary: RunSummary,
        configuration: PipelineConfiguration,
        inputPlan: InputPlan
    ) throws(RunError) {
        let index = BandIndex(parameters: dedup.parameters)
        let canonicals =
            batch.map { batch in
                canonicalNumbers.compactMap { batch.canonical($0, id: ids[$0], index: index) }
            } ?? []
        let stageSeconds = summary.timing.stages.map {
            RunManifest.StageSeconds(stage: $0.stage, seconds: $0.seconds + $0.decideSeconds)
        }
        let manifest = RunManifest(
            night: run.night,
            status: position.isRerun ? "rerun" : "completed",
            started: Self.timestamp(started),
            finished: Self.timestamp(Date()),
            configurationHash: Self.configurationHash(configuration.file),
            inputFingerprint: Self.fingerprint(inputPlan),
            read: summary.read,
            canonical: summary.canonical,
            folded: summary.folded,
            earlierNightDuplicates: summary.earlierNight,
            rejected: summary.rejected,
            stageSeconds: stageSeconds
        )
        let commit = NightCommit(
            night: run.night,
            parameters: parameters,
            canonicals: canonicals,
            manifest: manifest,
            keepNights: run.keepNights,
            furniture: furniture
        )
        let point = run.crashPoint
        let hooks = CommitHooks(insideTransaction: {
            if point == .insideCommit { kill(getpid(), SIGKILL) }
        })
        do {
            try run.store.commit(commit, hooks: hooks)
        } catch {
            throw .state(error)
        }
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }

    /// SHA-256 of the configuration file's bytes.
    static func configurationHash(_ file: String) -> String {
        guard let data = FileManager.default.contents(atPath: file) else { return "unreadable" }
        return hex(SHA256.hash(Array(data)))
    }

    /// SHA-256 over each input's path, size and modification time, in
    /// reading order (standard input has none: it counts as `-`).
    static func fingerprint(_ plan: InputPlan) -> String {
        var text = ""
        for source in plan.sources {
            switch source {
            case .article(let path, _, _), .jsonl(let path):
                var info = stat()
                let found = stat(path, &info) == 0
                #if canImport(Darwin)
                let modified = found ? Int(info.st_mtimespec.tv_sec) : 0
                #else
                let modified = found ? Int(info.st_mtim.tv_sec) : 0
                #endif
                text += "\(path)\t\(found ? Int(info.st_size) : -1)\t\(modified)\n"
            case .standardInput:
                text += "-\n"
            case .unreadable(let path, _, let reason):
                text += "\(path)\tunreadable\t\(reason)\n"
            }
        }
        return hex(SHA256.hash(Array(text.utf8)))
    }
}
