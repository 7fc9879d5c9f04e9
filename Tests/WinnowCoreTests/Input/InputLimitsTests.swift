import Foundation
import Testing

@testable import WinnowCore

@Suite("input limits")
struct InputLimitsTests {
    private func read(_ path: String, limit: Int) throws -> [InputItem] {
        var reader = RecordReader(
            plan: try InputPlan.resolve([.path(path)]),
            limits: InputLimits(maximumRecordBytes: limit)
        )
        var items: [InputItem] = []
        while let item = reader.next() { items.append(item) }
        return items
    }

    private func line(id: String, textBytes: Int) -> String {
        #"{"id": "\#(id)", "text": "\#(String(repeating: "w", count: textBytes))"}"#
    }

    @Test(arguments: [2_000, 3 << 20])
    func anOversizedLineIsRejectedUnreadAndTheRunGoesOn(size: Int) throws {
        let scratch = try InputTestDirectory()
        defer { scratch.remove() }
        let huge = line(id: "huge", textBytes: size)
        let feed = try scratch.write(
            "feed.jsonl",
            [line(id: "a", textBytes: 10), huge, line(id: "b", textBytes: 10)].joined(separator: "\n")
        )
        let items = try read(feed, limit: 1024)
        #expect(items.count == 3)
        guard items.count == 3, case .record(let first) = items[0], case .rejection(let rejection) = items[1],
            case .record(let last) = items[2]
        else {
            Issue.record("expected a record, a rejection and a record: \(items)")
            return
        }
        #expect(first.id == "a")
        #expect(last.id == "b")
        #expect(last.origin == "\(feed):3")
        #expect(rejection.input == "\(feed):2")
        #expect(
            rejection.reason
                == "the record is \(huge.utf8.count) bytes, over the maximum record size of 1 KiB; it was skipped without being parsed"
        )
    }

    @Test func anOversizedLastLineWithoutALineFeedIsRejected() throws {
        let scratch = try InputTestDirectory()
        defer { scratch.remove() }
        let feed = try scratch.write(
            "feed.jsonl",
            line(id: "a", textBytes: 10) + "\n" + line(id: "big", textBytes: 5000)
        )
        let items = try read(feed, limit: 1000)
        #expect(items.count == 2)
        if case .rejection(let rejection)? = items.last {
            #expect(rejection.reason.contains("over the maximum record size of 1000 bytes"))
        } else {
            Issue.record("the last line should be rejected: \(items)")
        }
    }

    @Test func anOversizedArticleFileIsRejectedWithItsID() throws {
        let scratch = try InputTestDirectory()
        defer { scratch.remove() }
        try scratch.write("small.txt", "Headline\n\nA short body.")
        try scratch.write("large.html", "<p>" + String(repeating: "x", count: 4096) + "</p>")
        let items = try read(scratch.path, limit: 2048)
        guard items.count == 2, case .rejection(let rejection) = items[0], case .record(let small) = items[1] else {
            Issue.record("expected the large file rejected and the small one read: \(items)")
            return
        }
        #expect(small.id == "small")
        #expect(rejection.id == "large")
        #expect(
            rejection.reason
                == "the record is 4103 bytes, over the maximum record size of 2 KiB; it was skipped without being parsed"
        )
    }

    @Test func aLineAtTheLimitIsRead() throws {
        let scratch = try InputTestDirectory()
        defer { scratch.remove() }
        let record = line(id: "edge", textBytes: 100)
        let feed = try scratch.write("feed.jsonl", record + "\r\n")
        let items = try read(feed, limit: record.utf8.count)
        guard case .record(let read)? = items.first else {
            Issue.record("a line exactly at the limit must be read")
            return
        }
        #expect(read.id == "edge")
    }
}
