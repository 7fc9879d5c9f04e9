/// A run that keeps a nightly state: tonight is deduplicated against the
/// canonicals of every earlier night in `store`, and its own canonicals
/// are committed there before the outputs are renamed into place.
public struct NightlyRun: Sendable {
    public var store: any NightlyStore
    /// The night's label (`--night`); rerunning a label replaces that
    /// night's canonicals and compares only with the nights before it.
    public var night: String
    /// Keep the canonicals of only this many most recent nights.
    public var keepNights: Int?
    /// A test hook: on reaching this point the process kills itself with
    /// SIGKILL, as a crash would (`WINNOW_CRASH_AT` in the CLI).
    public var crashPoint: CrashPoint?

    public init(store: any NightlyStore, night: String, keepNights: Int? = nil, crashPoint: CrashPoint? = nil) {
        self.store = store
        self.night = night
        self.keepNights = keepNights
        self.crashPoint = crashPoint
    }
}

/// The points of a nightly run's end at which the crash tests stop it.
public enum CrashPoint: String, Sendable, CaseIterable {
    /// Every output is written under its temporary name; nothing committed.
    case beforeCommit = "before-commit"
    /// Inside the state's transaction, every row written, not committed.
    case insideCommit = "inside-commit"
    /// The state is committed, no output renamed yet.
    case afterCommit = "after-commit"
    /// One output renamed into place, the others not.
    case duringRename = "during-rename"
}
