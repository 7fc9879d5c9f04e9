import Foundation
import Testing

@testable import WinnowCore

@Suite("boilerplate rule families, gates and positions")
struct BoilerplateRuleFamilyTests {
    let harness = StageHarness<BoilerplateStage>()

    /// Every line the tests know: the rules' examples and near-misses and
    /// every line of the sample articles.
    static func knownLines() throws -> [String] {
        var lines: [String] = []
        for examples in BuiltInBoilerplateRules.lineExamples.values { lines += examples.removed + examples.kept }
        for documents in BuiltInBoilerplateRules.documentExamples.values {
            for document in documents { lines += document.document.split(separator: "\n").map(String.init) }
        }
        for record in try SampleRecords.afterHTMLStage() {
            lines += record.body.split(separator: "\n").map(String.init)
        }
        return lines.map { $0.trimmingWhitespace().description }.filter { !$0.isEmpty }
    }

    @Test func everyGateAdmitsTheLinesItsPatternMatches() throws {
        let lines = try Self.knownLines()
        #expect(lines.count > 500)
        for rule in BuiltInBoilerplateRules.all {
            guard case .line(let patterns, _) = rule.detector else { continue }
            for pattern in patterns {
                let regex = NSRegularExpression.builtIn(pattern.regex, for: rule.name)
                let gate = pattern.gate.compiled()
                for line in lines where regex.firstMatch(in: line) != nil {
                    let sheet = LineSheet(line)
                    #expect(gate.admits(sheet.foldedBytes(0)), "\(rule.name): gate hides a match: \(line)")
                }
            }
        }
    }

    /// A pattern searched only on the line's tail gives the verdict the
    /// whole line would.
    @Test func tailSearchedPatternsMatchAsOnTheWholeLine() throws {
        let lines = try Self.knownLines()
        for rule in BuiltInBoilerplateRules.all {
            guard case .line(let patterns, _) = rule.detector else { continue }
            for pattern in patterns {
                guard let units = pattern.searchedTail else { continue }
                let regex = NSRegularExpression.builtIn(pattern.regex, for: rule.name)
                for line in lines {
                    let length = line.utf16.count
                    let start = max(0, length - units)
                    let onTail = regex.firstMatch(
                        in: line,
                        options: [],
                        range: NSRange(location: start, length: length - start)
                    )
                    #expect((regex.firstMatch(in: line) != nil) == (onTail != nil), "\(rule.name): \(line)")
                }
            }
        }
    }

    /// Learned furniture compares lines with weekday and month names folded,
    /// so a dated byline or edition line recurs across days.
    @Test func furnitureLinesMatchAcrossWeekdaysAndMonths() {
        func hash(_ line: String) -> UInt64 { SiteFurniture.lines(of: Array(line.utf8))[0].hash }
        #expect(hash("By Herald staff — Wednesday 5 November 2025") == hash("By Herald staff — Friday 7 April 2026"))
        #expect(hash("Local news since 1921 | Tue. edition") == hash("Local news since 1921 | Sat. edition"))
        #expect(hash("Local news since 1921") != hash("Local news since 1921 | Tuesday edition"))
        #expect(hash("Share this story") != hash("Share this tale"))
        // Beyond a line's first words, names count as words.
        let long = "One two three four five six seven eight nine ten eleven twelve thirteen"
        #expect(hash(long + " Monday") != hash(long + " Friday"))
    }

    @Test func mostProseLinesNeverReachARegex() throws {
        let prose = try SampleRecords.afterHTMLStage().flatMap { record in
            let sheet = LineSheet(record.body)
            return (0..<sheet.count).filter { sheet.wordCount($0) >= 12 }.map { (sheet, $0) }
        }
        #expect(prose.count > 100)
        var reached = 0
        for (sheet, index) in prose {
            let facts = sheet.facts[index]
            let admitted = BuiltInBoilerplateRules.all.contains { rule in
                guard case .line(let patterns, let maxLength) = rule.detector, facts.scalars <= maxLength else {
                    return false
                }
                return patterns.contains { $0.gate.compiled().admits(sheet.foldedBytes(index)) }
            }
            if admitted { reached += 1 }
        }
        #expect(Double(reached) < 0.5 * Double(prose.count), "\(reached) of \(prose.count) prose lines reach a regex")
    }

    @Test func lineFactsAreComputedFromTheBytes() {
        let sheet = LineSheet("  Ünïcode Line, Twelve words?  \n\n先日、不正に改造した端末\nSTORY CONTINUES BELOW\u{00A0}")
        #expect(sheet.count == 4)
        #expect(sheet.text(0) == "Ünïcode Line, Twelve words?")
        #expect(sheet.facts[0].words == 4)
        #expect(sheet.facts[0].endsSentence)
        #expect(!sheet.facts[0].isASCII)
        #expect(String(decoding: sheet.foldedBytes(0), as: UTF8.self) == "ünïcode line, twelve words?")
        #expect(sheet.isBlank(1))
        #expect(sheet.facts[2].script == .cjk)
        #expect(sheet.facts[2].words >= 5)
        #expect(String(decoding: sheet.foldedBytes(3), as: UTF8.self) == "story continues below")
        #expect(sheet.text(3) == "STORY CONTINUES BELOW")
    }

    @Test func removalsArePlacedInTheOriginalText() throws {
        let text = """
            The harbour board met on Tuesday and agreed to extend the quay.

              ADVERTISEMENT  

            Work is expected to start in April, the board's chair said.
            The contractor was named on Friday.

            Share this article
            """
        let staged = try harness.run(text: text)
        #expect(staged.removals.map(\.rule) == ["advertisement", "share"])
        for removal in staged.removals {
            let range = try #require(removal.range)
            let bytes = Array(text.utf8)[range]
            #expect(String(decoding: bytes, as: UTF8.self).trimmingWhitespace().description == removal.text)
        }
        #expect(
            staged.record.body
                == "The harbour board met on Tuesday and agreed to extend the quay.\n\nWork is expected to start in April, the board's chair said.\nThe contractor was named on Friday."
        )
    }

    @Test func rulesCanBeDisabledByKind() throws {
        var options = BoilerplateOptions()
        // The credit's shape (line-shape) would take it otherwise.
        options.disable = ["caption", "embed", "line-shape"]
        let text =
            "The story.\n\nA crane on the quay. (Ana Brisk/Valley Herald)\n\nListen to this article 4 min\n\nAdvertisement\n\nThe end of the story."
        let staged = try StageHarness<BoilerplateStage>(options: options).run(text: text)
        #expect(staged.removals.map(\.rule) == ["advertisement"])
        #expect(staged.removals.map(\.kind) == [.advertisement])
    }

    @Test func disableNamesAKindOrARule() throws {
        let good = try PipelineConfiguration.parse(
            #"{"stages": [{"stage": "boilerplate", "disable": ["foreign-footer", "related-links"]}]}"#,
            file: "p.json"
        )
        #expect((good.stages.first as? BoilerplateStage)?.options.disable == ["foreign-footer", "related-links"])
        #expect(throws: ConfigurationError.self) {
            try PipelineConfiguration.parse(
                #"{"stages": [{"stage": "boilerplate", "disable": ["captions"]}]}"#,
                file: "p.json"
            )
        }
    }

    @Test func everyRuleHasAKindAndAReportName() {
        for rule in BuiltInBoilerplateRules.all {
            #expect(RemovalKind(rawValue: rule.kind.rawValue) == rule.kind)
            #expect(rule.kind != .userRule && rule.kind != .siteTemplate, "\(rule.name)")
        }
    }
}
