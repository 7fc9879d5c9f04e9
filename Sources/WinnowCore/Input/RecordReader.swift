import Foundation

/// What reading produces: a record, or a rejection for input that could not
/// become one.
enum InputItem: Sendable {
    case record(Record)
    case rejection(Rejection)
}

/// Reads the records of an ``InputPlan`` one at a time, in plan order.
///
/// Ids must be unique across the whole run: a later record with an id that
/// was already read is rejected, naming where the first one came from.
struct RecordReader {
    private var sources: IndexingIterator<[InputPlan.Source]>
    private var currentLines: (reader: LineReader, display: String, number: Int)?
    private var firstOrigin: [String: String] = [:]

    init(plan: InputPlan) {
        sources = plan.sources.makeIterator()
    }

    mutating func next() -> InputItem? {
        while true {
            if let item = nextFromLines() { return checkingDuplicate(item) }
            guard let source = sources.next() else { return nil }
            switch source {
            case .article(let path, let id, let kind):
                return checkingDuplicate(readArticle(path: path, id: id, kind: kind))
            case .jsonl(let path):
                do {
                    currentLines = (try LineReader(path: path), path, 0)
                } catch {
                    return .rejection(Rejection(id: nil, reason: "cannot open the file: \(error.localizedDescription)", input: path))
                }
            case .standardInput:
                currentLines = (LineReader(handle: .standardInput), "<stdin>", 0)
            }
        }
    }

    private mutating func nextFromLines() -> InputItem? {
        while var lines = currentLines {
            let line: [UInt8]?
            do {
                line = try lines.reader.nextLine()
            } catch {
                currentLines = nil
                return .rejection(
                    Rejection(
                        id: nil, reason: "reading stopped: \(error.localizedDescription)",
                        input: "\(lines.display):\(lines.number + 1)"))
            }
            guard let line else {
                currentLines = nil
                return nil
            }
            lines.number += 1
            currentLines = lines
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { continue }
            switch JSONLRecordParser.parse(line, origin: "\(lines.display):\(lines.number)") {
            case .success(let record): return .record(record)
            case .failure(let rejection): return .rejection(rejection)
            }
        }
        return nil
    }

    private func readArticle(path: String, id: String, kind: ArticleFileKind) -> InputItem {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .rejection(Rejection(id: id, reason: "cannot read the file", input: path))
        }
        do {
            return .record(try ArticleFileParser.record(from: Array(data), id: id, kind: kind, origin: path))
        } catch {
            return .rejection(Rejection(id: id, reason: error.reason, input: path))
        }
    }

    private mutating func checkingDuplicate(_ item: InputItem) -> InputItem {
        guard case .record(let record) = item else { return item }
        if let first = firstOrigin[record.id] {
            return .rejection(
                Rejection(
                    id: record.id, reason: "duplicate id '\(record.id)': an earlier record from \(first) has the same id",
                    input: record.origin))
        }
        firstOrigin[record.id] = record.origin
        return item
    }
}
