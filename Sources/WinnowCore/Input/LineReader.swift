import Foundation

/// Reads a file (or standard input) line by line in 1 MiB chunks, so a
/// JSONL file of any size streams. Lines come without their `\n` or `\r\n`.
final class LineReader {
    private let handle: FileHandle
    private let ownsHandle: Bool
    private var buffer: [UInt8] = []
    private var start = 0
    private var reachedEnd = false
    private static let chunkSize = 1 << 20

    init(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CocoaError(.fileReadNoPermission)
        }
        self.handle = handle
        ownsHandle = true
    }

    init(handle: FileHandle) {
        self.handle = handle
        ownsHandle = false
    }

    deinit {
        if ownsHandle { try? handle.close() }
    }

    /// The next line, or nil at the end of the input.
    func nextLine() throws -> [UInt8]? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                var line = Array(buffer[start..<newline])
                start = newline + 1
                if line.last == 0x0D { line.removeLast() }
                return line
            }
            if reachedEnd {
                guard start < buffer.count else { return nil }
                var line = Array(buffer[start...])
                start = buffer.count
                if line.last == 0x0D { line.removeLast() }
                return line
            }
            buffer.removeFirst(start)
            start = 0
            let chunk = try handle.read(upToCount: Self.chunkSize) ?? Data()
            if chunk.isEmpty { reachedEnd = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}
