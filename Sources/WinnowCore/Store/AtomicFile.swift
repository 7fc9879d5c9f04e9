import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written under a hidden temporary name next to its destination and
/// renamed into place only when complete, so a crash never leaves a half
/// file under the real name.
///
/// Writes are buffered (1 MiB). Call ``finish()`` when everything is
/// written, then ``commit()``; a writer that is never committed removes its
/// temporary file. A durable file is flushed to the disk before it is
/// renamed, so even a power cut leaves the old file or the whole new one.
final class AtomicFile {
    let destination: String
    let temporaryPath: String
    /// Whether ``finish()`` flushes the file to the disk (not needed for a
    /// scratch file that a crash makes useless anyway).
    let durable: Bool
    private var handle: FileHandle?
    private var buffer: [UInt8] = []
    private var committed = false
    private static let bufferLimit = 1 << 20

    init(destination: String, durable: Bool = true) throws(RunError) {
        self.durable = durable
        let directory = (destination as NSString).deletingLastPathComponent
        let name = (destination as NSString).lastPathComponent
        self.destination = destination
        temporaryPath = (directory as NSString).appendingPathComponent(".\(name).winnow-tmp-\(getpid())")
        guard FileManager.default.createFile(atPath: temporaryPath, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporaryPath)
        else {
            throw .outputUnwritable(path: directory.isEmpty ? "." : directory, reason: "cannot create \(temporaryPath)")
        }
        self.handle = handle
    }

    deinit {
        if !committed { discard() }
    }

    func write(_ text: String) throws(RunError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.bufferLimit { try flush() }
    }

    func write(bytes: some Collection<UInt8>) throws(RunError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.bufferLimit { try flush() }
    }

    /// Writes `text` and a line feed.
    func writeLine(_ text: String) throws(RunError) {
        try write(text)
        try write("\n")
    }

    /// Flushes and closes the temporary file; the data is then complete but
    /// not yet under its real name.
    func finish() throws(RunError) {
        try flush()
        do {
            if durable { try handle?.synchronize() }
            try handle?.close()
        } catch {
            throw .outputUnwritable(path: temporaryPath, reason: error.localizedDescription)
        }
        handle = nil
    }

    /// Renames the finished file to its destination, replacing any old one.
    func commit() throws(RunError) {
        if handle != nil { try finish() }
        guard rename(temporaryPath, destination) == 0 else {
            throw .outputUnwritable(path: destination, reason: String(cString: strerror(errno)))
        }
        committed = true
    }

    /// Closes and deletes the temporary file.
    func discard() {
        try? handle?.close()
        handle = nil
        unlink(temporaryPath)
    }

    private func flush() throws(RunError) {
        guard !buffer.isEmpty, let handle else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw .outputUnwritable(path: temporaryPath, reason: error.localizedDescription)
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
