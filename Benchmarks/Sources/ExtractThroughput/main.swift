// extract-throughput DIR OUT.jsonl
//
// Reads every .html/.htm page under DIR into memory first (as the peer
// scripts do), then times decoding plus the `html` stage with default
// options on one thread, page by page, and writes {"id", "title", "text"}
// per page to OUT.jsonl, in the peers' format. Prints pages/s.
import Foundation
import WinnowCore

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: extract-throughput DIR OUT.jsonl\n".utf8))
    exit(2)
}
let folder = URL(fileURLWithPath: arguments[1])
let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    .filter { $0.hasSuffix(".html") || $0.hasSuffix(".htm") }.sorted()
let pages: [(id: String, bytes: [UInt8])] = try names.map { name in
    let id = name.hasSuffix(".html") ? String(name.dropLast(5)) : String(name.dropLast(4))
    return (id, [UInt8](try Data(contentsOf: folder.appendingPathComponent(name))))
}

let stage = HTMLStage(options: HTMLOptions())
let context = StageContext(stageName: HTMLStage.name, stageIndex: 0)
var results: [(id: String, title: String, text: String)] = []
results.reserveCapacity(pages.count)
let clock = ContinuousClock()
let elapsed = clock.measure {
    for page in pages {
        let html = PageDecoding.markup(ofPage: page.bytes)
        var staged = StagedRecord(record: Record(id: page.id, content: .html(html), origin: page.id))
        do {
            try stage.process(&staged, context: context)
            results.append((page.id, staged.record.title ?? "", staged.record.body))
        } catch {
            results.append((page.id, "", ""))
        }
    }
}

var output = ""
for result in results {
    let line = try JSONSerialization.data(
        withJSONObject: ["id": result.id, "title": result.title, "text": result.text],
        options: [.sortedKeys]
    )
    output += String(decoding: line, as: UTF8.self) + "\n"
}
try output.write(toFile: arguments[2], atomically: true, encoding: .utf8)
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
print(
    String(
        format: "tool=winnow-html-stage pages=%d seconds=%.2f pages_per_s=%.1f",
        pages.count,
        seconds,
        Double(pages.count) / seconds
    )
)
