import Testing

@testable import WinnowCore

@Suite("normalize stage")
struct NormalizeStageTests {
    func normalize(_ text: String, title: String? = nil, _ configure: (inout NormalizeOptions) -> Void = { _ in }) throws -> StagedRecord {
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
                """)
        #expect(try normalize(wrapped) { $0.unwrapLines = .never }.record.body == wrapped)
        #expect(try normalize("Tides\nWeather") { $0.unwrapLines = .always }.record.body == "Tides Weather")
    }

    @Test func titlesAreNormalisedToo() throws {
        let staged = try normalize("Body.", title: "  Cafe\u{301}\u{200B}  reopens\n today ")
        #expect(staged.record.title == "Caf\u{E9} reopens today")
    }
}
