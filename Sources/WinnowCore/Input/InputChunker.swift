import Foundation

/// A run of input not parsed yet: JSON Lines as bytes, article files as
/// paths. Reading is sequential and cheap; parsing happens on the worker
/// tasks (``InputChunk/parse(_:)``).
struct InputChunk: Sendable {
    enum Item: Sendable {
        /// A non-blank line of `block`.
        case line(Range<Int>, origin: String)
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
        case .line(let range, let origin):
            switch JSONLRecordParser.parse(block[range], origin: origin) {
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
/// Lines, whichever comes first.
final class InputChunker {
    static let recordsPerChunk = 256
    static let bytesPerChunk = 1 << 20
    private static let readSize = 1 << 20

    private var sources: IndexingIterator<[InputPlan.Source]>
    private var lines: LineSource?
    private var nextNumber = 0

    /// Bytes of input handed out so far (JSON Lines bytes and article file
    /// sizes), for progress.
    private(set) var bytesRead = 0

    init(plan: InputPlan) {
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
                chunk.items.append(.article(path: path, id: id, kind: kind))
                bytesRead += Self.fileSize(path)
            case .jsonl(let path):
                if let handle = FileHandle(forReadingAtPath: path) {
                    lines = LineSource(handle: handle, ownsHandle: true, display: path)
                } else {
                    chunk.items.append(
                        .failed(Rejection(id: nil, reason: "cannot open the file: permission denied", input: path)))
                }
            case .standardInput:
                lines = LineSource(handle: .standardInput, ownsHandle: false, display: "<stdin>")
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
            case .line(let bytes):
                source.number += 1
                bytesRead += bytes.count + 1
                guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { continue }
                let start = chunk.block.count
                chunk.block.append(contentsOf: bytes)
                chunk.items.append(.line(start..<chunk.block.count, origin: "\(source.display):\(source.number)"))
            case .failed(let reason):
                chunk.items.append(
                    .failed(
                        Rejection(id: nil, reason: "reading stopped: \(reason)", input: "\(source.display):\(source.number + 1)")))
                source.finished = true
                return
            case .end:
                source.finished = true
                return
            }
        }
    }

    private static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}

/// Lines of one JSON Lines file or stream, without their `\n` or `\r\n`.
private struct LineSource {
    enum Next {
        case line(ArraySlice<UInt8>)
        case failed(String)
        case end
    }

    let handle: FileHandle
    let ownsHandle: Bool
    let display: String
    var number = 0
    var finished = false
    private var buffer: [UInt8] = []
    private var start = 0
    private var reachedEnd = false

    init(handle: FileHandle, ownsHandle: Bool, display: String) {
        self.handle = handle
        self.ownsHandle = ownsHandle
        self.display = display
    }

    mutating func nextLine() -> Next {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                defer { start = newline + 1 }
                return .line(buffer[start..<end])
            }
            if reachedEnd {
                guard start < buffer.count else {
                    close()
                    return .end
                }
                var end = buffer.count
                if buffer[end - 1] == 0x0D { end -= 1 }
                defer { start = buffer.count }
                return .line(buffer[start..<end])
            }
            buffer.removeFirst(start)
            start = 0
            do {
                let data = try handle.read(upToCount: 1 << 20) ?? Data()
                if data.isEmpty { reachedEnd = true } else { buffer.append(contentsOf: data) }
            } catch {
                close()
                return .failed(error.localizedDescription)
            }
        }
    }

    private func close() {
        if ownsHandle { try? handle.close() }
    }
}
