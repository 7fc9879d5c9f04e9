import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A hidden scratch directory inside the output directory for the spools
/// that let a run keep texts on disk instead of in memory. It is removed
/// when the run ends, whether it succeeded or not.
final class WorkArea {
    let path: String

    init(inside directory: String) throws(RunError) {
        path = (directory as NSString).appendingPathComponent(".winnow-work-\(getpid())")
        do {
            try? FileManager.default.removeItem(atPath: path)
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        } catch {
            throw .outputUnwritable(
                path: directory,
                reason: "cannot create a work directory: \(error.localizedDescription)"
            )
        }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    func file(named name: String) -> String {
        (path as NSString).appendingPathComponent(name)
    }
}
