import HTMLText
import Testing

@Suite("HTMLPageParser")
struct HTMLPageParserTests {
    let parser = HTMLPageParser()

    private func blockTexts(_ model: PageModel) -> [String] { model.blocks.map { model.string(of: $0) } }

    @Test func blocksFollowBlockElementsAndWhitespaceCollapses() throws {
        let model = try parser.parse(
            "<body><h1>The   headline</h1><div>Intro <p>First\n   para with <b>bold</b>.</p> tail<br>line two</div></body>"
        )
        #expect(blockTexts(model) == ["The headline", "Intro", "First para with bold.", "tail\nline two"])
    }

    @Test func entitiesAreDecodedAndPreformattedTextKeepsItsSpaces() throws {
        let model = try parser.parse("<p>Fish &amp; chips &mdash; caf&eacute;</p><pre>a  b\n  c</pre>")
        #expect(blockTexts(model) == ["Fish & chips \u{2014} caf\u{E9}", "a  b\n  c"])
        #expect(model.blocks[1].isPreformatted)
    }

    @Test func linkTextIsMarkedAndAttributesAreReadOnce() throws {
        let model = try parser.parse(
            #"<div id="main" class="story-body" role="main" itemprop="articleBody"><p>Read <a href="/x">this</a> now</p><p hidden>secret</p></div>"#
        )
        let main = try #require(model.elements.first { $0.tag == .div })
        #expect(main.flags.contains(.roleMain))
        #expect(main.flags.contains(.itempropArticleBody))
        #expect(String(decoding: model.classAndID(of: main), as: UTF8.self) == "main story-body ")
        #expect(model.segments.map(\.inLink) == [false, true, false, false])
        #expect(model.elements.contains { $0.tag == .p && $0.flags.contains(.hidden) })
    }

    @Test func inlineStylesAndARIAHideElements() throws {
        let model = try parser.parse(
            #"<p style="DISPLAY: none">a</p><p style="visibility:hidden">b</p><p aria-hidden="true">c</p><p>d</p>"#
        )
        #expect(model.elements.filter { $0.tag == .p }.map { $0.flags.contains(.hidden) } == [true, true, true, false])
    }

    @Test func scriptsStylesSVGAndCommentsAreStrippedKeepingLineNumbers() throws {
        let html =
            "<html><head><script>\nvar a = 1;\n</script><style>\n.x{}\n</style></head>\n<body><!-- a\ncomment -->\n<svg><path d='M0\n0'/></svg>\n<p>Text</p></body></html>"
        let model = try parser.parse(html)
        #expect(blockTexts(model) == ["Text"])
        #expect(model.blocks[0].line == 10)
        #expect(model.strippedMarkup.map(\.kind) == [.script, .style, .svg, .comment])
        #expect(model.strippedMarkup.allSatisfy { $0.count == 1 && $0.bytes > 0 })
    }

    @Test func jsonLDScriptsAreKeptAside() throws {
        let model = try parser.parse(
            #"<head><script type="application/ld+json">{"@type":"NewsArticle"}</script><script>x()</script></head><body><p>a</p></body>"#
        )
        #expect(model.jsonLD == [#"{"@type":"NewsArticle"}"#])
    }

    @Test func aScriptEndsAtTheFirstClosingTagAsInBrowsers() throws {
        let model = try parser.parse("<body><script>document.write('<p>no</p>')</SCRIPT ><p>yes</p></body>")
        #expect(blockTexts(model) == ["yes"])
    }

    @Test func headMetadataIsCollected() throws {
        let model = try parser.parse(
            """
            <html lang="de"><head><title> Page
            title </title><meta property="og:title" content="OG title">
            <meta name="Article:Published_Time" content="2026-03-01T10:00:00Z">
            <link rel="canonical" href="https://gazette.example/a"></head><body><p>x</p></body></html>
            """
        )
        #expect(model.head.title == "Page title")
        #expect(model.head.meta["og:title"] == "OG title")
        #expect(model.head.meta["article:published_time"] == "2026-03-01T10:00:00Z")
        #expect(model.head.canonicalURL == "https://gazette.example/a")
        #expect(model.head.language == "de")
    }

    @Test func elementsBeyondTheDepthLimitAreFoldedIntoTheirAncestor() throws {
        let parser = HTMLPageParser(maximumDepth: 20)
        let html = String(repeating: "<div>", count: 100) + "deep text" + String(repeating: "</div>", count: 100)
        let model = try parser.parse(html)
        #expect(model.elements.count == 20)
        #expect(model.elements.map(\.depth).max() == 19)
        #expect(model.elements.last?.flags.contains(.flattened) == true)
        #expect(blockTexts(model) == ["deep text"])
    }

    @Test func subtreesEndWhereTheirLastDescendantEnds() throws {
        let model = try parser.parse("<body><div><p>a</p><p>b</p></div><p>c</p></body>")
        let div = try #require(model.elements.firstIndex { $0.tag == .div })
        #expect(model.elements[div].end == Int32(div + 3))
        #expect(model.elements[div + 1].parent == Int32(div))
    }

    @Test func aPageOverTheLimitIsRefusedBeforeParsing() {
        let parser = HTMLPageParser(maximumBytes: 100)
        let html = String(repeating: "<p>text</p>", count: 20)
        #expect(throws: HTMLParseError.tooLarge(bytes: html.utf8.count, limit: 100)) { try parser.parse(html) }
    }

    @Test func anEmptyPageThrows() {
        #expect(throws: HTMLParseError.empty) { try parser.parse("  \n ") }
    }
}
