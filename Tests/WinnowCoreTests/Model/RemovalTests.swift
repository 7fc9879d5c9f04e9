import Testing

@testable import WinnowCore

@Suite("Removal")
struct RemovalTests {
    private func removal(_ text: String, characters: Int? = nil) -> Removal {
        Removal(
            stage: "boilerplate",
            stageIndex: 2,
            rule: "advertisement",
            kind: .advertisement,
            text: text,
            characters: characters,
            line: 7
        )
    }

    @Test func shortTextIsKeptWhole() {
        let item = removal("Advertisement")
        #expect(item.text == "Advertisement")
        #expect(item.characters == 13)
        #expect(!item.isTruncated)
        #expect(item.stage == "boilerplate")
        #expect(item.stageIndex == 2)
        #expect(item.rule == "advertisement")
        #expect(item.lines == 1)
        #expect(item.line == 7)
    }

    @Test func textOfExactlyTheLimitIsKeptWhole() {
        let text = String(repeating: "ab", count: 200)
        let item = removal(text)
        #expect(Removal.maximumStoredText == 400)
        #expect(item.text == text)
        #expect(item.characters == 400)
        #expect(!item.isTruncated)
    }

    @Test(arguments: [402, 450, 1000, 25_000])
    func longTextIsCutToTheLimitPlusAnEllipsis(length: Int) {
        let text = String((0..<length).map { index in Character(Unicode.Scalar(UInt8(97 + index % 26))) })
        let item = removal(text)
        #expect(item.text.count == 401)
        #expect(item.text == String(text.prefix(400)) + "…")
        #expect(item.characters == length)
        #expect(item.isTruncated)
    }

    @Test func textOneCharacterOverTheLimitIsReportedAsTruncated() {
        let text = String(repeating: "x", count: 401)
        let item = removal(text)
        #expect(item.text == String(repeating: "x", count: 400) + "…")
        #expect(item.characters == 401)
        #expect(item.isTruncated)
    }

    @Test func charactersCountGraphemeClustersNotScalars() {
        let flags = String(repeating: "🇳🇿", count: 450)
        let item = removal(flags)
        #expect(item.characters == 450)
        #expect(item.text == String(repeating: "🇳🇿", count: 400) + "…")
        #expect(item.isTruncated)
    }

    @Test func anExplicitCharacterCountMarksAShortTextAsTruncated() {
        let item = removal("first words", characters: 5_000)
        #expect(item.text == "first words")
        #expect(item.characters == 5_000)
        #expect(item.isTruncated)
    }

    @Test func anExplicitCountEqualToTheTextIsNotTruncated() {
        let item = Removal(
            stage: "normalize",
            stageIndex: 0,
            rule: "spaces",
            kind: .whitespace,
            text: "  ",
            characters: 2,
            lines: 0,
            line: nil
        )
        #expect(!item.isTruncated)
        #expect(item.lines == 0)
        #expect(item.line == nil)
    }
}
