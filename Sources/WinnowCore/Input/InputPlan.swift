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
        /// A file of a kind winnow reads that cannot be opened (a symbolic
        /// link that loops or points nowhere): rejected with `reason`.
        case unreadable(path: String, id: String?, reason: String)
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
                        path: path,
                        reason: "winnow reads .txt, .html, .htm and .jsonl files, or a directory of them"
                    )
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
            case .unreadable: break
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

    private func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
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
            let kind = ArticleFileKind(fileName: relative)
            var info = stat()
            guard stat(path, &info) == 0 else {
                // A link that loops or dangles: a file named like an
                // article or feed is rejected with the reason, others are
                // listed as skipped like any file winnow does not read.
                let reason = String(cString: strerror(errno))
                if let kind {
                    let id = kind == .jsonl ? nil : (relative as NSString).deletingPathExtension
                    sources.append(
                        .unreadable(path: path, id: id, reason: "cannot open the file: \(reason.lowercased())")
                    )
                } else {
                    skippedFiles.append(path)
                }
                continue
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                // Directories are walked by the enumerator; a symbolic link
                // to one is not followed (it could lead back up, or out of
                // the input), and is listed as skipped.
                if isSymbolicLink(path) { skippedFiles.append(path) }
                continue
            }
            switch kind {
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
