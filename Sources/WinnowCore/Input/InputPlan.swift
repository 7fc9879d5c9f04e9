import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The files a run will read, listed before any of them is opened so that a
/// missing input path stops the run before it writes anything.
struct InputPlan: Sendable {
    enum Source: Sendable, Hashable {
        /// One `.txt` or `.html` file holding one article.
        case article(path: String, id: String, kind: ArticleFileKind)
        /// A JSON Lines file of records.
        case jsonl(path: String)
        /// JSON Lines on standard input.
        case standardInput
    }

    var sources: [Source] = []
    /// Files inside input directories that winnow does not read.
    var skippedFiles: [String] = []

    /// Lists the sources of `locations`, in the order given; a directory's
    /// files are read recursively in path order, hidden files left out.
    static func resolve(_ locations: [InputLocation]) throws(RunError) -> InputPlan {
        var plan = InputPlan()
        let files = FileManager.default
        for location in locations {
            guard case .path(let path) = location else {
                plan.sources.append(.standardInput)
                continue
            }
            var isDirectory: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .inputNotFound(path: path)
            }
            guard files.isReadableFile(atPath: path) else {
                throw .inputUnreadable(path: path, reason: "permission denied")
            }
            if isDirectory.boolValue {
                try plan.addDirectory(path)
            } else {
                let name = (path as NSString).lastPathComponent
                switch ArticleFileKind(fileName: name) {
                case .jsonl?:
                    plan.sources.append(.jsonl(path: path))
                case let kind?:
                    plan.sources.append(.article(path: path, id: (name as NSString).deletingPathExtension, kind: kind))
                case nil:
                    throw .inputUnreadable(
                        path: path, reason: "winnow reads .txt, .html, .htm and .jsonl files, or a directory of them")
                }
            }
        }
        return plan
    }

    /// The size of every input file added up, for an estimate of the time
    /// left; nil when standard input is read (its size is unknown).
    func totalBytes() -> Int? {
        var total = 0
        for source in sources {
            switch source {
            case .article(let path, _, _), .jsonl(let path): total += Self.fileSize(path) ?? 0
            case .standardInput: return nil
            }
        }
        return total
    }

    /// The size of a file in bytes, nil when it cannot be examined.
    static func fileSize(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    private mutating func addDirectory(_ directory: String) throws(RunError) {
        let files = FileManager.default
        guard let enumerator = files.enumerator(atPath: directory) else {
            throw .inputUnreadable(path: directory, reason: "cannot list the directory")
        }
        var relativePaths: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                if enumerator.fileAttributes?[.type] as? FileAttributeType == .typeDirectory {
                    enumerator.skipDescendants()
                }
                continue
            }
            relativePaths.append(relative)
        }
        for relative in relativePaths.sorted() {
            let path = (directory as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            switch ArticleFileKind(fileName: relative) {
            case .jsonl?:
                sources.append(.jsonl(path: path))
            case let kind?:
                sources.append(.article(path: path, id: (relative as NSString).deletingPathExtension, kind: kind))
            case nil:
                skippedFiles.append(path)
            }
        }
    }
}
