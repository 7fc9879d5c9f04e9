// Times report.html of a large run in headless Chromium.
//
// Generates N invented articles (JSON Lines: text and HTML pages from a
// few dozen sources, with ad markers, embeds, captions, link blocks, share
// footers, each site's masthead, and near-duplicate copies across
// sources), runs `winnow run` on them, then opens the run's report.html in
// headless Chromium several times and measures how long the page takes
// from navigation until its script has drawn the first page of records,
// and how long opening one record takes. A small report (the sample
// data/ run) is timed the same way in the same browser, side by side, and
// the ratio printed. Run it through Scripts/bench-report.sh.
import BrowserHarness
import Foundation

struct Options {
    var records = 100_000
    var work = "/tmp/winnow-report-bench"
    var winnow = ".build/release/winnow"
    var small: String?
    var repeats = 3

    init(_ arguments: [String]) {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--records": records = iterator.next().flatMap(Int.init) ?? records
            case "--work": work = iterator.next() ?? work
            case "--winnow": winnow = iterator.next() ?? winnow
            case "--small": small = iterator.next()
            case "--repeat": repeats = iterator.next().flatMap(Int.init) ?? repeats
            default:
                FileHandle.standardError.write(
                    Data(
                        "usage: report-render-benchmark [--records N] [--work DIR] [--winnow PATH] [--small RUN_DIR] [--repeat N]\n"
                            .utf8
                    )
                )
                exit(2)
            }
        }
    }
}

/// SplitMix64: a seeded generator, so the input is the same every time.
struct Random {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}

/// Invented text: syllables make words, words make sentences.
struct Writer {
    var random: Random
    let syllables = [
        "ka", "lo", "mer", "tan", "vi", "sor", "del", "ra", "po", "ni", "hal", "den", "bro", "sti", "ul", "fen", "gar",
        "mo",
    ]
    let common = [
        "the", "council", "harbour", "ferry", "said", "would", "residents", "bridge", "new", "on", "in", "of", "and",
        "a", "to", "after", "weeks", "plan", "officials", "market",
    ]

    mutating func word() -> String {
        if random.chance(55) { return random.pick(common) }
        return (0..<(1 + random.below(3))).map { _ in random.pick(syllables) }.joined()
    }

    mutating func sentence() -> String {
        let words = (0..<(8 + random.below(14))).map { _ in word() }
        return words.joined(separator: " ").prefix(1).uppercased() + words.joined(separator: " ").dropFirst() + "."
    }

    mutating func paragraph() -> String {
        (0..<(2 + random.below(4))).map { _ in sentence() }.joined(separator: " ")
    }

    mutating func headline() -> String {
        (0..<(5 + random.below(5))).map { _ in word() }.joined(separator: " ").capitalized
    }
}

func generate(records count: Int, to path: String) throws {
    var writer = Writer(random: Random(state: 20_261_201))
    let sources = (0..<40).map { "outlet\($0).example" }
    var stories: [(title: String, paragraphs: [String])] = []
    _ = FileManager.default.createFile(atPath: path, contents: nil)
    guard let handle = FileHandle(forWritingAtPath: path) else { throw BrowserError("cannot write \(path)") }
    defer { try? handle.close() }
    var buffer = ""
    for number in 0..<count {
        let source = writer.random.pick(sources)
        var title: String
        var paragraphs: [String]
        if !stories.isEmpty, writer.random.chance(20) {
            // A copy of an earlier story, lightly edited, from another outlet.
            let story = stories[stories.count - 1 - writer.random.below(min(stories.count, 500))]
            title = story.title
            paragraphs = story.paragraphs
            if writer.random.chance(50) { paragraphs[0] = writer.paragraph() }
        } else {
            title = writer.headline()
            paragraphs = (0..<(5 + writer.random.below(6))).map { _ in writer.paragraph() }
            stories.append((title, paragraphs))
            if stories.count > 2000 { stories.removeFirst(1000) }
        }
        var lines = ["\(source.prefix(while: { $0 != "." }).capitalized) Daily", "News for the lake towns since 1990"]
        for (index, paragraph) in paragraphs.enumerated() {
            lines.append(paragraph)
            if index == 1, writer.random.chance(60) { lines.append("Story continues below advertisement") }
            if index == 2, writer.random.chance(40) {
                lines.append(
                    "A view of the \(writer.word()) harbour at dawn. (Photo: \(writer.word().capitalized)/Lake Press)"
                )
            }
            if index == 3, writer.random.chance(35) {
                lines.append("Read more:")
                lines.append(writer.headline())
                lines.append(writer.headline())
            }
        }
        lines.append("Share this story on Facebook · Share on X · Email")
        lines.append("© 2026 \(source)")
        var object: [String: String] = ["id": "bench-\(number)", "title": title, "source": source]
        if writer.random.chance(30) {
            let body = lines.map { "<p>\($0)</p>" }.joined()
            object["html"] =
                "<html><head><title>\(title)</title></head><body><nav>Home News Sport Weather</nav><article><h1>\(title)</h1>\(body)</article><aside>Most read: \(writer.headline())</aside><footer>About us · Contact · Privacy</footer></body></html>"
        } else {
            object["text"] = lines.joined(separator: "\n\n")
        }
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        buffer += String(decoding: data, as: UTF8.self) + "\n"
        if buffer.utf8.count > 1 << 22 {
            handle.write(Data(buffer.utf8))
            buffer = ""
        }
    }
    handle.write(Data(buffer.utf8))
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func megabytes(_ path: String) -> String {
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    return String(format: "%.1f MB", Double(size) / 1e6)
}

/// Opens a report and returns (navigation → drawn, the page's own
/// performance.now() when drawn, opening one record), in seconds.
func time(_ browser: HeadlessBrowser, folder: String) throws -> (wall: Double, page: Double, record: Double) {
    let url = URL(fileURLWithPath: (folder as NSString).appendingPathComponent("report.html"))
    guard let blank = URL(string: "about:blank") else { preconditionFailure("about:blank is a URL") }
    try browser.open(blank)
    let start = ContinuousClock.now
    try browser.open(url, timeout: .seconds(120))
    try browser.wait(until: "['ready', 'error'].includes(document.body.dataset.state)", timeout: .seconds(120))
    let wall = seconds(ContinuousClock.now - start)
    guard try browser.evaluate("document.body.dataset.state") as? String == "ready" else {
        throw BrowserError("the page failed: \(browser.problems)")
    }
    let page = (try browser.evaluate("Number(document.body.dataset.renderMs)") as? Double ?? 0) / 1000
    let recordStart = ContinuousClock.now
    try browser.evaluate(
        """
        (async () => {
          const box = [...document.querySelectorAll('#record-list details')].pop();
          box.open = true;
          while (!box.querySelector('.record-body')) await new Promise(r => setTimeout(r, 10));
        })()
        """,
        timeout: .seconds(60)
    )
    return (wall, page, seconds(ContinuousClock.now - recordStart))
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

// `report-render-benchmark shot RUN_DIR FRAGMENT OUT.png [HEIGHT]`: a
// screenshot of a report at `#FRAGMENT` (e.g. record=ID), for looking at
// the page as a reader does.
if CommandLine.arguments.count >= 5, CommandLine.arguments[1] == "shot" {
    let arguments = CommandLine.arguments
    guard let chromium = HeadlessBrowser.findExecutable() else { throw BrowserError("Chromium is not installed") }
    let browser = try HeadlessBrowser(
        executable: chromium,
        width: 1280,
        height: arguments.count > 5 ? Int(arguments[5]) ?? 1000 : 1000
    )
    defer { browser.shutDown() }
    let page = URL(fileURLWithPath: (arguments[2] as NSString).appendingPathComponent("report.html"))
    let address = page.absoluteString + (arguments[3].isEmpty ? "" : "#" + arguments[3])
    guard let url = URL(string: address) else { preconditionFailure("not a URL: \(address)") }
    try browser.open(url)
    try browser.wait(until: "['ready', 'error'].includes(document.body.dataset.state)")
    if arguments.count > 6 { try browser.evaluate(arguments[6]) }
    usleep(200_000)
    try browser.screenshot(to: arguments[4])
    print("wrote \(arguments[4])\(browser.problems.isEmpty ? "" : "; browser problems: \(browser.problems)")")
    exit(0)
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
try FileManager.default.createDirectory(atPath: options.work, withIntermediateDirectories: true)
let input = options.work + "/input-\(options.records).jsonl"
if !FileManager.default.fileExists(atPath: input) {
    print("generating \(options.records) articles into \(input) …")
    try generate(records: options.records, to: input + ".part")
    try FileManager.default.moveItem(atPath: input + ".part", toPath: input)
}
print("input: \(megabytes(input))")
let output = options.work + "/run-\(options.records)"
let run = Process()
run.executableURL = URL(fileURLWithPath: options.winnow)
run.arguments = ["run", "--config", "pipeline.json", "--input", input, "--output", output, "--quiet"]
let runStart = ContinuousClock.now
try run.run()
run.waitUntilExit()
guard run.terminationStatus == 0 else { throw BrowserError("winnow run failed (\(run.terminationStatus))") }
print(
    String(
        format: "winnow run: %.1f s; report.html %@, report.json %@",
        seconds(ContinuousClock.now - runStart),
        megabytes(output + "/report.html"),
        megabytes(output + "/report.json")
    )
)

guard let chromium = HeadlessBrowser.findExecutable() else {
    throw BrowserError("Chromium is not installed (apt-get install chromium)")
}
let browser = try HeadlessBrowser(executable: chromium)
defer { browser.shutDown() }
var large: [(wall: Double, page: Double, record: Double)] = []
var small: [(wall: Double, page: Double, record: Double)] = []
for _ in 0..<options.repeats {
    if let folder = options.small { small.append(try time(browser, folder: folder)) }
    large.append(try time(browser, folder: output))
}
let largeWall = median(large.map(\.wall))
print(
    String(
        format:
            "%d-record report: opened and drawn in %.2f s (median of %d; page's own clock %.2f s); one record opened in %.3f s",
        options.records,
        largeWall,
        large.count,
        median(large.map(\.page)),
        median(large.map(\.record))
    )
)
if !small.isEmpty {
    let smallWall = median(small.map(\.wall))
    print(
        String(
            format: "small report (%@): %.2f s; ratio large/small %.1f×",
            options.small ?? "",
            smallWall,
            largeWall / smallWall
        )
    )
}
print(largeWall <= 10 ? "within the 10 s target" : "OVER the 10 s target")
if !browser.problems.isEmpty { print("browser problems: \(browser.problems)") }
