/// Where records come from: a file, a directory, or standard input.
public enum InputLocation: Sendable, Hashable, CustomStringConvertible {
    case path(String)
    case standardInput

    /// `-` means standard input; anything else is a path.
    public init(argument: String) {
        self = argument == "-" ? .standardInput : .path(argument)
    }

    public var description: String {
        switch self {
        case .path(let path): path
        case .standardInput: "-"
        }
    }
}

/// The kinds of article files winnow reads.
public enum ArticleFileKind: Sendable, Hashable {
    case text
    case html
    case jsonl

    /// The kind for a file name's extension (case-insensitive), or nil for
    /// files that are not read.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "txt": self = .text
        case "html", "htm": self = .html
        case "jsonl": self = .jsonl
        default: return nil
        }
    }
}
