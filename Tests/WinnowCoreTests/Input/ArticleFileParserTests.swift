import Testing

@testable import WinnowCore

@Suite("ArticleFileParser")
struct ArticleFileParserTests {
    // MARK: Headlines

    @Test(arguments: [
        (
            "Harbour Reopens After Storm\n\nThe harbour opened at dawn.", "Harbour Reopens After Storm",
            "The harbour opened at dawn."
        ),
        ("Is the bridge safe?\n\nEngineers say yes.", "Is the bridge safe?", "Engineers say yes."),
        ("Council votes no!\n\nThe vote was close.", "Council votes no!", "The vote was close."),
        ("\n\n   Indented Headline   \n\nBody text.", "Indented Headline", "Body text."),
        ("Trailing spaces   \n   \t\nBody.", "Trailing spaces", "Body."),
        ("Only a headline\n", "Only a headline", ""),
        ("Headline\n\n\nTwo blank lines follow.", "Headline", "Two blank lines follow."),
        ("“Quoted” headline ends with a quote”\n\nBody.", "“Quoted” headline ends with a quote”", "Body."),
        ("Ellipsis at the end…\n\nBody.", "Ellipsis at the end…", "Body."),
        ("Заголовок новости\n\nТекст.", "Заголовок новости", "Текст."),
    ])
    func aShortFirstLineFollowedByABlankLineBecomesTheTitle(text: String, title: String, body: String) {
        let split = ArticleFileParser.splitHeadline(text)
        #expect(split.title == title)
        #expect(split.body == body)
    }

    @Test(arguments: [
        "No blank line after this\nthe story continues here.",
        "A first sentence that ends with a full stop.\n\nMore text.",
        "Photo caption:\n\nA harbour at dawn.",
        "One clause;\n\nanother clause.",
        "Reuters (London)\n\nBody.",
        "Tags [world]\n\nBody.",
        "<p>Markup in a text file</p>\n\nBody.",
        "<Not a tag but starts with a bracket\n\nBody.",
        "A single line without any break",
        "",
        "   \n\n  \t ",
    ])
    func otherFirstLinesStayInTheBody(text: String) {
        let split = ArticleFileParser.splitHeadline(text)
        #expect(split.title == nil)
        #expect(split.body == text)
    }

    @Test func aHeadlineOfTwoHundredCharactersIsKeptButOneMoreIsNot() {
        let twoHundred = String(repeating: "Ä", count: 200)
        let kept = ArticleFileParser.splitHeadline(twoHundred + "\n\nBody.")
        #expect(kept.title == twoHundred)
        #expect(kept.body == "Body.")

        let tooLong = String(repeating: "Ä", count: 201) + "\n\nBody."
        let rejected = ArticleFileParser.splitHeadline(tooLong)
        #expect(rejected.title == nil)
        #expect(rejected.body == tooLong)
    }

    // MARK: Records

    @Test func aTextFileBecomesATextRecordWithItsHeadline() throws {
        let bytes = Array("Flood Warning Lifted\r\n\r\nWater levels fell overnight.\r\n".utf8)
        let record = try ArticleFileParser.record(
            from: bytes,
            id: "2026/flood",
            kind: .text,
            origin: "/in/2026/flood.txt"
        )
        #expect(record.id == "2026/flood")
        #expect(record.title == "Flood Warning Lifted")
        #expect(record.content == .text("Water levels fell overnight.\n"))
        #expect(record.origin == "/in/2026/flood.txt")
        #expect(record.url == nil)
        #expect(record.source == nil)
    }

    @Test func anHTMLFileStaysMarkupWithoutATitle() throws {
        let markup = "<h1>Heading</h1>\r\n\r\n<p>Paragraph.</p>"
        let record = try ArticleFileParser.record(
            from: Array(markup.utf8),
            id: "page",
            kind: .html,
            origin: "page.html"
        )
        #expect(record.title == nil)
        #expect(record.content == .html("<h1>Heading</h1>\n\n<p>Paragraph.</p>"))
    }

    @Test func undecodableBytesThrowTheDecodingFailure() {
        let bytes = Array("binary".utf8) + [0x00, 0xFF]
        #expect(
            throws: TextDecoding.Failure(reason: "the file contains NUL bytes; it looks like a binary file, not text")
        ) {
            try ArticleFileParser.record(from: bytes, id: "blob", kind: .text, origin: "blob.txt")
        }
    }
}
