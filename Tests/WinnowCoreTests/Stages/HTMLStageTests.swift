import Testing

@testable import WinnowCore

@Suite("html stage")
struct HTMLStageTests {
    let harness = StageHarness<HTMLStage>()

    static let page = """
        <!doctype html>
        <html><head><title>Ferry fares cut | Harbour Gazette</title>
        <meta property="og:title" content="Ferry fares cut for spring">
        <meta property="article:published_time" content="2026-03-02T07:15:00Z">
        <link rel="canonical" href="https://www.harbourgazette.example/news/ferry-fares">
        <style>.x{color:red}</style><script>gtag('config', 'G-1');</script></head>
        <body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <main><article>
        <h1>Ferry fares cut for  spring</h1>
        <p>The ferry company will halve car fares from April &amp; add a second boat.</p>
        <div class="ad-slot">Advertisement</div>
        <p>It&#8217;s the first cut in a decade&mdash;and a welcome one,&nbsp;said commuters.</p>
        <figure><img src="f.jpg" alt="The ferry"><figcaption>The ferry at dawn. (Photo: Dev Anand)</figcaption></figure>
        <div class="share-bar">Share on Facebook</div>
        <iframe src="https://video.example/embed/1"></iframe>
        </article></main>
        <aside><h3>Related</h3><ul><li>Bridge to close</li></ul></aside>
        <form><input name="email"> Sign up</form>
        <footer>© 2026 Harbour Gazette</footer>
        </body></html>
        """

    @Test func aPageBecomesParagraphsWithTitleURLAndDate() throws {
        let staged = try harness.run(html: Self.page)
        #expect(
            staged.record.body
                == "The ferry company will halve car fares from April & add a second boat.\n\nIt\u{2019}s the first cut in a decade\u{2014}and a welcome one,\u{A0}said commuters."
        )
        #expect(staged.record.title == "Ferry fares cut for spring")
        #expect(staged.record.url == "https://www.harbourgazette.example/news/ferry-fares")
        #expect(staged.record.source == "harbourgazette.example")
        #expect(staged.record.published?.literal == "2026-03-02T07:15:00Z")
        #expect(staged.record.content == .text(staged.record.body))
    }

    @Test func everyDroppedElementIsAttributedToARule() throws {
        let staged = try harness.run(html: Self.page)
        #expect(
            staged.removals.map(\.rule) == [
                "tag:nav", "class-id:ad", "tag:figcaption", "class-id:share", "tag:iframe", "tag:aside", "tag:form",
                "tag:footer",
            ])
        #expect(staged.removals.allSatisfy { $0.stage == "html" && $0.line != nil })
        #expect(staged.removals.first { $0.rule == "class-id:share" }?.text == "Share on Facebook")
    }

    @Test func aRecordsOwnTitleWinsAndItsHeadlineIsNotRepeated() throws {
        let staged = try harness.run(html: Self.page, title: "Ferry fares cut for spring")
        #expect(staged.record.title == "Ferry fares cut for spring")
        #expect(!staged.record.body.contains("Ferry fares cut"))
    }

    @Test func withoutHeadlineAsTitleTheOpenGraphTitleIsUsed() throws {
        var options = HTMLOptions()
        options.headlineAsTitle = false
        let staged = try StageHarness<HTMLStage>(options: options).run(html: Self.page)
        #expect(staged.record.title == "Ferry fares cut for spring")
        #expect(staged.record.body.hasPrefix("Ferry fares cut for spring\n\nThe ferry company"))
    }

    @Test func optionsDecideWhatIsDropped() throws {
        var options = HTMLOptions()
        options.dropElements.removeAll { $0 == "footer" }
        options.dropMarkers.removeAll { $0 == "share" }
        let staged = try StageHarness<HTMLStage>(options: options).run(html: Self.page)
        #expect(staged.record.body.contains("Share on Facebook"))
        #expect(staged.record.body.hasSuffix("© 2026 Harbour Gazette"))
    }

    @Test func aFormWrappingTheWholePageIsKept() throws {
        let html = """
            <html><body><form id="aspnetForm"><div class="menu"><a href="/">Home</a></div>
            <h1>Library hours</h1><p>The library opens at nine on weekdays from Monday.</p></form></body></html>
            """
        let staged = try harness.run(html: html)
        #expect(staged.record.title == "Library hours")
        #expect(staged.record.body.contains("The library opens at nine"))
    }

    @Test func strayMarkupInPlainTextIsStrippedKeepingItsLines() throws {
        let text = "First line &amp; more\nsecond line<br>third <script>track()</script>\n\n<div class=\"ad\">Buy</div>Last &quot;quoted&quot;"
        let staged = try harness.run(text: text)
        #expect(staged.record.body == "First line & more\nsecond line\nthird\n\nLast \"quoted\"")
        #expect(staged.removals.map(\.rule) == ["tag:script", "class-id:ad"])
    }

    @Test func plainTextWithoutMarkupIsLeftAlone() throws {
        let text = "Prices rose 5% in March & fell < 1% in April.\n\nA <3 emoji is not a tag."
        let staged = try harness.run(text: text)
        #expect(staged.record.body == text)
        #expect(staged.removals.isEmpty)
    }

    @Test func anEmptyPageIsRejectedWithAReason() {
        #expect(throws: RecordRejection("stage 'html' (stages[0]): the HTML is empty")) {
            try harness.run(html: "")
        }
    }
}
