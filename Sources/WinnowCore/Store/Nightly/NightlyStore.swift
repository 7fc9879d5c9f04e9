/// The persistent state of nightly runs: the canonicals of earlier nights
/// (their sketches and band keys, never their texts), the dedup parameters
/// they were signed with, and a manifest per run.
///
/// ``SQLiteNightlyStore`` (SQLite through GRDB) is the embedded default; a
/// server-backed store (PostgreSQL) can conform for users whose state
/// outgrows one machine. A conformer admits one writer at a time: opening it
/// for a run takes that right or fails at once, naming the holder.
public protocol NightlyStore: Sendable {
    /// Where the state is, for messages (a directory, a server's address).
    var location: String { get }

    /// The dedup parameters the state was built with; nil for a state no
    /// run has committed to yet.
    func parameters() throws(StateError) -> DedupParameters?

    /// Where `label` stands among the nights: its place when it already
    /// ran (a rerun), or after every stored night when it is new.
    func night(_ label: String) throws(StateError) -> NightPosition

    /// The canonicals of nights before `night` that share a band key with
    /// one of `keys` (the band join, through an index: the cost follows the
    /// number of keys, not the size of the state).
    ///
    /// - Returns: For each key, in order, the matching canonicals.
    func earlierCanonicals(
        sharing keys: [UInt64],
        before night: NightPosition
    ) throws(StateError) -> [[StoredCanonicalID]]

    /// What the `boilerplate` stage learned per source on the nights before
    /// `night`, summed over them.
    func furniture(before night: NightPosition) throws(StateError) -> [String: StoredFurniture]

    /// The sketches and identities of `canonicals`.
    func canonicals(_ canonicals: [StoredCanonicalID]) throws(StateError) -> [StoredCanonicalID: EarlierCanonical]

    /// Writes a night in one transaction: its canonicals replace any of an
    /// earlier run of the same night, the manifest is added, nights beyond
    /// the retention are dropped. Either all of it is stored or none.
    func commit(_ night: NightCommit, hooks: CommitHooks) throws(StateError)

    /// What the state holds, for `winnow state`.
    func overview(lastRuns: Int) throws(StateError) -> StateOverview

    /// Rebuilds the store's files to their smallest size.
    func compact() throws(StateError)
}

/// The position of a night among the stored ones; canonicals of positions
/// below it are "earlier".
public struct NightPosition: Sendable, Hashable {
    public var label: String
    /// The night's sequence number (order of first run).
    public var sequence: Int
    /// Whether the night already completed once on this state.
    public var isRerun: Bool

    public init(label: String, sequence: Int, isRerun: Bool) {
        self.label = label
        self.sequence = sequence
        self.isRerun = isRerun
    }
}

/// A stored canonical's key in the store.
public struct StoredCanonicalID: Sendable, Hashable, Comparable {
    public var rawValue: Int64

    public init(_ rawValue: Int64) {
        self.rawValue = rawValue
    }

    public static func < (lhs: StoredCanonicalID, rhs: StoredCanonicalID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// What a run compares tonight's records with: a canonical of an earlier
/// night.
public struct EarlierCanonical: Sendable, Hashable {
    public var id: String
    public var night: String
    public var nightSequence: Int
    public var sketch: DedupSketch

    public init(id: String, night: String, nightSequence: Int, sketch: DedupSketch) {
        self.id = id
        self.night = night
        self.nightSequence = nightSequence
        self.sketch = sketch
    }
}

/// A canonical of tonight, as stored: identity and what dedup needs.
public struct NightCanonical: Sendable, Hashable {
    public var id: String
    public var source: String?
    public var url: String?
    public var published: String?
    public var sketch: DedupSketch
    /// One key per band (``BandIndex/bandKeys(of:)``).
    public var bandKeys: [UInt64]

    public init(id: String, source: String?, url: String?, published: String?, sketch: DedupSketch, bandKeys: [UInt64])
    {
        self.id = id
        self.source = source
        self.url = url
        self.published = published
        self.sketch = sketch
        self.bandKeys = bandKeys
    }
}

/// Everything one completed run stores.
public struct NightCommit: Sendable {
    public var night: String
    public var parameters: DedupParameters
    public var canonicals: [NightCanonical]
    public var manifest: RunManifest
    /// Keep only the canonicals of this many most recent nights; nil keeps all.
    public var keepNights: Int?
    /// What the `boilerplate` stage counted tonight, per source.
    public var furniture: [String: StoredFurniture]

    public init(
        night: String,
        parameters: DedupParameters,
        canonicals: [NightCanonical],
        manifest: RunManifest,
        keepNights: Int?,
        furniture: [String: StoredFurniture] = [:]
    ) {
        self.night = night
        self.parameters = parameters
        self.canonicals = canonicals
        self.manifest = manifest
        self.keepNights = keepNights
        self.furniture = furniture
    }
}

/// Called at fixed points of a commit (the crash tests stop the process
/// there).
public struct CommitHooks: Sendable {
    /// Every row is written, the transaction not yet committed.
    public var insideTransaction: @Sendable () -> Void

    public init(insideTransaction: @escaping @Sendable () -> Void = {}) {
        self.insideTransaction = insideTransaction
    }
}
