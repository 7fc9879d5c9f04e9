import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The one-writer lock of a state directory: an exclusive `flock` on
/// `DIR/lock`, which holds the pid of its holder. The kernel releases it
/// when the process ends however it ends (kill -9 included), so a crash
/// never leaves a stale lock behind.
final class StateLock: Sendable {
    private let descriptor: Int32

    /// Takes the lock or fails at once, naming the process that holds it.
    init(directory: String) throws(StateError) {
        let path = (directory as NSString).appendingPathComponent("lock")
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .unusable(directory: directory, reason: "cannot open \(path): \(String(cString: strerror(errno)))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let reason = errno
            var buffer = [UInt8](repeating: 0, count: 64)
            let count = read(descriptor, &buffer, buffer.count)
            close(descriptor)
            guard reason == EWOULDBLOCK else {
                throw .unusable(
                    directory: directory,
                    reason: "cannot lock \(path): \(String(cString: strerror(reason)))"
                )
            }
            let pid = String(decoding: buffer.prefix(max(0, count)), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            throw .locked(directory: directory, holder: pid.isEmpty ? "another process" : "winnow process \(pid)")
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pwrite(descriptor, pid, pid.count, 0)
        self.descriptor = descriptor
    }

    deinit {
        _ = ftruncate(descriptor, 0)
        close(descriptor)
    }
}
