import Foundation
import Logging
import TestSupport
import Testing

@testable import WinnowCore

@Suite("nightly store (SQLite through GRDB)")
struct SQLiteNightlyStoreTests {
    static let dedup = DedupStage(options: DedupOptions())
    static var parameters: DedupParameters { DedupParameters(of: dedup) }

    /// A story of invented words, different for each seed.
    static func story(_ seed: UInt64, words: Int = 120) -> String {
        var random = SplitMix(seed: seed)
        return (0..<words).map { _ in "w\(random.next() % 5000)" }.joined(separator: " ")
    }

    static func canonical(_ id: String, text: String, source: String = "example.test") -> NightCanonical {
        guard let sketch = dedup.sketch(of: text) else { preconditionFailure("an invented story always has words") }
        return NightCanonical(
            id: id,
            source: source,
            url: "https://\(source)/\(id)",
            published: "2026-12-01",
            sketch: sketch,
            bandKeys: BandIndex(parameters: dedup.parameters).bandKeys(of: sketch.signature)
        )
    }

    static func manifest(_ night: String, canonical: Int) -> RunManifest {
        RunManifest(
            night: night,
            status: "completed",
            started: "2026-12-01T00:00:00Z",
            finished: "2026-12-01T00:01:00Z",
            configurationHash: "c",
            inputFingerprint: "i",
            read: canonical,
            canonical: canonical,
            folded: 0,
            earlierNightDuplicates: 0,
            rejected: 0,
            stageSeconds: [.init(stage: "dedup", seconds: 0.5)]
        )
    }

    static func commit(
        _ store: SQLiteNightlyStore,
        night: String,
        _ canonicals: [NightCanonical],
        keep: Int? = nil
    ) throws {
        try store.commit(
            NightCommit(
                night: night,
                parameters: parameters,
                canonicals: canonicals,
                manifest: manifest(night, canonical: canonicals.count),
                keepNights: keep
            ),
            hooks: CommitHooks()
        )
    }

    /// The earlier canonicals `text` shares a band with, before `night`.
    static func matches(_ store: SQLiteNightlyStore, _ text: String, night: String) throws -> [String] {
        let keys = BandIndex(parameters: dedup.parameters).bandKeys(of: try #require(dedup.sketch(of: text)).signature)
        let position = try store.night(night)
        let found = Array(Set(try store.earlierCanonicals(sharing: keys, before: position).joined())).sorted()
        return try store.canonicals(found).values.map(\.id).sorted()
    }

    @Test func committedCanonicalsAreFoundByBandKeysOnlyFromEarlierNights() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = try SQLiteNightlyStore(directory: directory, access: .writer)
        #expect(try store.parameters() == nil)
        try Self.commit(
            store,
            night: "n1",
            [Self.canonical("a", text: Self.story(1)), Self.canonical("b", text: Self.story(2))]
        )
        #expect(try store.parameters() == Self.parameters)
        #expect(try store.night("n1") == NightPosition(label: "n1", sequence: 1, isRerun: true))
        #expect(try store.night("n2") == NightPosition(label: "n2", sequence: 2, isRerun: false))
        #expect(try Self.matches(store, Self.story(1), night: "n2") == ["a"])
        #expect(try Self.matches(store, Self.story(3), night: "n2") == [])
        // A night never matches itself: rerunning n1 sees nothing before it.
        #expect(try Self.matches(store, Self.story(1), night: "n1") == [])
        let earlier = try store.canonicals(
            try store.earlierCanonicals(
                sharing: BandIndex(parameters: Self.dedup.parameters).bandKeys(
                    of: Self.dedup.sketch(of: Self.story(2))!.signature
                ),
                before: try store.night("n2")
            ).joined().map { $0 }
        )
        #expect(earlier.values.first?.sketch == Self.dedup.sketch(of: Self.story(2)))
        #expect(earlier.values.first?.night == "n1")
    }

    @Test func lookupsReadBothTiersOfTheBandIndexAndAMergeChangesNoResult() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = try SQLiteNightlyStore(directory: directory, access: .writer)
        // The first night is all the history: its commit merges it at once.
        try Self.commit(store, night: "n1", (1...16).map { Self.canonical("a\($0)", text: Self.story(UInt64($0))) })
        #expect(try store.bandTierRows().recent == 0)
        // One more canonical is under an eighth of 17: it stays recent.
        try Self.commit(store, night: "n2", [Self.canonical("b", text: Self.story(100))])
        let tiers = try store.bandTierRows()
        #expect(tiers.main > 0 && tiers.recent > 0)
        #expect(try Self.matches(store, Self.story(3), night: "n3") == ["a3"])
        #expect(try Self.matches(store, Self.story(100), night: "n3") == ["b"])
        // A rerun of n2 drops its rows from the recent tier.
        try Self.commit(store, night: "n2", [Self.canonical("c", text: Self.story(101))])
        #expect(try Self.matches(store, Self.story(100), night: "n3") == [])
        #expect(try Self.matches(store, Self.story(101), night: "n3") == ["c"])
        // Three more nights of two take the recent tier past an eighth.
        for night in 3...5 {
            try Self.commit(
                store,
                night: "n\(night)",
                (0..<2).map { Self.canonical("d\(night)-\($0)", text: Self.story(UInt64(200 + night * 10 + $0))) }
            )
        }
        #expect(try store.bandTierRows().recent == 0)
        #expect(try Self.matches(store, Self.story(101), night: "n6") == ["c"])
        try Self.commit(store, night: "n6", [Self.canonical("e", text: Self.story(300))])
        #expect(try store.bandTierRows().recent > 0)
        try store.compact()
        #expect(try store.bandTierRows().recent == 0)
        #expect(try Self.matches(store, Self.story(300), night: "n7") == ["e"])
        #expect(try Self.matches(store, Self.story(3), night: "n7") == ["a3"])
    }

    @Test func rerunningANightReplacesItsCanonicals() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = try SQLiteNightlyStore(directory: directory, access: .writer)
        try Self.commit(store, night: "n1", [Self.canonical("a", text: Self.story(1))])
        try Self.commit(store, night: "n2", [Self.canonical("b", text: Self.story(2))])
        try Self.commit(store, night: "n2", [Self.canonical("c", text: Self.story(3))])
        let overview = try store.overview(lastRuns: 10)
        #expect(overview.nights.map(\.label) == ["n1", "n2"])
        #expect(overview.nights.map(\.canonicals) == [1, 1])
        #expect(overview.lastRuns.count == 3)
        #expect(try Self.matches(store, Self.story(2), night: "n3") == [])
        #expect(try Self.matches(store, Self.story(3), night: "n3") == ["c"])
    }

    @Test func retentionDropsOldNightsAndTheirBandRows() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = try SQLiteNightlyStore(directory: directory, access: .writer)
        for night in 1...3 {
            try Self.commit(
                store,
                night: "n\(night)",
                [Self.canonical("s\(night)", text: Self.story(UInt64(night)), source: "s\(night % 2).test")],
                keep: 2
            )
        }
        let overview = try store.overview(lastRuns: 1)
        #expect(overview.nights.map(\.label) == ["n2", "n3"])
        #expect(overview.canonicalsPerSource.map(\.count).reduce(0, +) == 2)
        #expect(try Self.matches(store, Self.story(1), night: "n4") == [])
        #expect(try Self.matches(store, Self.story(2), night: "n4") == ["s2"])
        try store.compact()
    }

    @Test func aCommitWithOtherParametersIsRefused() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = try SQLiteNightlyStore(directory: directory, access: .writer)
        try Self.commit(store, night: "n1", [Self.canonical("a", text: Self.story(1))])
        var other = Self.parameters
        other.seed = 7
        #expect(throws: StateError.self) {
            try store.commit(
                NightCommit(
                    night: "n2",
                    parameters: other,
                    canonicals: [],
                    manifest: Self.manifest("n2", canonical: 0),
                    keepNights: nil
                ),
                hooks: CommitHooks()
            )
        }
        #expect(try store.overview(lastRuns: 5).nights.count == 1)
    }

    @Test func aSecondWriterIsRefusedAtOnceNamingTheFirst() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let first = try SQLiteNightlyStore(directory: directory, access: .writer)
        #expect(throws: StateError.locked(directory: directory, holder: "winnow process \(getpid())")) {
            _ = try SQLiteNightlyStore(directory: directory, access: .writer)
        }
        // A reader (winnow state) may look while the writer works.
        _ = try SQLiteNightlyStore(directory: directory, access: .reader).overview(lastRuns: 1)
        _ = first
    }

    @Test func aRunFoldsCopiesOfEarlierCanonicalsIntoDuplicatesJSONL() async throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let configuration = try PipelineConfiguration.parse(
            Array(
                #"{"version": 1, "stages": [{"stage": "normalize"}, {"stage": "dedup"}, {"stage": "canonical"}]}"#.utf8
            ),
            file: "test.json"
        )
        func run(_ night: String, _ records: [(String, String)]) async throws -> String {
            let input = directory.appending("\(night).jsonl")
            let lines = records.map { id, text in
                JSONValue.object(JSONObject(["id": .string(id), "text": .string(text)])).serialized()
            }
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: input))
            let store = try SQLiteNightlyStore(directory: directory.appending("state"), access: .writer)
            let output = directory.appending("out-\(night)")
            let summary = try await PipelineRunner(configuration: configuration).run(
                RunRequest(
                    inputs: [InputLocation(argument: input)],
                    outputDirectory: output,
                    jobs: 2,
                    nightly: NightlyRun(store: store, night: night)
                ),
                logger: Logger(label: "test")
            )
            #expect(summary.read == records.count)
            return try String(contentsOfFile: output.appending("duplicates.jsonl"), encoding: .utf8)
        }
        #expect(try await run("n1", [("a", Self.story(1)), ("b", Self.story(2))]) == "")
        let copy = Self.story(1) + " w1 w2 w3"
        let duplicates = try await run("n2", [("c", copy), ("d", Self.story(4)), ("e", copy)])
        let lines = duplicates.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.contains(#""canonical":"a","night":"n1""#) })
        #expect(lines.first?.hasPrefix(#"{"id":"c","#) == true)
        #expect(lines.last?.hasPrefix(#"{"id":"e","#) == true)
    }
}
