import Foundation

/// A scratch file of length-prefixed frames, written once in order and read
/// back in the same order in blocks: how spooled records and report entries
/// travel between the passes of a run.
final class FrameFileWriter {
    let path: String
    private let file: AtomicFile
    private(set) var frameCount = 0

    init(path: String) throws(RunError) {
        self.path = path
        // A scratch file lives only as long as the run: it needs no flush to
        // the disk.
        file = try AtomicFile(destination: path, durable: false)
    }

    /// Appends the frames of `block`: each frame's bytes given by a range.
    func append(_ block: FrameBlock) throws(RunError) {
        try file.write(bytes: block.bytes)
        frameCount += block.count
    }

    /// Appends frame `index` of `block`.
    func append(_ block: FrameBlock, frameAt index: Int) throws(RunError) {
        try file.write(bytes: block.frameWithLength(at: index))
        frameCount += 1
    }

    /// Completes the file and opens it for reading.
    func reader(framesPerBlock: Int) throws(RunError) -> FrameFileReader {
        try file.commit()
        return try FrameFileReader(path: path, framesPerBlock: framesPerBlock)
    }
}

/// Frames encoded into one buffer: a 4-byte little-endian length before
/// each frame's bytes.
struct FrameBlock: Sendable {
    private(set) var bytes: [UInt8] = []
    private(set) var ranges: [Range<Int>] = []

    init() {}

    var count: Int { ranges.count }
    var isEmpty: Bool { ranges.isEmpty }

    /// Appends one frame holding `value`, encoded straight into the block.
    mutating func append(_ value: some SpoolCodable) {
        let lengthAt = bytes.count
        var writer = SpoolWriter(appendingTo: bytes)
        bytes = []  // the writer owns the buffer meanwhile, so it is not copied
        writer.write(rawBytes: [0, 0, 0, 0])
        value.encode(to: &writer)
        bytes = writer.takeBytes()
        setLength(at: lengthAt)
    }

    mutating func append(frame: some Collection<UInt8>) {
        let lengthAt = bytes.count
        bytes.append(contentsOf: [0, 0, 0, 0])
        bytes.append(contentsOf: frame)
        setLength(at: lengthAt)
    }

    /// Writes the length of the frame that starts after `lengthAt` and runs
    /// to the end of the block, and records its range.
    private mutating func setLength(at lengthAt: Int) {
        let start = lengthAt + 4
        let length = UInt32(bytes.count - start)
        for index in 0..<4 { bytes[lengthAt + index] = UInt8(truncatingIfNeeded: length >> UInt32(8 * index)) }
        ranges.append(start..<bytes.count)
    }

    /// Appends frame `index` of another block.
    mutating func append(frameAt index: Int, of other: FrameBlock) {
        append(frame: other.bytes[other.ranges[index]])
    }

    /// Frame `index` with its length prefix, as it goes into a file.
    func frameWithLength(at index: Int) -> ArraySlice<UInt8> {
        bytes[(ranges[index].lowerBound - 4)..<ranges[index].upperBound]
    }

    /// Decodes frame `index`.
    func decode<Value: SpoolCodable>(_ type: Value.Type, at index: Int) throws(SpoolReader.Corrupt) -> Value {
        var reader = SpoolReader(bytes, range: ranges[index])
        return try Value(from: &reader)
    }

    /// Reads frames from `data` starting at `start`; returns where the
    /// first incomplete frame begins.
    mutating func absorb(_ data: [UInt8], from start: Int, limit: Int) -> Int {
        var position = start
        while ranges.count < limit, position + 4 <= data.count {
            var length = 0
            for index in 0..<4 { length |= Int(data[position + index]) << (index * 8) }
            guard position + 4 + length <= data.count else { break }
            append(frame: data[(position + 4)..<(position + 4 + length)])
            position += 4 + length
        }
        return position
    }
}

/// Reads a frame file back in blocks of frames.
final class FrameFileReader {
    private let handle: FileHandle
    private let framesPerBlock: Int
    private var pending: [UInt8] = []
    private var start = 0
    private var reachedEnd = false
    private static let readSize = 4 << 20

    init(path: String, framesPerBlock: Int) throws(RunError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .outputUnwritable(path: path, reason: "cannot reopen a work file")
        }
        self.handle = handle
        self.framesPerBlock = max(1, framesPerBlock)
    }

    deinit {
        try? handle.close()
    }

    /// The next block of frames, or nil at the end.
    func nextBlock() throws(RunError) -> FrameBlock? {
        var block = FrameBlock()
        while block.count < framesPerBlock {
            let before = block.count
            start = block.absorb(pending, from: start, limit: framesPerBlock)
            if block.count >= framesPerBlock { break }
            if block.count == before || start >= pending.count {
                if reachedEnd { break }
                pending.removeFirst(start)
                start = 0
                let data: Data
                do {
                    data = try handle.readChunk(upToCount: Self.readSize)
                } catch {
                    throw .outputUnwritable(path: "work file", reason: error.localizedDescription)
                }
                if !data.isEmpty { pending.append(contentsOf: data) } else { reachedEnd = true }
            }
        }
        if block.isEmpty {
            guard start >= pending.count else {
                throw .outputUnwritable(path: "work file", reason: "a work file ended in the middle of a record")
            }
            return nil
        }
        return block
    }
}
