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
    /// The nightly state cannot be used (locked, other parameters, a
    /// database failure).
    case state(StateError)
    /// `--state` was given to a pipeline without a `dedup` stage.
    case stateWithoutDedup(configuration: String)

    public var description: String {
        switch self {
        case .inputNotFound(let path):
            "input '\(path)' does not exist"
        case .inputUnreadable(let path, let reason):
            "cannot read input '\(path)': \(reason)"
        case .outputUnwritable(let path, let reason):
            "cannot write output to '\(path)': \(reason)"
        case .state(let error):
            error.description
        case .stateWithoutDedup(let configuration):
            "--state keeps the signatures of canonical records, but \(configuration) has no 'dedup' stage; add {\"stage\": \"dedup\"} or run without --state"
        }
    }
}
