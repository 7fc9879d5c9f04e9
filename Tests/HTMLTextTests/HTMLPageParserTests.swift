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

    /// Everything the model holds, element by element and block by block,
    /// for comparing two parses.
    private func summary(_ model: PageModel) -> [String] {
        model.elements.map { element in
            "\(element.tag) parent \(element.parent) end \(element.end) depth \(element.depth) line \(element.line) flags \(element.flags.rawValue) ids '\(String(decoding: model.classAndID(of: element), as: UTF8.self))'"
        } + model.blocks.map { "block line \($0.line): \(model.string(of: $0))" } + [
            "title \(model.head.title ?? "-") lang \(model.head.language ?? "-") canonical \(model.head.canonicalURL ?? "-")",
            "meta \(model.head.meta.sorted { $0.key < $1.key })",
        ]
    }

    @Test func attributesTheModelNeverReadsChangeNothing() throws {
        // The same page with and without attributes the model does not read:
        // multi-line and unquoted values, upper-case names, `>` inside a
        // quoted value, self-closing tags, an `href` on a link. The newline
        // inside `srcset` stays, so later lines keep their numbers.
        let lean = """
            <html lang="en"><head><meta property="og:title" content="Lean">
            <link rel="canonical" href="https://gazette.example/lean"></head>
            <body><div class="story" id="main" role="main">
            <p>First <a href="/one">link</a> here.</p>
            <img
            /><p style="display:none">hidden</p><p>Last</p></div></body></html>
            """
        let heavy = """
            <html lang="en" data-theme=dark><head><meta property="og:title" content="Lean" data-x="1">
            <link rel="canonical" href="https://gazette.example/lean" crossorigin></head>
            <body onload="start()"><div class="story" DATA-TRACK='{"a": "<b>x</b>"}' id="main" role="main">
            <p>First <a href="/one" target=_blank onclick="go(1)">link</a> here.</p>
            <img src="a.jpg" srcset="a.jpg 1x,
              a2.jpg 2x" alt="a photo" /><p style="display:none" data-n=3>hidden</p><p DIR="ltr">Last</p></div></body></html>
            """
        let leanModel = try parser.parse(lean)
        let heavyModel = try parser.parse(heavy)
        #expect(summary(heavyModel) == summary(leanModel))
        #expect(heavyModel.elements.contains { $0.tag == .a && $0.flags.contains(.hasHref) })
    }

    @Test func aTagThatIsNotPlainlyWellFormedReachesTheParserAsItIs() throws {
        // An unquoted value with a quote in it and an attribute name that
        // starts with a digit: left to libxml2, whose repairs still find
        // the class and the text.
        let model = try parser.parse(#"<div data-v=a"b class="kept">one</div><p 1x="y" class="also">two</p>"#)
        #expect(blockTexts(model) == ["one", "two"])
        #expect(model.elements.contains { String(decoding: model.classAndID(of: $0), as: UTF8.self) == "also " })
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
