import Foundation

// throughput: generates articles and times `winnow run` on them next to
// `wc -w` over the same file, in the same run. See Scripts/bench.sh.

let usage = """
    usage:
      throughput run --winnow BIN [--config FILE] [--work DIR] [--articles N,N,...]
                     [--text-articles N] [--html-share F] [--oversized-mb M] [--jobs N]
      throughput generate --articles N --output FILE [--html-share F] [--oversized-mb M]

    run: for each size, generates (or reuses) DIR/articles-N.jsonl, times `wc -w` on it before
    and after, and `winnow run --config FILE` under /usr/bin/time -v; prints records/s, MB/s,
    peak RSS, CPU/wall, per-stage time and the ratio to `wc -w`. --text-articles adds a set of
    text-only articles (0 skips it); --oversized-mb adds a small file holding one record of that
    many MB, which winnow must reject quickly (0 skips it).
    Defaults: --articles 10000,100000,1000000 --text-articles 20000 --html-share 0.3
    --oversized-mb 60 --work /tmp/winnow-bench --config pipeline.json.
    """

struct Options {
    var values: [String: String] = [:]

    init(_ arguments: ArraySlice<String>) throws {
        var iterator = arguments.makeIterator()
        while let name = iterator.next() {
            guard name.hasPrefix("--"), let value = iterator.next() else { throw BenchError("bad arguments\n\(usage)") }
            values[String(name.dropFirst(2))] = value
        }
    }

    func string(_ name: String, _ fallback: String) -> String { values[name] ?? fallback }
    func int(_ name: String, _ fallback: Int) throws -> Int {
        guard let text = values[name] else { return fallback }
        guard let value = Int(text) else { throw BenchError("--\(name) takes a whole number, not '\(text)'") }
        return value
    }
    func double(_ name: String, _ fallback: Double) throws -> Double {
        guard let text = values[name] else { return fallback }
        guard let value = Double(text) else { throw BenchError("--\(name) takes a number, not '\(text)'") }
        return value
    }
}

func main() throws {
    let arguments = CommandLine.arguments
    guard arguments.count >= 2 else { throw BenchError(usage) }
    let options = try Options(arguments.dropFirst(2))
    switch arguments[1] {
    case "generate":
        let count = try options.int("articles", 10_000)
        guard let output = options.values["output"] else { throw BenchError("generate needs --output FILE") }
        let generator = ArticleGenerator(htmlShare: try options.double("html-share", 0.3))
        let file = try CorpusFile.prepare(
            count: count,
            generator: generator,
            at: output,
            oversizedBytes: try options.int("oversized-mb", 0) << 20
        )
        say("\(output): \(file.records) records (\(file.html) HTML, \(file.copies) copies), \(file.bytes) bytes")
    case "run":
        try Bench(options: options).run()
    default:
        throw BenchError(usage)
    }
}

/// Prints a line at once, also when the output goes to a file (print
/// would hold it in a buffer until the end of a long run).
func say(_ line: String = "") {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

do {
    try main()
} catch {
    FileHandle.standardError.write(Data("throughput: \(error)\n".utf8))
    exit(2)
}
