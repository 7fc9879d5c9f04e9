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
    var reader = RecordReader(plan: InputPlan(sources: [.jsonl(path: path)]), limits: InputLimits(maximumRecordBytes: limit))
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

/// Non-blank lines (a trailing CR is not part of a line; blank means only
/// spaces and tabs), and every line over the limit.
private func expectedItems(_ bytes: [UInt8], limit: Int) -> Int {
    var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
    if bytes.last == 0x0A || bytes.isEmpty { lines.removeLast() }
    return lines.reduce(0) { count, line in
        var line = line
        if line.last == 0x0D { line = line.dropLast() }
        let counted = line.count > limit || line.contains { $0 != 0x20 && $0 != 0x09 }
        return count + (counted ? 1 : 0)
    }
}

enum FuzzFile {
    static let path = NSTemporaryDirectory() + "winnow-fuzz-jsonl-\(getpid()).jsonl"
}
