import Foundation
import Testing

@testable import WinnowCore

@Suite("boilerplate stage")
struct BoilerplateStageTests {
    let harness = StageHarness<BoilerplateStage>()
    static let before =
        "The harbour board met on Tuesday and agreed to extend the quay by forty metres before the summer."
    static let after = "Work is expected to start in April and to last about six months, the board's chair said."

    /// `line` between two ordinary paragraphs.
    static func document(around line: String) -> String {
        "\(before)\n\n\(line)\n\n\(after)"
    }

    @Test func everyBuiltInRuleHasExamples() {
        for rule in BuiltInBoilerplateRules.all {
            let hasLineExamples = BuiltInBoilerplateRules.lineExamples[rule.name].map { !$0.removed.isEmpty } ?? false
            let hasDocumentExamples = !(BuiltInBoilerplateRules.documentExamples[rule.name] ?? []).isEmpty
            #expect(hasLineExamples || hasDocumentExamples, "rule '\(rule.name)' has no examples")
        }
    }

    @Test(arguments: BuiltInBoilerplateRules.lineExamples.keys.sorted())
    func lineRuleExamples(rule: String) throws {
        let examples = try #require(BuiltInBoilerplateRules.lineExamples[rule])
        for line in examples.removed {
            let staged = try harness.run(text: Self.document(around: line))
            #expect(staged.removals.map(\.rule) == [rule], "\(rule) should remove: \(line)")
            #expect(staged.record.body == "\(Self.before)\n\n\(Self.after)")
        }
        for line in examples.kept {
            let staged = try harness.run(text: Self.document(around: line))
            #expect(staged.removals.isEmpty, "\(rule) should keep: \(line) (removed by \(staged.removals.map(\.rule)))")
        }
    }

    @Test(arguments: BuiltInBoilerplateRules.documentExamples.keys.sorted())
    func contextualRuleExamples(rule: String) throws {
        for example in BuiltInBoilerplateRules.documentExamples[rule] ?? [] {
            let staged = try harness.run(text: example.document)
            let removedByRule = staged.removals.filter { $0.rule == rule }.map(\.text)
            #expect(removedByRule == example.removed)
            let allRemoved = Set(staged.removals.map(\.text))
            for line in example.document.split(separator: "\n") where !allRemoved.contains(String(line)) {
                #expect(staged.record.body.contains(line), "kept line missing: \(line)")
            }
        }
    }

    @Test func removalsCarryStageRuleTextAndLine() throws {
        let staged = try harness.run(text: "First paragraph of the story.\n\nAdvertisement\n\nSecond paragraph.")
        var expected = Removal(
            stage: "boilerplate",
            stageIndex: 0,
            rule: "advertisement",
            kind: .advertisement,
            text: "Advertisement",
            characters: 13,
            line: 3
        )
        expected.range = 31..<44
        #expect(staged.removals == [expected])
    }

    @Test func userRulesRunFirstAndNameTheirRemovals() throws {
        let configuration = try PipelineConfiguration.parse(
            #"{"stages": [{"stage": "boilerplate", "rules": [{"name": "promo", "regex": "^Promo:"}, {"name": "tip", "literal": "got a tip? write to us"}]}]}"#,
            file: "p.json"
        )
        let stage = try #require(configuration.stages.first as? BoilerplateStage)
        let staged = try StageHarness(stage).run(
            text: "Promo: half-price tickets\n\nThe story.\n\n  Got a tip? Write to us  \n\nAdvertisement"
        )
        #expect(staged.removals.map(\.rule) == ["promo", "tip", "advertisement"])
        #expect(staged.record.body == "The story.")
    }

    @Test func disabledRulesAndBuiltInOffKeepTheirLines() throws {
        var options = BoilerplateOptions()
        options.disable = ["advertisement"]
        let text = "The story.\n\nAdvertisement\n\nShare this article"
        #expect(try StageHarness<BoilerplateStage>(options: options).run(text: text).removals.map(\.rule) == ["share"])
        options.builtIn = false
        #expect(try StageHarness<BoilerplateStage>(options: options).run(text: text).removals.isEmpty)
    }

    @Test func aHardWrappedParagraphIsJudgedWhole() throws {
        // Line by line, the middle line would look like a newsletter prompt.
        let paragraph = """
            The union said in a statement on Friday that members had been told of
            the offer by newsletter and by text message, and that the ballot would
            close at noon on the last Friday of the month after a week of meetings.
            """
        let staged = try harness.run(text: "\(Self.before)\n\n\(paragraph)\n\nAdvertisement")
        #expect(staged.removals.map(\.rule) == ["advertisement"])
        #expect(staged.record.body == "\(Self.before)\n\n\(paragraph)")
    }

    @Test func aWrappedParagraphAfterALinkListIsNotALink() throws {
        let text = """
            \(Self.before)

            Read more:
            Ferry fares to rise in spring

            Business owners said they understood the need for the work but feared
            for the spring season, when day visitors from the city usually return.
            """
        let staged = try harness.run(text: text)
        #expect(staged.removals.map(\.text) == ["Read more:", "Ferry fares to rise in spring"])
    }

    @Test func footerTailNeverTakesMostOfADocument() throws {
        let shortLines = (1...12).map { "Short line number \($0) of a list." }.joined(separator: "\n\n")
        let staged = try harness.run(text: "Share this article\n\n\(shortLines)")
        #expect(staged.removals.map(\.rule) == ["share"])
    }

    @Test func unspacedScriptsCountAsLongLines() throws {
        let japanese = "先日、不正に改造した端末を販売したとして、商標法違反の疑いで男性が逮捕されたというニュースがありました。"
        let text = "メニュー\n\nShare\n\n\(japanese)\n\n\(japanese)\n\nComments (2)"
        let staged = try harness.run(text: text)
        #expect(staged.record.body.contains(japanese))
        #expect(!staged.removals.contains { $0.rule == "footer-tail" })
    }

    @Test func sampleArticlesAreCleanedIdempotentlyAndNothingIsLost() async throws {
        let records = try SampleRecords.afterHTMLStage()
        #expect(records.count >= 30)
        for record in records {
            let once = try harness.run(record)
            let twice = try harness.run(once.record)
            #expect(
                twice.removals.isEmpty,
                "a second pass removed more from \(record.id): \(twice.removals.map(\.text))"
            )
            let originalLines = record.body.split(separator: "\n").map { $0.trimmingWhitespace() }.filter {
                !$0.isEmpty
            }
            let keptLines = once.record.body.split(separator: "\n").map { $0.trimmingWhitespace() }.filter {
                !$0.isEmpty
            }
            let removedPhysicalLines = once.removals.reduce(0) { $0 + $1.lines }
            #expect(keptLines.count + removedPhysicalLines == originalLines.count, "lines lost in \(record.id)")
        }
    }
}
