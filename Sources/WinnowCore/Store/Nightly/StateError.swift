/// A problem with the nightly state; every one stops the run before it
/// changes anything.
public enum StateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Another process holds the state.
    case locked(directory: String, holder: String)
    /// The state directory cannot be created, opened or read.
    case unusable(directory: String, reason: String)
    /// The database refused an operation.
    case database(operation: String, reason: String)
    /// The state was built with other dedup parameters.
    case parametersDiffer(directory: String, differences: [String])

    public var description: String {
        switch self {
        case .locked(let directory, let holder):
            "state '\(directory)' is in use by \(holder); wait for it to finish (one run per state at a time)"
        case .unusable(let directory, let reason):
            "cannot use state '\(directory)': \(reason)"
        case .database(let operation, let reason):
            "state database failed to \(operation): \(reason)"
        case .parametersDiffer(let directory, let differences):
            "pipeline.json's dedup parameters differ from those state '\(directory)' was built with: "
                + differences.joined(separator: ", ")
                + "; set them back, or rebuild: move the state away and rerun the nights you need with --state pointing at a new directory"
        }
    }
}
