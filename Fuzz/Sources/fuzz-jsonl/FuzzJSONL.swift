import Foundation

@testable import WinnowCore

/// libFuzzer entry: any bytes as a `.jsonl` file, read as a run reads it
/// (chunked, parsed, ids checked) with a small record-size limit so that
/// the oversized paths are reached too. Every non-blank line must come out
/// as exactly one record or one rejection with a reason.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONL(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let path = FuzzFile.path
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
        fatalError("cannot write \(path)")
    }
    let limit = 4096
    var reader = RecordReader(
        plan: InputPlan(sources: [.jsonl(path: path)]),
        limits: InputLimits(maximumRecordBytes: limit)
    )
    var items = 0
    while let item = reader.next() {
        items += 1
        if case .rejection(let rejection) = item {
            precondition(!rejection.reason.isEmpty, "a rejection without a reason")
        }
    }
    let expected = expectedItems(bytes, limit: limit)
    precondition(items == expected, "read \(items) items from \(expected) non-blank lines")
    return 0
}

/// What the reader must produce, worked out independently: one item per
/// line that is over the limit or not blank (only spaces and tabs), where
/// a line ended by LF loses a trailing CR before both tests and the first
/// line loses a UTF-8 BOM; a file whose first line (or, when that is over
/// the limit, first bytes) starts like a compressed or binary file is one
/// rejection. The whole input arrives in one read, so the line feed of a
/// line is always seen.
private func expectedItems(_ bytes: [UInt8], limit: Int) -> Int {
    var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
    if bytes.last == 0x0A || bytes.isEmpty { lines.removeLast() }
    var count = 0
    for (index, raw) in lines.enumerated() {
        let endedByLineFeed = index < lines.count - 1 || bytes.last == 0x0A
        var line = raw
        if line.last == 0x0D, endedByLineFeed || raw.count <= limit { line = line.dropLast() }
        let oversized = endedByLineFeed ? line.count > limit : raw.count > limit
        if index == 0 {
            let head = oversized ? bytes.prefix(NonTextInput.prefixLength) : line
            if NonTextInput.rejectionReason(forPrefix: head) != nil { return 1 }
            if !oversized, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
        }
        if oversized || line.contains(where: { $0 != 0x20 && $0 != 0x09 }) { count += 1 }
    }
    return count
}

enum FuzzFile {
    static let path = NSTemporaryDirectory() + "winnow-fuzz-jsonl-\(getpid()).jsonl"
}
