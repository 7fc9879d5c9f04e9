import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension FileHandle {
    /// Reads up to `count` bytes with as few `read(2)` calls as the file
    /// allows (Foundation's `read(upToCount:)` reads a page per call on
    /// Linux); fewer only at the end of the file, empty there.
    ///
    /// - Throws: `POSIXError` with the system's reason when a read fails.
    func readChunk(upToCount count: Int) throws -> Data {
        var data = Data(count: count)
        let descriptor = fileDescriptor
        let filled = try data.withUnsafeMutableBytes { (buffer: UnsafeMutableRawBufferPointer) throws -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            var filled = 0
            while filled < count {
                let result = systemRead(descriptor, base + filled, count - filled)
                if result > 0 {
                    filled += result
                } else if result == 0 {
                    break
                } else if errno != EINTR {
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
            }
            return filled
        }
        data.count = filled
        return data
    }
}

/// `read(2)`, named apart so that FileHandle's own `read` methods do not
/// hide it.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
