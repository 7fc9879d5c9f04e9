// Nightly state benchmark (issue 7): tonight's run against an empty state
// and against a state that indexes many earlier canonicals; tonight's cost
// should follow tonight's batch, not the history.
//
//   nightly-store-benchmark [--records 10000] [--indexed 1000000] [--work DIR]
//
// The indexed canonicals are committed through the store as nights of
// 50,000 records each, with signatures of invented word sets (signed by
// the pipeline's own MinHasher); the state is kept in DIR for the next run.
import Foundation
import Logging
import WinnowCore

func argument(_ name: String, default value: String) -> String {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return value }
    return arguments[index + 1]
}

func count(_ name: String, default value: Int) -> Int {
    let text = argument(name, default: String(value))
    guard let number = Int(text), number > 0 else {
        FileHandle.standardError.write(
            Data("nightly-store-benchmark: \(name) needs a positive whole number, not '\(text)'\n".utf8)
        )
        exit(2)
    }
    return number
}

let records = count("--records", default: 10_000)
let indexed = count("--indexed", default: 1_000_000)
let work = argument("--work", default: "/tmp/winnow-nightly-bench")
let perNight = 50_000
try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)

struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

let configuration = try PipelineConfiguration.parse(
    #"{"version": 1, "stages": [{"stage": "normalize"}, {"stage": "dedup"}, {"stage": "canonical"}]}"#,
    file: "nightly-benchmark.json"
)
let dedup = DedupStage(options: DedupOptions())
let parameters = DedupParameters(of: dedup)
let bandIndex = BandIndex(parameters: dedup.parameters)

// Tonight: `records` invented stories, a tenth of them copied twice.
let input = "\(work)/tonight-\(records).jsonl"
if !FileManager.default.fileExists(atPath: input) {
    var random = SplitMix(state: 7)
    var lines: [String] = []
    var number = 0
    while lines.count < records {
        let text = (0..<180).map { _ in "w\(random.next() % 20000)" }.joined(separator: " ")
        let copies = number % 10 == 0 ? 2 : 0
        for copy in 0...copies where lines.count < records {
            lines.append(
                #"{"id": "t\#(number)-\#(copy)", "text": "\#(text)", "url": "https://tonight.example/\#(number)"}"#
            )
        }
        number += 1
    }
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: input))
}

/// Seeds `state` with `count` canonicals of earlier nights.
func seed(_ state: String, count: Int) throws {
    let store = try SQLiteNightlyStore(directory: state, access: .writer)
    let have = try store.overview(lastRuns: 0).nights.reduce(0) { $0 + $1.canonicals }
    guard have < count else { return }
    var random = SplitMix(state: 99)
    let hasher = MinHasher(permutations: DedupOptions().permutations, seed: UInt64(DedupOptions().seed))
    var night = have / perNight
    let started = ContinuousClock.now
    while night * perNight < count {
        let size = min(perNight, count - night * perNight)
        let canonicals = (0..<size).map { index in
            let shingles = (0..<180).map { _ in random.next() }
            // 180 shingles always give a signature.
            let signature = hasher.signature(of: shingles) ?? MinHashSignature(values: [])
            let sketch = DedupSketch(signature: signature, shingleCount: 176, wordCount: 180)
            return NightCanonical(
                id: "h\(night)-\(index)",
                source: "history\(index % 20).example",
                url: nil,
                published: nil,
                sketch: sketch,
                bandKeys: bandIndex.bandKeys(of: signature)
            )
        }
        let manifest = RunManifest(
            night: "history-\(night)",
            status: "completed",
            started: "",
            finished: "",
            configurationHash: "seed",
            inputFingerprint: "seed",
            read: size,
            canonical: size,
            folded: 0,
            earlierNightDuplicates: 0,
            rejected: 0,
            stageSeconds: []
        )
        try store.commit(
            NightCommit(
                night: String(format: "history-%04d", night),
                parameters: parameters,
                canonicals: canonicals,
                manifest: manifest,
                keepNights: nil
            ),
            hooks: CommitHooks()
        )
        night += 1
        let elapsed = ContinuousClock.now - started
        FileHandle.standardError.write(Data("seeded \(night * perNight) canonicals (\(elapsed))\n".utf8))
    }
}

/// Runs tonight on a copy of `state` (so each measurement starts equal).
func measure(_ label: String, state: String) async throws -> Double {
    let copy = "\(work)/run-state"
    try? FileManager.default.removeItem(atPath: copy)
    if FileManager.default.fileExists(atPath: state) { try FileManager.default.copyItem(atPath: state, toPath: copy) }
    // The copy's pages reach the disk before the clock starts.
    sync()
    let store = try SQLiteNightlyStore(directory: copy, access: .writer)
    let bytes = try store.overview(lastRuns: 0)
    let started = ContinuousClock.now
    let summary = try await PipelineRunner(configuration: configuration).run(
        RunRequest(
            inputs: [InputLocation(argument: input)],
            outputDirectory: "\(work)/out",
            jobs: 2,
            nightly: NightlyRun(store: store, night: "tonight")
        ),
        logger: Logger(label: "bench")
    )
    let duration = ContinuousClock.now - started
    let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    let decide = summary.timing.stages.first { $0.stage == "dedup" }?.decideSeconds ?? 0
    let commit = summary.timing.phases.first { $0.name == "reports" }?.seconds ?? 0
    print(
        String(
            format:
                "%@: %d records against %d indexed canonicals (%.0f MiB state): %.2f s wall (dedup decide %.2f s, incl. earlier-night lookups; reports + state commit + renames %.2f s), %d canonical, %d folded, %d duplicates of earlier nights",
            label,
            summary.read,
            bytes.nights.reduce(0) { $0 + $1.canonicals },
            Double(bytes.bytes) / 1_048_576,
            seconds,
            decide,
            commit,
            summary.canonical,
            summary.folded,
            summary.earlierNight
        )
    )
    return seconds
}

let emptyState = "\(work)/state-empty"
try? FileManager.default.removeItem(atPath: emptyState)
let fullState = "\(work)/state-\(indexed)"
try seed(fullState, count: indexed)
// Warm-up run, then the two measurements.
_ = try await measure("warm-up", state: emptyState)
let empty = try await measure("empty state", state: emptyState)
let full = try await measure("indexed state", state: fullState)
print(String(format: "ratio indexed/empty: %.2fx (issue 7 asks for at most 2x)", full / empty))
try? FileManager.default.removeItem(atPath: "\(work)/run-state")
