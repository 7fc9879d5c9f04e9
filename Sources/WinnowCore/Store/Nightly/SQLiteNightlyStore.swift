import Foundation
import GRDB

/// The embedded nightly store: one SQLite database, `DIR/state.sqlite`,
/// through GRDB, next to the `DIR/lock` of its one writer.
///
/// Tables: `parameter` (the dedup parameters), `night` (label and order),
/// `canonical` (identity, counts, signature and band keys as blobs, never
/// the text), `band` and `recentBand` (band key → canonical, the index
/// tonight's records are looked up in), `run` (one manifest per completed
/// run).
///
/// The band index has two tiers, as a log-structured merge tree does: a
/// night's rows go into the small `recentBand`, so its commit touches few
/// pages whatever the size of the history, and `recentBand` is merged
/// into `band` (in key order) in the commit that takes it past
/// 1/``mergeRatio`` of all canonicals, or by `winnow state DIR --compact`.
/// Lookups read both tiers, so where a row lives never changes a result.
public final class SQLiteNightlyStore: NightlyStore {
    public static let databaseName = "state.sqlite"

    /// How the store is opened.
    public enum Access: Sendable {
        /// For a run or a compaction: takes the writer's lock.
        case writer
        /// For inspection: no lock, nothing written.
        case reader
    }

    public let directory: String
    public var location: String { directory }
    private let queue: DatabaseQueue
    private let lock: StateLock?

    /// Opens (creating it for a writer when needed) the state in `directory`.
    public init(directory: String, access: Access) throws(StateError) {
        self.directory = directory
        let files = FileManager.default
        let databasePath = (directory as NSString).appendingPathComponent(Self.databaseName)
        switch access {
        case .writer:
            do {
                try files.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw .unusable(directory: directory, reason: error.localizedDescription)
            }
            lock = try StateLock(directory: directory)
        case .reader:
            guard files.fileExists(atPath: databasePath) else {
                throw .unusable(
                    directory: directory,
                    reason: "no \(Self.databaseName) there (no run has used it as --state)"
                )
            }
            lock = nil
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.readonly = access == .reader
        configuration.label = "winnow-state"
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        do {
            queue = try DatabaseQueue(path: databasePath, configuration: configuration)
            if access == .writer { try Self.migrator.migrate(queue) }
        } catch {
            throw .unusable(directory: directory, reason: "\(error)")
        }
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("nightly-1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE parameter (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
                    CREATE TABLE night (sequence INTEGER PRIMARY KEY, label TEXT NOT NULL UNIQUE);
                    CREATE TABLE canonical (
                        key INTEGER PRIMARY KEY,
                        night INTEGER NOT NULL REFERENCES night(sequence),
                        record TEXT NOT NULL,
                        source TEXT,
                        url TEXT,
                        published TEXT,
                        shingles INTEGER NOT NULL,
                        words INTEGER NOT NULL,
                        signature BLOB NOT NULL,
                        bandKeys BLOB NOT NULL);
                    CREATE INDEX canonical_by_night ON canonical(night);
                    CREATE TABLE band (
                        key INTEGER NOT NULL,
                        canonical INTEGER NOT NULL,
                        PRIMARY KEY (key, canonical)) WITHOUT ROWID;
                    CREATE TABLE run (
                        number INTEGER PRIMARY KEY,
                        night TEXT NOT NULL,
                        status TEXT NOT NULL,
                        started TEXT NOT NULL,
                        finished TEXT NOT NULL,
                        configurationHash TEXT NOT NULL,
                        inputFingerprint TEXT NOT NULL,
                        read INTEGER NOT NULL,
                        canonical INTEGER NOT NULL,
                        folded INTEGER NOT NULL,
                        earlier INTEGER NOT NULL,
                        rejected INTEGER NOT NULL,
                        stageSeconds TEXT NOT NULL);
                    """
            )
        }
        migrator.registerMigration("nightly-2-band-tiers") { db in
            try db.execute(
                sql: """
                    CREATE TABLE recentBand (
                        key INTEGER NOT NULL,
                        canonical INTEGER NOT NULL,
                        PRIMARY KEY (key, canonical)) WITHOUT ROWID;
                    CREATE TABLE bandTier (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
                    INSERT INTO bandTier (name, value) VALUES ('mergedThrough', (SELECT IFNULL(MAX(key), 0) FROM canonical));
                    """
            )
        }
        migrator.registerMigration("nightly-3-furniture") { db in
            try db.execute(
                sql: """
                    CREATE TABLE furnitureSource (
                        night INTEGER NOT NULL REFERENCES night(sequence),
                        source TEXT NOT NULL,
                        articles INTEGER NOT NULL,
                        PRIMARY KEY (night, source)) WITHOUT ROWID;
                    CREATE TABLE furnitureLine (
                        night INTEGER NOT NULL,
                        source TEXT NOT NULL,
                        hash INTEGER NOT NULL,
                        count INTEGER NOT NULL,
                        PRIMARY KEY (night, source, hash)) WITHOUT ROWID;
                    """
            )
        }
        return migrator
    }

    // MARK: NightlyStore

    public func parameters() throws(StateError) -> DedupParameters? {
        try database("read the dedup parameters") {
            try queue.read { db in try Self.parameters(db) }
        }
    }

    private static func parameters(_ db: Database) throws -> DedupParameters? {
        let rows = try Row.fetchAll(db, sql: "SELECT name, value FROM parameter")
        guard !rows.isEmpty else { return nil }
        var values: [String: Int] = [:]
        for row in rows { values[row["name"]] = row["value"] }
        return DedupParameters(
            shingleSize: values["shingleSize"] ?? 0,
            permutations: values["permutations"] ?? 0,
            seed: values["seed"] ?? 0,
            bands: values["bands"] ?? 0,
            rows: values["rows"] ?? 0
        )
    }

    public func night(_ label: String) throws(StateError) -> NightPosition {
        try database("look up night '\(label)'") {
            try queue.read { db in
                if let sequence = try Int.fetchOne(
                    db,
                    sql: "SELECT sequence FROM night WHERE label = ?",
                    arguments: [label]
                ) {
                    return NightPosition(label: label, sequence: sequence, isRerun: true)
                }
                let last = try Int.fetchOne(db, sql: "SELECT MAX(sequence) FROM night") ?? 0
                return NightPosition(label: label, sequence: last + 1, isRerun: false)
            }
        }
    }

    public func earlierCanonicals(
        sharing keys: [UInt64],
        before night: NightPosition
    ) throws(StateError)
        -> [[StoredCanonicalID]]
    {
        try database("look up band keys") {
            try queue.read { db in
                let statement = try db.cachedStatement(
                    sql: """
                        SELECT tiers.canonical FROM (
                            SELECT canonical FROM band WHERE key = ?1
                            UNION ALL SELECT canonical FROM recentBand WHERE key = ?1) AS tiers
                        JOIN canonical ON canonical.key = tiers.canonical
                        WHERE canonical.night < ?2 ORDER BY tiers.canonical
                        """
                )
                // In key order, each key once: the index's pages are then
                // visited in order, not at random.
                var result = [[StoredCanonicalID]](repeating: [], count: keys.count)
                let order = keys.indices.sorted { keys[$0] < keys[$1] }
                var previous: (key: UInt64, found: [StoredCanonicalID])?
                for position in order {
                    let key = keys[position]
                    if let previous, previous.key == key {
                        result[position] = previous.found
                        continue
                    }
                    let found = try Int64.fetchAll(statement, arguments: [Int64(bitPattern: key), night.sequence])
                        .map(StoredCanonicalID.init)
                    result[position] = found
                    previous = (key, found)
                }
                return result
            }
        }
    }

    public func canonicals(
        _ canonicals: [StoredCanonicalID]
    ) throws(StateError) -> [StoredCanonicalID: EarlierCanonical] {
        try database("read earlier canonicals") {
            try queue.read { db in
                let statement = try db.cachedStatement(
                    sql: """
                        SELECT canonical.record, night.label, night.sequence, canonical.shingles, canonical.words,
                               canonical.signature
                        FROM canonical JOIN night ON night.sequence = canonical.night WHERE canonical.key = ?
                        """
                )
                var result: [StoredCanonicalID: EarlierCanonical] = [:]
                for canonical in canonicals {
                    guard let row = try Row.fetchOne(statement, arguments: [canonical.rawValue]) else { continue }
                    let signature: Data = row[5]
                    result[canonical] = EarlierCanonical(
                        id: row[0],
                        night: row[1],
                        nightSequence: row[2],
                        sketch: DedupSketch(
                            signature: MinHashSignature(values: Self.words(signature)),
                            shingleCount: row[3],
                            wordCount: row[4]
                        )
                    )
                }
                return result
            }
        }
    }

    public func commit(_ commit: NightCommit, hooks: CommitHooks) throws(StateError) {
        if let stored = try parameters(), stored != commit.parameters {
            throw .parametersDiffer(
                directory: directory,
                differences: stored.differences(from: commit.parameters).map { "\($0.name) is \($0.mine) in the state" }
            )
        }
        try database("commit night '\(commit.night)'") {
            try queue.write { db in
                if try Self.parameters(db) == nil {
                    for (name, value) in commit.parameters.named {
                        try db.execute(
                            sql: "INSERT INTO parameter (name, value) VALUES (?, ?)",
                            arguments: [name, value]
                        )
                    }
                }
                let sequence: Int
                if let existing = try Int.fetchOne(
                    db,
                    sql: "SELECT sequence FROM night WHERE label = ?",
                    arguments: [commit.night]
                ) {
                    sequence = existing
                    try Self.dropCanonicals(ofNight: existing, db)
                } else {
                    sequence = (try Int.fetchOne(db, sql: "SELECT MAX(sequence) FROM night") ?? 0) + 1
                    try db.execute(
                        sql: "INSERT INTO night (sequence, label) VALUES (?, ?)",
                        arguments: [sequence, commit.night]
                    )
                }
                let insertCanonical = try db.cachedStatement(
                    sql: """
                        INSERT INTO canonical (night, record, source, url, published, shingles, words, signature, bandKeys)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """
                )
                let insertBand = try db.cachedStatement(
                    sql: "INSERT OR IGNORE INTO recentBand (key, canonical) VALUES (?, ?)"
                )
                var bands: [(key: Int64, canonical: Int64)] = []
                bands.reserveCapacity(commit.canonicals.count * commit.parameters.bands)
                for canonical in commit.canonicals {
                    try insertCanonical.execute(arguments: [
                        sequence, canonical.id, canonical.source, canonical.url, canonical.published,
                        Int64(canonical.sketch.shingleCount), Int64(canonical.sketch.wordCount),
                        Self.blob(canonical.sketch.signature.values), Self.blob(canonical.bandKeys),
                    ])
                    let key = db.lastInsertedRowID
                    for band in canonical.bandKeys { bands.append((Int64(bitPattern: band), key)) }
                }
                // In key order, so the index grows page by page, not at random.
                bands.sort { ($0.key, $0.canonical) < ($1.key, $1.canonical) }
                for band in bands { try insertBand.execute(arguments: [band.key, band.canonical]) }
                let manifest = commit.manifest
                try db.execute(
                    sql: """
                        INSERT INTO run (night, status, started, finished, configurationHash, inputFingerprint, read,
                                         canonical, folded, earlier, rejected, stageSeconds)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        manifest.night, manifest.status, manifest.started, manifest.finished,
                        manifest.configurationHash,
                        manifest.inputFingerprint, manifest.read, manifest.canonical, manifest.folded,
                        manifest.earlierNightDuplicates, manifest.rejected, Self.encode(manifest.stageSeconds),
                    ]
                )
                if let keep = commit.keepNights {
                    let old = try Int.fetchAll(
                        db,
                        sql: "SELECT sequence FROM night ORDER BY sequence DESC LIMIT -1 OFFSET ?",
                        arguments: [keep]
                    )
                    for night in old {
                        try Self.dropCanonicals(ofNight: night, db)
                        try db.execute(sql: "DELETE FROM night WHERE sequence = ?", arguments: [night])
                    }
                }
                let insertSource = try db.cachedStatement(
                    sql: "INSERT INTO furnitureSource (night, source, articles) VALUES (?, ?, ?)"
                )
                let insertLine = try db.cachedStatement(
                    sql: "INSERT INTO furnitureLine (night, source, hash, count) VALUES (?, ?, ?, ?)"
                )
                for (source, stored) in commit.furniture.sorted(by: { $0.key < $1.key }) {
                    try insertSource.execute(arguments: [sequence, source, stored.articles])
                    for (hash, count) in stored.lines.sorted(by: { $0.key < $1.key }) {
                        try insertLine.execute(arguments: [sequence, source, Int64(bitPattern: hash), count])
                    }
                }
                try Self.mergeBandTiersIfDue(db)
                hooks.insideTransaction()
            }
        }
    }

    /// Recent canonicals past which a commit merges the band tiers: one in
    /// `mergeRatio` of all canonicals.
    public static let mergeRatio = 8

    /// Merges `recentBand` into `band` when it holds more than
    /// 1/``mergeRatio`` of the canonicals (or `always`).
    private static func mergeBandTiersIfDue(_ db: Database, always: Bool = false) throws {
        let mergedThrough =
            try Int64.fetchOne(db, sql: "SELECT value FROM bandTier WHERE name = 'mergedThrough'") ?? 0
        let recent =
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM canonical WHERE key > ?", arguments: [mergedThrough]) ?? 0
        guard recent > 0 || always else { return }
        let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM canonical") ?? 0
        guard always || recent * mergeRatio > total else { return }
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO band (key, canonical) SELECT key, canonical FROM recentBand ORDER BY key, canonical;
                DELETE FROM recentBand;
                INSERT OR REPLACE INTO bandTier (name, value) VALUES ('mergedThrough', (SELECT IFNULL(MAX(key), 0) FROM canonical));
                """
        )
    }

    /// Rows in each tier of the band index (for tests and inspection).
    func bandTierRows() throws(StateError) -> (main: Int, recent: Int) {
        try database("count band rows") {
            try queue.read { db in
                (
                    try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM band") ?? 0,
                    try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM recentBand") ?? 0
                )
            }
        }
    }

    /// Deletes a night's canonicals and their band rows (point deletes
    /// through each canonical's own keys: no scan of the band index).
    private static func dropCanonicals(ofNight night: Int, _ db: Database) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT key, bandKeys FROM canonical WHERE night = ?", arguments: [night])
        let deleteBand = try db.cachedStatement(sql: "DELETE FROM band WHERE key = ? AND canonical = ?")
        let deleteRecentBand = try db.cachedStatement(sql: "DELETE FROM recentBand WHERE key = ? AND canonical = ?")
        for row in rows {
            let key: Int64 = row[0]
            let bandKeys: Data = row[1]
            for band in Self.longs(bandKeys) {
                try deleteBand.execute(arguments: [Int64(bitPattern: band), key])
                try deleteRecentBand.execute(arguments: [Int64(bitPattern: band), key])
            }
        }
        try db.execute(sql: "DELETE FROM canonical WHERE night = ?", arguments: [night])
        try db.execute(sql: "DELETE FROM furnitureSource WHERE night = ?", arguments: [night])
        try db.execute(sql: "DELETE FROM furnitureLine WHERE night = ?", arguments: [night])
    }

    public func furniture(before night: NightPosition) throws(StateError) -> [String: StoredFurniture] {
        try database("read learned furniture") {
            try queue.read { db in
                var result: [String: StoredFurniture] = [:]
                for row in try Row.fetchAll(
                    db,
                    sql: "SELECT source, SUM(articles) FROM furnitureSource WHERE night < ? GROUP BY source",
                    arguments: [night.sequence]
                ) {
                    result[row[0]] = StoredFurniture(articles: row[1], lines: [:])
                }
                for row in try Row.fetchAll(
                    db,
                    sql: "SELECT source, hash, SUM(count) FROM furnitureLine WHERE night < ? GROUP BY source, hash",
                    arguments: [night.sequence]
                ) {
                    let source: String = row[0]
                    let hash: Int64 = row[1]
                    result[source, default: StoredFurniture(articles: 0, lines: [:])].lines[UInt64(bitPattern: hash)] =
                        row[2]
                }
                return result
            }
        }
    }

    public func overview(lastRuns: Int) throws(StateError) -> StateOverview {
        let bytes = ["", "-journal", "-wal", "-shm"].reduce(0) { total, suffix in
            let path = (directory as NSString).appendingPathComponent(Self.databaseName + suffix)
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
            return total + (size ?? 0)
        }
        return try database("read the state") {
            try queue.read { db in
                let nights = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT night.label, night.sequence, COUNT(canonical.key) FROM night
                        LEFT JOIN canonical ON canonical.night = night.sequence
                        GROUP BY night.sequence ORDER BY night.sequence
                        """
                ).map { StateOverview.Night(label: $0[0], sequence: $0[1], canonicals: $0[2]) }
                let sources = try Row.fetchAll(
                    db,
                    sql: "SELECT source, COUNT(*) FROM canonical GROUP BY source ORDER BY COUNT(*) DESC, source"
                ).map { (source: $0[0] as String?, count: $0[1] as Int) }
                let runs = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT night, status, started, finished, configurationHash, inputFingerprint, read, canonical,
                               folded, earlier, rejected, stageSeconds
                        FROM run ORDER BY number DESC LIMIT ?
                        """,
                    arguments: [lastRuns]
                ).map { row in
                    RunManifest(
                        night: row[0],
                        status: row[1],
                        started: row[2],
                        finished: row[3],
                        configurationHash: row[4],
                        inputFingerprint: row[5],
                        read: row[6],
                        canonical: row[7],
                        folded: row[8],
                        earlierNightDuplicates: row[9],
                        rejected: row[10],
                        stageSeconds: Self.decode(row[11])
                    )
                }
                return StateOverview(
                    bytes: bytes,
                    parameters: try Self.parameters(db),
                    nights: nights,
                    canonicalsPerSource: sources,
                    lastRuns: runs
                )
            }
        }
    }

    public func compact() throws(StateError) {
        try database("compact") {
            try queue.write { db in try Self.mergeBandTiersIfDue(db, always: true) }
            try queue.writeWithoutTransaction { db in try db.execute(sql: "VACUUM") }
        }
    }

    // MARK: Encoding

    private func database<T>(_ operation: String, _ body: () throws -> T) throws(StateError) -> T {
        do {
            return try body()
        } catch let error as StateError {
            throw error
        } catch {
            throw .database(operation: operation, reason: "\(error)")
        }
    }

    /// Little-endian bytes of `values`.
    static func blob<Value: FixedWidthInteger>(_ values: [Value]) -> Data {
        var data = Data(capacity: values.count * MemoryLayout<Value>.size)
        for value in values { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        return data
    }

    static func words(_ data: Data) -> [UInt32] { values(data) }
    static func longs(_ data: Data) -> [UInt64] { values(data) }

    private static func values<Value: FixedWidthInteger>(_ data: Data) -> [Value] {
        let size = MemoryLayout<Value>.size
        return data.withUnsafeBytes { bytes in
            (0..<bytes.count / size).map {
                Value(littleEndian: bytes.loadUnaligned(fromByteOffset: $0 * size, as: Value.self))
            }
        }
    }

    /// Stage timings as `name=seconds` pairs separated by spaces.
    private static func encode(_ timings: [RunManifest.StageSeconds]) -> String {
        timings.map { "\($0.stage)=\(String(format: "%.3f", $0.seconds))" }.joined(separator: " ")
    }

    private static func decode(_ text: String) -> [RunManifest.StageSeconds] {
        text.split(separator: " ").compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, let seconds = Double(parts[1]) else { return nil }
            return RunManifest.StageSeconds(stage: String(parts[0]), seconds: seconds)
        }
    }
}
