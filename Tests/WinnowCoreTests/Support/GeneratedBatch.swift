import Foundation
import TestSupport

@testable import WinnowCore

/// A JSON Lines batch made up here from a small invented vocabulary: short
/// articles, some as HTML pages, a fifth of them copies of an earlier one
/// under another outlet's wrapper lines, and a few broken lines. Big enough
/// to span several chunks of the runner, small enough for a unit test.
enum GeneratedBatch {
    static let words = """
        harbour council ferry timetable winter storm repairs bridge budget vote market stall \
        farmers rain harvest school roof library opening volunteers museum lantern festival \
        river bank flood barrier engineers contract tunnel station platform signal delays \
        the a of to and in on for with after before said announced approved delayed new old
        """.split(separator: " ").map(String.init)

    /// Writes `count` lines to a new file in `directory`; returns its path.
    static func write(count: Int, seed: UInt64, in directory: String) throws -> String {
        var random = SplitMix(seed: seed)
        func sentence() -> String {
            let length = 8 + Int(random.next() % 12)
            let body = (0..<length).map { _ in words[Int(random.next() % UInt64(words.count))] }.joined(separator: " ")
            return body.prefix(1).uppercased() + body.dropFirst() + "."
        }
        func story() -> [String] {
            (0..<(3 + Int(random.next() % 4))).map { _ in (0..<3).map { _ in sentence() }.joined(separator: " ") }
        }
        var stories: [[String]] = []
        var lines: [String] = []
        for index in 0..<count {
            let roll = random.next() % 100
            if roll < 2 {
                lines.append(#"{"id": "broken-\#(index)", "text": "#)
                continue
            }
            var paragraphs: [String]
            if roll < 22, !stories.isEmpty {
                paragraphs = stories[Int(random.next() % UInt64(stories.count))]
                paragraphs.insert("Advertisement", at: 1)
                paragraphs.append("Share this article")
            } else {
                paragraphs = story()
                stories.append(paragraphs)
            }
            let object: JSONValue
            if roll % 10 == 3 {
                let body = paragraphs.map { "<p>\($0)</p>" }.joined()
                object = .object(
                    JSONObject([
                        "id": .string("g\(index)"),
                        "html": .string("<html><body><nav>Home News</nav><article>\(body)</article></body></html>"),
                    ])
                )
            } else {
                object = .object(
                    JSONObject([
                        "id": .string("g\(index)"), "title": .string(sentence()),
                        "text": .string(paragraphs.joined(separator: "\n\n")), "desk": .string("metro"),
                    ])
                )
            }
            lines.append(object.serialized())
        }
        let path = (directory as NSString).appendingPathComponent("generated-\(seed).jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
}
