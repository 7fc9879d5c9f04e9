import Foundation
import Testing

@testable import WinnowCore

/// Inputs far bigger or deeper than any article: they are rejected by the
/// size limit without being read, or processed without a crash, a hang or
/// a stack overflow. Big inputs are generated in a temporary directory.
@Suite("hostile input: sizes", .serialized)
struct HostileSizeTests {
    static let sixtyMegabytes = 60 << 20

    @Test func aSixtyMegabyteArticleFileIsRejectedUnread() async throws {
        let run = try await HostileRun.run { input in
            try input.write("before.txt", "The article before the huge one.")
            let huge = input.full("huge.html")
            #expect(FileManager.default.createFile(atPath: huge, contents: nil))
            let handle = try FileHandle(forWritingAtPath: huge).unwrap()
            try handle.write(contentsOf: Data("<html><body><p>".utf8))
            try handle.truncate(atOffset: UInt64(Self.sixtyMegabytes))
            try handle.close()
            try input.write("later.txt", "The article after the huge one.")
        }
        defer { run.remove() }
        #expect(
            run.rejections == [
                .init(
                    id: "huge",
                    reason:
                        "the record is 62914560 bytes, over the maximum record size of 16 MiB; it was skipped without being parsed",
                    input: run.path("huge.html")
                )
            ]
        )
        #expect(run.recordIDs == ["before", "later"])
    }

    @Test func aSixtyMegabyteJSONLLineIsRejectedAndTheLinesAroundItAreRead() async throws {
        let run = try await HostileRun.run { input in
            var bytes = Array(#"{"id": "a", "text": "Before."}"#.utf8) + [0x0A]
            bytes += Array(#"{"id": "huge", "text": ""#.utf8)
            bytes += [UInt8](repeating: UInt8(ascii: "w"), count: Self.sixtyMegabytes)
            bytes += Array(#""}"#.utf8) + [0x0A] + Array(#"{"id": "b", "text": "After."}"#.utf8)
            try input.write("feed.jsonl", bytes: bytes)
        }
        defer { run.remove() }
        let at = run.path("feed.jsonl") + ":2"
        #expect(
            run.rejections == [
                .init(
                    id: at,
                    reason:
                        "the record is \(Self.sixtyMegabytes + 26) bytes, over the maximum record size of 16 MiB; it was skipped without being parsed",
                    input: at
                )
            ]
        )
        #expect(run.recordIDs == ["a", "b"])
    }

    @Test func aHundredThousandLineArticleComesThroughWhole() async throws {
        // 50,000 paragraphs, each followed by a blank line: 100,000 lines.
        let paragraphs = (0..<50_000).map { "Paragraph \($0) of the longest article ever filed, kept as written." }
        let text = paragraphs.joined(separator: "\n\n")
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count == 99_999)
        let run = try await HostileRun.run { input in
            try input.write("long.txt", text + "\n")
        }
        defer { run.remove() }
        #expect(run.rejections == [])
        #expect(run.text("long") == text)
    }

    @Test func htmlNestedTwentyThousandDeepKeepsItsText() async throws {
        let run = try await HostileRun.run { input in
            let depth = 20_000
            try input.write(
                "deep.html",
                "<html><body>" + String(repeating: "<div><span>", count: depth / 2)
                    + "<p>The text at the bottom of twenty thousand nested elements.</p>"
                    + String(repeating: "</span></div>", count: depth / 2)
                    + "<p>And a paragraph after them.</p></body></html>"
            )
            try input.write(
                "unclosed.html",
                "<html><body>" + String(repeating: "<div>", count: 20_000) + "<p>Never closed, still read.</p>"
            )
        }
        defer { run.remove() }
        #expect(run.rejections == [])
        #expect(
            run.text("deep")
                == "The text at the bottom of twenty thousand nested elements.\n\nAnd a paragraph after them."
        )
        #expect(run.text("unclosed") == "Never closed, still read.")
    }

    @Test func jsonNestedDeeperThanTheParserAllowsIsRejected() async throws {
        let run = try await HostileRun.run { input in
            let nested = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
            try input.write(
                "feed.jsonl",
                #"{"id": "deep", "text": "t", "extra": "# + nested + "}\n" + #"{"id": "ok", "text": "Fine."}"#
            )
        }
        defer { run.remove() }
        let at = run.path("feed.jsonl") + ":1"
        #expect(
            run.rejections == [
                .init(id: at, reason: "invalid JSON at column 549: nesting deeper than 512 levels", input: at)
            ]
        )
        #expect(run.recordIDs == ["ok"])
    }
}

extension Optional {
    /// The value, or a thrown error naming the type that was missing.
    func unwrap() throws -> Wrapped {
        guard let self else { throw MissingValue(type: "\(Wrapped.self)") }
        return self
    }
}

struct MissingValue: Error {
    var type: String
}
