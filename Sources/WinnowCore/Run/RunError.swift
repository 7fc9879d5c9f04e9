/// A problem that stops a run: an input path that cannot be read or an
/// output directory that cannot be written. Bad records never stop a run;
/// they are rejected one by one.
public enum RunError: Error, Sendable, Equatable, CustomStringConvertible {
    /// An `--input` path does not exist.
    case inputNotFound(path: String)
    /// An `--input` path exists but cannot be read.
    case inputUnreadable(path: String, reason: String)
    /// The output directory cannot be created or written.
    case outputUnwritable(path: String, reason: String)

    public var description: String {
        switch self {
        case .inputNotFound(let path):
            "input '\(path)' does not exist"
        case .inputUnreadable(let path, let reason):
            "cannot read input '\(path)': \(reason)"
        case .outputUnwritable(let path, let reason):
            "cannot write output to '\(path)': \(reason)"
        }
    }
}
