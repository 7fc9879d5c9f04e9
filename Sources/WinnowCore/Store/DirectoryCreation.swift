import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why an output directory could not be created, said in terms of the
/// path (Foundation's error says only "The operation could not be
/// completed", or gives an error number).
enum DirectoryCreation {
    /// Walks `path` from the root: the first component that is a file, or
    /// the system's reason why the first missing one cannot be made.
    static func failureReason(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var prefix = ""
        for component in absolute.split(separator: "/") {
            prefix += "/" + component
            var info = stat()
            if stat(prefix, &info) == 0 {
                if info.st_mode & S_IFMT != S_IFDIR { return "'\(prefix)' is a file, not a directory" }
                continue
            }
            if mkdir(prefix, 0o755) != 0 {
                return "cannot create '\(prefix)': \(String(cString: strerror(errno)).lowercased())"
            }
        }
        return "cannot create the directory"
    }
}
