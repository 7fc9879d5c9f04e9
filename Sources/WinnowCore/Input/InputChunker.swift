import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A run of input not parsed yet: JSON Lines as bytes, article files as
/// paths. Reading is sequential and cheap; parsing happens on the worker
/// tasks (``InputChunk/parse(_:)``).
struct InputChunk: Sendable {
    enum Item: Sendable {
        /// A non-blank line of `block`: line `line` of `source`.
        case line(Range<Int>, source: String, line: Int)
        /// One article file, read by the worker.
        case article(path: String, id: String, kind: ArticleFileKind)
        /// Input that failed before it could be parsed.
        case failed(Rejection)
    }

    /// The record number of the first item.
    var firstNumber: Int
    /// The bytes the `.line` items point into.
    var block: [UInt8] = []
    var items: [Item] = []

    /// Parses item `index` into a record or a rejection.
    func parse(_ index: Int) -> InputItem {
        switch items[index] {
        case .line(let range, let source, let line):
            switch JSONLRecordParser.parse(block[range], origin: "\(source):\(line)") {
            case .success(let record): return .record(record)
            case .failure(let rejection): return .rejection(rejection)
            }
        case .article(let path, let id, let kind):
            return ArticleFileParser.read(path: path, id: id, kind: kind)
        case .failed(let rejection):
            return .rejection(rejection)
        }
    }
}

/// Cuts an ``InputPlan`` into chunks in plan order: a chunk holds up to
/// ``recordsPerChunk`` records or about ``bytesPerChunk`` bytes of JSON
/// Lines, whichever comes first. A record over the limits is rejected
/// here, before anything parses or copies it: an oversized line is skipped
/// as it streams past, an oversized file is never opened.
final class InputChunker {
    static let recordsPerChunk = 256
    static let bytesPerChunk = 1 << 20

    private let limits: InputLimits
    private var sources: IndexingIterator<[InputPlan.Source]>
    private var lines: LineSource?
    private var nextNumber = 0

    /// Bytes of input handed out so far (JSON Lines bytes and article file
    /// sizes), for progress.
    private(set) var bytesRead = 0

    init(plan: InputPlan, limits: InputLimits = InputLimits()) {
        self.limits = limits
        sources = plan.sources.makeIterator()
    }

    /// The next chunk, or nil at the end of the input.
    func next() -> InputChunk? {
        var chunk = InputChunk(firstNumber: nextNumber)
        while chunk.items.count < Self.recordsPerChunk, chunk.block.count < Self.bytesPerChunk {
            if lines != nil {
                fillFromLines(&chunk)
                continue
            }
            guard let source = sources.next() else { break }
            switch source {
            case .article(let path, let id, let kind):
                let size = InputPlan.fileSize(path) ?? 0
                bytesRead += size
                if size > limits.maximumRecordBytes {
                    chunk.items.append(
                        .failed(Rejection(id: id, reason: limits.oversizedReason(bytes: size), input: path))
                    )
                } else {
                    chunk.items.append(.article(path: path, id: id, kind: kind))
                }
            case .jsonl(let path):
                if let handle = FileHandle(forReadingAtPath: path) {
                    lines = LineSource(
                        handle: handle,
                        ownsHandle: true,
                        display: path,
                        limit: limits.maximumRecordBytes
                    )
                } else {
                    chunk.items.append(
                        .failed(Rejection(id: nil, reason: "cannot open the file: permission denied", input: path))
                    )
                }
            case .standardInput:
                lines = LineSource(
                    handle: .standardInput,
                    ownsHandle: false,
                    display: "<stdin>",
                    limit: limits.maximumRecordBytes
                )
            case .unreadable(let path, let id, let reason):
                chunk.items.append(.failed(Rejection(id: id, reason: reason, input: path)))
            }
        }
        nextNumber += chunk.items.count
        return chunk.items.isEmpty ? nil : chunk
    }

    /// Moves whole lines from the current JSON Lines source into `chunk`.
    private func fillFromLines(_ chunk: inout InputChunk) {
        guard var source = lines else { return }
        lines = nil  // keep one owner of the buffer, so it is not copied
        defer { lines = source.finished ? nil : source }
        while chunk.items.count < Self.recordsPerChunk, chunk.block.count < Self.bytesPerChunk {
            switch source.nextLine() {
            case .line(var bytes):
                source.number += 1
                bytesRead += bytes.count + 1
                if source.number == 1 {
                    if let reason = NonTextInput.rejectionReason(forPrefix: bytes) {
                        chunk.items.append(.failed(Rejection(id: nil, reason: reason, input: source.display)))
                        source.skipToEnd()
                        return
                    }
                    // A byte-order mark (editors on Windows write one) is
                    // not part of the first record.
                    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
                }
                guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { continue }
                let start = chunk.block.count
                chunk.block.append(contentsOf: bytes)
                chunk.items.append(.line(start..<chunk.block.count, source: source.display, line: source.number))
            case .oversized(let length, let atEnd):
                source.number += 1
                bytesRead += length + 1
                if source.number == 1, let reason = NonTextInput.rejectionReason(forPrefix: source.firstBytes) {
                    chunk.items.append(.failed(Rejection(id: nil, reason: reason, input: source.display)))
                    source.skipToEnd()
                    return
                }
                chunk.items.append(
                    .failed(
                        Rejection(
                            id: nil,
                            reason: limits.oversizedReason(bytes: length, atLeast: atEnd),
                            input: "\(source.display):\(source.number)"
                        )
                    )
                )
            case .failed(let reason):
                chunk.items.append(
                    .failed(
                        Rejection(
                            id: nil,
                            reason: "reading stopped: \(reason)",
                            input: "\(source.display):\(source.number + 1)"
                        )
                    )
                )
                source.finished = true
                return
            case .end:
                source.finished = true
                return
            }
        }
    }
}

/// Lines of one JSON Lines file or stream, without their `\n` or `\r\n`.
/// A line longer than `limit` is not kept: its bytes are skipped as they
/// are read, and only its length is reported.
private struct LineSource {
    enum Next {
        case line(ArraySlice<UInt8>)
        /// A line over the limit, of `length` bytes (`atEnd`: reading
        /// failed before its end, so it is at least that long).
        case oversized(length: Int, atEnd: Bool)
        case failed(String)
        case end
    }

    let handle: FileHandle
    let ownsHandle: Bool
    let display: String
    let limit: Int
    var number = 0
    var finished = false
    /// The first bytes of the file, for recognising a compressed one even
    /// when its first "line" is over the limit.
    private(set) var firstBytes: [UInt8] = []
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where the search for the next line feed goes on (bytes before it,
    /// from `start`, have none).
    private var scanned = 0
    private var reachedEnd = false
    private static let readSize = 1 << 20

    init(handle: FileHandle, ownsHandle: Bool, display: String, limit: Int) {
        self.handle = handle
        self.ownsHandle = ownsHandle
        self.display = display
        self.limit = limit
    }

    mutating func nextLine() -> Next {
        while true {
            if let newline = Self.lineFeed(in: buffer, from: max(start, scanned)) {
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                defer {
                    start = newline + 1
                    scanned = start
                }
                if end - start > limit { return .oversized(length: end - start, atEnd: false) }
                return .line(buffer[start..<end])
            }
            scanned = buffer.count
            if buffer.count - start > limit { return skipRestOfLine() }
            if reachedEnd {
                guard start < buffer.count else {
                    close()
                    return .end
                }
                var end = buffer.count
                if buffer[end - 1] == 0x0D { end -= 1 }
                defer {
                    start = buffer.count
                    scanned = start
                }
                return .line(buffer[start..<end])
            }
            buffer.removeFirst(start)
            scanned -= start
            start = 0
            switch read() {
            case .success(let data):
                if firstBytes.isEmpty { firstBytes = Array(data.prefix(NonTextInput.prefixLength)) }
                if data.isEmpty { reachedEnd = true } else { buffer.append(contentsOf: data) }
            case .failure(let reason):
                close()
                return .failed(reason)
            }
        }
    }

    /// Stops reading: the rest of the file is not looked at.
    mutating func skipToEnd() {
        close()
        finished = true
    }

    /// Skips the rest of a line that is already over the limit, without
    /// keeping its bytes.
    private mutating func skipRestOfLine() -> Next {
        var length = buffer.count - start
        buffer.removeAll(keepingCapacity: true)
        start = 0
        scanned = 0
        while !reachedEnd {
            switch read() {
            case .success(let data):
                guard !data.isEmpty else {
                    reachedEnd = true
                    break
                }
                let bytes = [UInt8](data)
                if let newline = Self.lineFeed(in: bytes, from: 0) {
                    length += newline
                    buffer.append(contentsOf: bytes[(newline + 1)...])
                    return .oversized(length: length, atEnd: false)
                }
                length += bytes.count
            case .failure:
                reachedEnd = true
                return .oversized(length: length, atEnd: true)
            }
        }
        return .oversized(length: length, atEnd: false)
    }

    private enum ReadResult {
        case success(Data)
        case failure(String)
    }

    private func read() -> ReadResult {
        do {
            return .success(try handle.readChunk(upToCount: Self.readSize))
        } catch {
            return .failure(error.localizedDescription)
        }
    }

    /// The offset of the first line feed at or after `from`.
    private static func lineFeed(in bytes: [UInt8], from: Int) -> Int? {
        guard from < bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress, let found = memchr(base + from, 0x0A, buffer.count - from) else {
                return nil
            }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        }
    }

    private func close() {
        if ownsHandle { try? handle.close() }
    }
}
