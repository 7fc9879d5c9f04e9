import Foundation

/// A generated JSON Lines file and what is known about it, with a sidecar
/// (`FILE.info`) so a later run can reuse it.
struct CorpusFile {
    let path: String
    var records = 0
    var html = 0
    var copies = 0
    var bytes = 0

    var infoPath: String { path + ".info" }

    /// The file made by `generator` with `count` records, reused when an
    /// earlier run already wrote it.
    static func prepare(
        count: Int,
        generator: ArticleGenerator,
        at path: String,
        oversizedBytes: Int = 0
    ) throws -> CorpusFile {
        let expected =
            "records=\(count) html=\(generator.htmlShare) copies=\(generator.copyShare) seed=\(generator.seed) oversized=\(oversizedBytes)"
        if let info = try? String(contentsOfFile: path + ".info", encoding: .utf8),
            info.hasPrefix(expected + "\n"), FileManager.default.fileExists(atPath: path)
        {
            var file = CorpusFile(path: path)
            for field in info.split(whereSeparator: { $0 == "\n" || $0 == " " }) {
                let pair = field.split(separator: "=")
                guard pair.count == 2, let value = Int(pair[1]) else { continue }
                switch pair[0] {
                case "written": file.records = value
                case "htmlRecords": file.html = value
                case "copyRecords": file.copies = value
                case "bytes": file.bytes = value
                default: break
                }
            }
            return file
        }
        var file = CorpusFile(path: path)
        let temporary = path + ".partial"
        FileManager.default.createFile(atPath: temporary, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: temporary) else {
            throw BenchError("cannot write \(temporary)")
        }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(8 << 20)
        func flush() throws {
            try handle.write(contentsOf: buffer)
            file.bytes += buffer.count
            buffer.removeAll(keepingCapacity: true)
        }
        for index in 0..<count {
            if oversizedBytes > 0, index == count / 2 {
                // One record far over any sane size: a page with a huge
                // inline blob, as a broken scraper can produce.
                buffer.append(contentsOf: Array(#"{"id":"oversized","html":"<html><body><p>"#.utf8))
                try flush()
                let chunk = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 20)
                var written = 0
                while written < oversizedBytes {
                    buffer.append(contentsOf: chunk.prefix(oversizedBytes - written))
                    written += min(chunk.count, oversizedBytes - written)
                    try flush()
                }
                buffer.append(contentsOf: Array(#"</p></body></html>"}"#.utf8))
                buffer.append(0x0A)
                file.records += 1
            }
            let article = generator.article(index)
            buffer.append(contentsOf: article.line.utf8)
            buffer.append(0x0A)
            file.records += 1
            if article.isHTML { file.html += 1 }
            if article.isCopy { file.copies += 1 }
            if buffer.count >= 4 << 20 { try flush() }
        }
        try flush()
        try handle.close()
        _ = try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.moveItem(atPath: temporary, toPath: path)
        let info =
            expected
            + "\nwritten=\(file.records) htmlRecords=\(file.html) copyRecords=\(file.copies) bytes=\(file.bytes)\n"
        try info.write(toFile: file.infoPath, atomically: true, encoding: .utf8)
        return file
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
