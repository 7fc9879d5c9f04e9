#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A whole file's bytes, read with `open`, `fstat` and `read` straight into
/// one array of the file's size: no `Data` in between, no zero-filling and
/// no second copy, which adds up when a run reads thousands of pages.
enum FileBytes {
    /// The file's bytes, or nil when it cannot be opened or read.
    static func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        // One byte more than the size, so that a file which grew since
        // `fstat` (or reports no size, as some special files do) is seen
        // and read on to its end.
        let capacity = max(0, Int(status.st_size)) + 1
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            if let filled = fill(buffer, from: descriptor) {
                count = filled
            } else {
                count = 0
                failed = true
            }
        }
        guard !failed else { return nil }
        guard bytes.count == capacity else { return bytes }
        var more = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            guard let filled = fill(&more, from: descriptor) else { return nil }
            bytes.append(contentsOf: more[0..<filled])
            if filled < more.count { return bytes }
        }
    }

    /// Reads into `buffer` until it is full or the file ends; the bytes
    /// read, or nil on an error other than an interrupted call.
    private static func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>, from descriptor: Int32) -> Int? {
        guard let base = buffer.baseAddress else { return 0 }
        var filled = 0
        while filled < buffer.count {
            let result = systemRead(descriptor, base + filled, buffer.count - filled)
            if result > 0 {
                filled += result
            } else if result == 0 {
                break
            } else if errno != EINTR {
                return nil
            }
        }
        return filled
    }

    private static func fill(_ array: inout [UInt8], from descriptor: Int32) -> Int? {
        array.withUnsafeMutableBufferPointer { fill($0, from: descriptor) }
    }
}

/// `read(2)`, named apart from ``FileBytes/read(_:)``.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
