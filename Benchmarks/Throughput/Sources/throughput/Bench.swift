import Foundation

/// The `run` command: every set, side by side with `wc -w`.
struct Bench {
    let winnow: String
    let config: String
    let work: String
    let sizes: [Int]
    let textArticles: Int
    let htmlShare: Double
    let oversizedMB: Int
    let jobs: Int?

    init(options: Options) throws {
        guard let winnow = options.values["winnow"] else { throw BenchError("run needs --winnow BIN") }
        self.winnow = winnow
        config = options.string("config", "pipeline.json")
        work = options.string("work", "/tmp/winnow-bench")
        sizes = try options.string("articles", "10000,100000,1000000").split(separator: ",").map { text in
            guard let size = Int(text), size > 0 else {
                throw BenchError("--articles takes sizes such as 10000,100000")
            }
            return size
        }
        textArticles = try options.int("text-articles", 20_000)
        htmlShare = try options.double("html-share", 0.3)
        oversizedMB = try options.int("oversized-mb", 60)
        jobs = options.values["jobs"].flatMap(Int.init)
    }

    struct Result {
        var label: String
        var file: CorpusFile
        var winnow: Measurement
        var wordCount: Double
        var counts: [String: Any]
        var timing: ReportTiming?

        var perArticle: Double { winnow.wall / Double(max(1, file.records)) }
    }

    func run() throws {
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        say(
            "winnow throughput benchmark: \(winnow), \(config), \(ProcessInfo.processInfo.activeProcessorCount) cores, jobs \(jobs.map(String.init) ?? "default")"
        )
        say("data in \(work) (generated, never copied from a corpus)\n")
        var results: [Result] = []
        if textArticles > 0 {
            let generator = ArticleGenerator(htmlShare: 0)
            let file = try CorpusFile.prepare(
                count: textArticles,
                generator: generator,
                at: "\(work)/text-\(textArticles).jsonl"
            )
            results.append(try measure("text \(textArticles)", file))
        }
        for size in sizes {
            let generator = ArticleGenerator(htmlShare: htmlShare)
            let file = try CorpusFile.prepare(count: size, generator: generator, at: "\(work)/articles-\(size).jsonl")
            results.append(try measure("mixed \(size)", file))
        }
        if oversizedMB > 0 { try oversized() }
        summary(results)
    }

    private func measure(_ label: String, _ file: CorpusFile) throws -> Result {
        let megabytes = Double(file.bytes) / 1e6
        say(
            "== \(label): \(file.records) records (\(file.html) HTML, \(file.copies) generated copies), \(format(megabytes)) MB"
        )
        let before = try Measurement.run(["wc", "-w", file.path], timeOutput: "\(work)/time.txt")
        let output = "\(work)/out-\(label.replacingOccurrences(of: " ", with: "-"))"
        var arguments = [winnow, "run", "--config", config, "--input", file.path, "--output", output]
        if let jobs { arguments += ["--jobs", String(jobs)] }
        let run = try Measurement.run(arguments, timeOutput: "\(work)/time.txt")
        guard run.status == 0 else {
            throw BenchError("winnow exited with \(run.status):\n\(run.standardError.suffix(2000))")
        }
        let after = try Measurement.run(["wc", "-w", file.path], timeOutput: "\(work)/time.txt")
        let wordCount = min(before.wall, after.wall)
        let counts = ReportTiming.headObject("counts", in: "\(output)/report.json") ?? [:]
        let timing = ReportTiming.read("\(output)/report.json")
        let result = Result(label: label, file: file, winnow: run, wordCount: wordCount, counts: counts, timing: timing)
        say(
            "  wc -w: \(format(before.wall)) s before, \(format(after.wall)) s after (CPU \(format(min(before.cpu, after.cpu))) s)"
        )
        say(
            "  winnow: \(format(run.wall)) s wall, \(format(run.cpu)) s CPU, CPU/wall \(format(run.cpu / run.wall)), peak RSS \(format(Double(run.peakRSSKiB) / 1024)) MiB (\(format(Double(run.peakRSSKiB) / Double(file.records) * 1024)) bytes/article)"
        )
        say(
            "  \(Int(Double(file.records) / run.wall)) records/s, \(format(megabytes / run.wall)) MB/s, \(format(run.wall / Double(file.records) * 1e6)) µs/article; winnow / wc -w = \(format(run.wall / wordCount))x wall, \(format(run.cpu / min(before.cpu, after.cpu) / 2))x in CPU over 2 cores"
        )
        say(
            "  counts: \(["read", "canonical", "folded", "rejected", "clusters"].map { "\($0) \(counts[$0] ?? "?")" }.joined(separator: ", "))"
        )
        if let timing {
            say(
                "  CPU per stage (summed over workers): \(timing.stages.map { "\($0.name) \(format($0.seconds)) s" }.joined(separator: ", "))"
            )
            say(
                "  CPU per step (summed over workers): \(timing.work.map { "\($0.name) \(format($0.seconds)) s" }.joined(separator: ", "))"
            )
            say(
                "  phases (wall): \(timing.phases.map { "\($0.name) \(format($0.seconds)) s" }.joined(separator: ", "))"
            )
        }
        say("")
        try? FileManager.default.removeItem(atPath: output)
        return result
    }

    private func oversized() throws {
        let generator = ArticleGenerator(htmlShare: htmlShare)
        let file = try CorpusFile.prepare(
            count: 6,
            generator: generator,
            at: "\(work)/oversized-\(oversizedMB)mb.jsonl",
            oversizedBytes: oversizedMB << 20
        )
        let output = "\(work)/out-oversized"
        let run = try Measurement.run(
            [winnow, "run", "--config", config, "--input", file.path, "--output", output],
            timeOutput: "\(work)/time.txt"
        )
        let rejected = (try? String(contentsOfFile: "\(output)/rejected.jsonl", encoding: .utf8)) ?? ""
        let line = rejected.split(separator: "\n").first { $0.contains("maximum record size") }
        say("== one \(oversizedMB) MB record among \(file.records - 1) others (\(format(Double(file.bytes) / 1e6)) MB)")
        say(
            "  winnow: \(format(run.wall)) s wall, \(format(run.cpu)) s CPU, peak RSS \(format(Double(run.peakRSSKiB) / 1024)) MiB, exit \(run.status)"
        )
        say("  rejected: \(line.map(String.init) ?? "NOT REJECTED for its size")")
        if run.status != 0 { say("  winnow failed: \(run.standardError.suffix(500))") }
        say("")
        try? FileManager.default.removeItem(atPath: output)
    }

    private func summary(_ results: [Result]) {
        say("== summary")
        say(
            pad("set", 15) + pad("records", 10) + pad("MB", 9) + pad("wall s", 9) + pad("rec/s", 9) + pad("MB/s", 8)
                + pad("CPU/wall", 9) + pad("RSS MiB", 9) + pad("B/art", 8) + pad("vs wc -w", 9)
                + "RSS bound (N KiB + 300 MiB)"
        )
        for result in results {
            let bound = Double(result.file.records) / 1024 + 300
            let rss = Double(result.winnow.peakRSSKiB) / 1024
            say(
                pad(result.label, 15) + pad("\(result.file.records)", 10)
                    + pad(format(Double(result.file.bytes) / 1e6), 9)
                    + pad(format(result.winnow.wall), 9)
                    + pad("\(Int(Double(result.file.records) / result.winnow.wall))", 9)
                    + pad(format(Double(result.file.bytes) / 1e6 / result.winnow.wall), 8)
                    + pad(format(result.winnow.cpu / result.winnow.wall), 9) + pad(format(rss), 9)
                    + pad(format(rss * 1024 * 1024 / Double(result.file.records), digits: 0), 8)
                    + pad(format(result.winnow.wall / result.wordCount) + "x", 9)
                    + "\(format(bound, digits: 0)) MiB \(rss <= bound ? "ok" : "OVER")"
            )
        }
        let mixed = results.filter { $0.label.hasPrefix("mixed") }.sorted { $0.file.records < $1.file.records }
        if let largest = mixed.last,
            let reference = mixed.first(where: { $0.file.records == 100_000 }) ?? mixed.dropLast().last,
            largest.file.records > reference.file.records
        {
            say(
                "time per article: \(format(largest.perArticle * 1e6)) µs at \(largest.file.records), \(format(reference.perArticle * 1e6)) µs at \(reference.file.records): \(format(largest.perArticle / reference.perArticle))x"
            )
        }
    }
}

func format(_ value: Double, digits: Int = 2) -> String {
    String(format: "%.\(digits)f", value)
}

func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
}
