import Foundation
import Testing

@testable import WinnowCore

/// Noise recall and content retention of the default pipeline's cleaning
/// stages on line-labelled fixture sets written for winnow (see
/// `Tests/Fixtures/boilerplate-heldout-*`), scored like
/// `../shared/eval/score_clean.py`, and near-miss content that must survive.
@Suite("boilerplate on labelled fixture sets")
struct BoilerplateFixtureTests {
    struct Score: CustomStringConvertible {
        var noise = 0, removed = 0, content = 0, kept = 0
        var missed: [String] = [], lost: [String] = []
        var recall: Double { Double(removed) / Double(max(noise, 1)) }
        var retention: Double { Double(kept) / Double(max(content, 1)) }
        var description: String { "recall \(recall) retention \(retention) missed \(missed) lost \(lost)" }
    }

    /// Lower-cased, curly quotes and dashes folded, spacing collapsed.
    static func normalized(_ text: some StringProtocol) -> String {
        foldedForComparison(text)
    }

    /// Runs html + boilerplate + normalize over the set (each file one
    /// record of the source before `__` in its name) and scores it.
    static func score(set name: String) async throws -> Score {
        let directory = Fixtures.fixturesDirectory.appending(name)
        guard case .object(let labels) = try Fixtures.json(name.appending("labels.json")) else {
            throw CocoaError(.fileReadCorruptFile)
        }
        var feed: [String] = []
        var files: [String: [Substring]] = [:]
        for file in labels.keys.sorted() where !file.hasPrefix("_") {
            let text = try String(contentsOfFile: directory.appending(file), encoding: .utf8)
            files[file] = text.split(separator: "\n", omittingEmptySubsequences: false)
            var object = JSONObject()
            let id = String(file.dropLast(4))
            object["id"] = .string(id)
            object["source"] = .string(String(id.prefix { $0 != "_" }))
            object["text"] = .string(text)
            feed.append(JSONValue.object(object).serialized())
        }
        let input = try InputTestDirectory()
        defer { input.remove() }
        let path = try input.write("feed.jsonl", feed.joined(separator: "\n"))
        let result = try await RunResult.run(
            #"{"stages": [{"stage": "html"}, {"stage": "boilerplate"}, {"stage": "normalize"}]}"#,
            inputs: [.path(path)]
        )
        defer { result.remove() }
        var outputs: [String: String] = [:]
        for record in result.records {
            if let id = record["id"]?.stringValue { outputs[id] = record["text"]?.stringValue ?? "" }
        }
        var score = Score()
        for (file, lines) in files.sorted(by: { $0.key < $1.key }) {
            guard case .object(let label)? = labels[file], case .array(let noiseValues)? = label["noise"] else {
                continue
            }
            let noise = Set(
                noiseValues.compactMap { value -> Int? in
                    if case .number(let number) = value { return number.intValue }
                    return nil
                }
            )
            let output = outputs[String(file.dropLast(4))] ?? ""
            let outputText = normalized(output)
            let outputLines = Set(output.split(separator: "\n").map { normalized($0) })
            for (offset, line) in lines.enumerated() {
                let text = normalized(line)
                guard !text.isEmpty else { continue }
                if noise.contains(offset + 1) {
                    score.noise += 1
                    let words = text.split(separator: " ").count
                    if !outputLines.contains(text) && !(words >= 4 && outputText.contains(text)) {
                        score.removed += 1
                    } else {
                        score.missed.append("\(file):\(offset + 1)")
                    }
                } else {
                    score.content += 1
                    if outputText.contains(text) { score.kept += 1 } else { score.lost.append("\(file):\(offset + 1)") }
                }
            }
        }
        return score
    }

    /// Sets a and b were written before the rule families were checked on
    /// them, then used to fix family gaps; set c was written after them, and
    /// set d after c, each measured before the rule families were widened
    /// for the gaps it showed (c: 0.920, d: 0.793 recall and 0.967
    /// retention), then both used to fix family gaps; set e was written
    /// after that work and measured untuned (0.883 recall, 1.000
    /// retention) before its gaps were fixed as families; set f (German,
    /// French, Portuguese and Polish noise) was written after set e's
    /// fixes and measured untuned (0.742 recall, 1.000 retention) before
    /// its gaps were fixed as families. Sets g to j were written blind
    /// later and measured untuned before their gaps were fixed as
    /// families (recall g 0.847, h 0.891, i 0.864, j 0.688; retention
    /// 0.962, 0.975, 1.000, 1.000); j, the hardest (section labels, bare
    /// bylines, Hindi footers), stays below the others. Sets k and l were
    /// written blind after that and measured untuned (recall k 0.828, l
    /// 0.873; retention 0.996, 1.000) before their gaps were fixed as
    /// families; so was set m (its first 4 articles 0.831 / 1.000; all 6,
    /// the last 2 unseen, 0.960 / 1.000 after the first 4 were fixed) and
    /// set n (0.892 / 0.994), set o (0.831 / 1.000), set p (0.846 /
    /// 1.000: Canadian, Brazilian, Singaporean and public-radio outlets)
    /// set q (0.795 / 1.000: Irish, Nigerian, Swedish and markets outlets;
    /// Swedish was new to the rules) and set r (0.807 / 1.000: Scottish,
    /// Mexican, Polish and sports outlets; Polish was new) and set s (0.860 /
    /// 0.997: English tabloid, Indian, tech-review and Jamaican outlets)
    /// and set t (0.942 / 0.958 with the structural detectors: New
    /// Zealand, Nigerian, US sports and bilingual Canadian outlets) and
    /// set u (0.935 / 0.983: South African, Irish farming, Philippine and
    /// Swiss outlets), their lost lines fixed first and their misses later
    /// (link lists under a heading another rule took, author notes, gallery
    /// counts) and set v (0.820 / 0.974: Nigerian business, New Zealand
    /// regional, US local TV and Malaysian outlets; its gaps then fixed as
    /// families: a fact box and a question subhead after links, Malay
    /// footers and bylines, sponsor disclosures, calls to action) and set w
    /// (0.925 / 0.989: Irish weekly, South African, Acadian bilingual and
    /// football club outlets; then ad markers in Irish and Afrikaans,
    /// press-council lines, edition notes, a year in brackets on a list
    /// item kept) and set x (0.799 / 1.000: Kenyan with Swahili furniture,
    /// Welsh/English bilingual, Singapore business and US public radio
    /// outlets; then each half of a two-language line judged alone, Welsh
    /// and Swahili labels, underwriting credits).
    @Test(arguments: [
        ("boilerplate-heldout-a", 0.97), ("boilerplate-heldout-b", 0.97), ("boilerplate-heldout-c", 0.97),
        ("boilerplate-heldout-d", 0.97), ("boilerplate-heldout-e", 0.97), ("boilerplate-heldout-f", 0.97),
        ("boilerplate-heldout-g", 0.97), ("boilerplate-heldout-h", 0.97), ("boilerplate-heldout-i", 0.97),
        ("boilerplate-heldout-j", 0.92), ("boilerplate-heldout-k", 0.97), ("boilerplate-heldout-l", 0.97),
        ("boilerplate-heldout-m", 0.97), ("boilerplate-heldout-n", 0.97),
        ("boilerplate-heldout-o", 0.97), ("boilerplate-heldout-p", 0.97), ("boilerplate-heldout-q", 0.97),
        ("boilerplate-heldout-r", 0.97), ("boilerplate-heldout-s", 0.97), ("boilerplate-heldout-t", 0.97),
        ("boilerplate-heldout-u", 0.97), ("boilerplate-heldout-v", 0.97), ("boilerplate-heldout-w", 0.97),
        ("boilerplate-heldout-x", 0.97),
    ])
    func fixtureSetScores(set: String, minimumRecall: Double) async throws {
        let score = try await Self.score(set: set)
        #expect(score.noise > 40 && score.content > 25)
        #expect(score.recall >= minimumRecall, "\(set): \(score)")
        #expect(score.retention >= 0.995, "\(set): \(score)")
    }

    @Test func nearMissContentLinesSurvive() throws {
        let text = try String(
            contentsOfFile: Fixtures.fixturesDirectory.appending("boilerplate-near-misses.txt"),
            encoding: .utf8
        )
        let lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.trimmingWhitespace().isEmpty }
        #expect(lines.count >= 40)
        let harness = StageHarness<BoilerplateStage>()
        for line in lines {
            let staged = try harness.run(text: BoilerplateStageTests.document(around: String(line)))
            #expect(staged.removals.isEmpty, "removed content: \(line) (by \(staged.removals.map(\.rule)))")
        }
    }
}
