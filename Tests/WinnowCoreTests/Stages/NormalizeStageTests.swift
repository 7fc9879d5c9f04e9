import Foundation
import TestSupport
import Testing

@testable import WinnowCore

@Suite("normalize stage")
struct NormalizeStageTests {
    func normalize(
        _ text: String,
        title: String? = nil,
        _ configure: (inout NormalizeOptions) -> Void = { _ in }
    ) throws -> StagedRecord {
        var options = NormalizeOptions()
        configure(&options)
        return try StageHarness<NormalizeStage>(options: options).run(text: text, title: title)
    }

    @Test func composesToNFCAndKeepsTheArticlesCharacters() throws {
        let staged = try normalize("Cafe\u{301} \u{201C}quoted\u{201D} \u{2014} it\u{2019}s")
        #expect(staged.record.body == "Caf\u{E9} \u{201C}quoted\u{201D} \u{2014} it\u{2019}s")
        #expect(staged.record.body.unicodeScalars.count == 20)
    }

    @Test func foldsQuotesAndDashesOnlyWhenAsked() throws {
        let staged = try normalize("\u{201C}A\u{201D} \u{2018}b\u{2019} c\u{2013}d e\u{2014}f") {
            $0.foldQuotes = true
            $0.foldDashes = true
        }
        #expect(staged.record.body == "\"A\" 'b' c-d e-f")
    }

    @Test func nfkcIsAvailable() throws {
        #expect(try normalize("ﬁne １２") { $0.form = .nfkc }.record.body == "fine 12")
        #expect(try normalize("ﬁne") { $0.form = .none }.record.body == "ﬁne")
    }

    @Test func collapsesWhitespaceAndCountsWhatItRemoved() throws {
        let staged = try normalize("  First\u{A0}\u{A0}line \t here  \n\n\n\nSecond   line\n\n")
        #expect(staged.record.body == "First line here\n\nSecond line")
        let whitespace = try #require(staged.removals.first { $0.rule == "whitespace" })
        #expect(whitespace.characters == 13)
        #expect(whitespace.lines == 0)
        #expect(whitespace.line == nil)
    }

    @Test func removesInvisibleCharacters() throws {
        let staged = try normalize("Zero\u{200B}width soft\u{AD}hyphen\u{FEFF} bell\u{7}")
        #expect(staged.record.body == "Zerowidth softhyphen bell")
        #expect(staged.removals.first { $0.rule == "invisible" }?.characters == 4)
    }

    @Test func unwrapsHardWrappedParagraphsOnly() throws {
        let wrapped = """
            The fisheries authority rejected the request, saying that delay would
            risk a much longer closure later. Its director said a support fund of
            six million crowns would be available to help owners with co-
            operation costs.

            Tides
            Weather
            Sailings
            """
        let staged = try normalize(wrapped)
        #expect(
            staged.record.body == """
                The fisheries authority rejected the request, saying that delay would risk a much longer closure later. Its director said a support fund of six million crowns would be available to help owners with co-operation costs.

                Tides
                Weather
                Sailings
                """
        )
        #expect(try normalize(wrapped) { $0.unwrapLines = .never }.record.body == wrapped)
        #expect(try normalize("Tides\nWeather") { $0.unwrapLines = .always }.record.body == "Tides Weather")
    }

    @Test func titlesAreNormalisedToo() throws {
        let staged = try normalize("Body.", title: "  Cafe\u{301}\u{200B}  reopens\n today ")
        #expect(staged.record.title == "Caf\u{E9} reopens today")
    }

    /// The stage's spacing rules written the slow, obvious way over
    /// Characters: the reference the byte-level passes must agree with.
    private func reference(_ text: String) -> (text: String, invisible: Int, whitespace: Int) {
        var text = text
        let before = text.unicodeScalars.count
        text.unicodeScalars.removeAll(where: \.isInvisible)
        let invisible = before - text.unicodeScalars.count
        text = text.precomposedStringWithCanonicalMapping
        var lines: [String] = []
        var pendingBlank = false
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let words = rawLine.split(whereSeparator: { $0.isWhitespace })
            if words.isEmpty {
                pendingBlank = !lines.isEmpty
                continue
            }
            if pendingBlank { lines.append("") }
            pendingBlank = false
            lines.append(words.joined(separator: " "))
        }
        let collapsed = lines.joined(separator: "\n")
        return (collapsed, invisible, text.count - collapsed.count)
    }

    @Test(arguments: 0..<200) func spacingAgreesWithTheCharacterReference(seed: Int) throws {
        var random = SplitMix(seed: UInt64(seed))
        let pieces = [
            "a", "Bc", "word", "é", "e\u{301}", "\u{201C}", "–", "日本", " ", " ", "  ", "\t", "\n", "\n", "\n\n",
            "\u{A0}", "\u{2003}", "\u{3000}", "\u{2028}", "\u{200B}", "\u{AD}", "\u{FEFF}", "\u{7}", "\u{85}",
        ]
        var text = ""
        for _ in 0..<Int(random.next() % 60) { text += pieces[Int(random.next() % UInt64(pieces.count))] }
        let staged = try normalize(text) { $0.unwrapLines = .never }
        let expected = reference(text)
        #expect(staged.record.body == expected.text, "input \(text.debugDescription)")
        #expect((staged.removals.first { $0.rule == "invisible" }?.characters ?? 0) == expected.invisible)
        #expect((staged.removals.first { $0.rule == "whitespace" }?.characters ?? 0) == expected.whitespace)
    }

    @Test func asciiTextInShapeIsLeftAlone() throws {
        let text = "One line.\n\nAnother paragraph, \"quoted\".\nA second line."
        let staged = try normalize(text)
        #expect(staged.record.body == text)
        #expect(staged.removals.isEmpty)
        #expect(staged.lineage?.isTracking == true)
    }

    @Test func laterRemovalsArePlacedInTheOriginalText() throws {
        let original = "  Intro \u{A0} line\u{200B}.\n\n\n\nAdvertisement\n\nCafe\u{301}   story\nwraps here."
        var staged = try normalize(original) { $0.unwrapLines = .always }
        #expect(staged.record.body == "Intro line.\n\nAdvertisement\n\nCaf\u{E9} story wraps here.")
        #expect(staged.lineage?.isTracking == true)
        // A later stage removes the ad line of the normalised text.
        let body = staged.record.body
        let start = body.utf8.count - "Advertisement\n\nCaf\u{E9} story wraps here.".utf8.count
        var editor = TextEditor(body)
        editor.keep(0..<start)
        editor.remove(start..<start + 15, rule: "advertisement", kind: .advertisement)
        editor.keep(start + 15..<editor.sourceCount)
        staged.commit(editor, in: StageContext(stageName: "boilerplate", stageIndex: 1))
        let removal = try #require(staged.removals.first { $0.rule == "advertisement" })
        let range = try #require(removal.range)
        #expect(String(decoding: Array(original.utf8)[range], as: UTF8.self) == "Advertisement\n\n")
    }
}
