import Foundation
import HTMLText
import Testing

@Suite("HTMLTextExtractor")
struct HTMLTextExtractorTests {
    let keepAll: (ElementInfo) -> DropDecision = { _ in .keep }

    @Test func blockElementsBecomeParagraphsAndWhitespaceCollapses() throws {
        let html = """
            <html><head><title>Page  title</title></head><body>
            <h1>The   headline</h1>
            <p>First
               paragraph with <b>bold</b> text.</p><div>Second<br>line two</div>
            </body></html>
            """
        let result = try HTMLTextExtractor().extract(html, decide: keepAll)
        #expect(result.paragraphs == ["The headline", "First paragraph with bold text.", "Second\nline two"])
        #expect(result.headlineIndex == 0)
        #expect(result.documentTitle == "Page title")
    }

    @Test func entitiesAreDecoded() throws {
        let result = try HTMLTextExtractor().extract(
            "<p>Fish &amp; chips &mdash; it&#8217;s caf&eacute;&nbsp;time</p>",
            decide: keepAll
        )
        #expect(result.paragraphs == ["Fish & chips \u{2014} it\u{2019}s caf\u{E9}\u{A0}time"])
    }

    @Test func droppedElementsAreRecordedWithRuleTextAndLine() throws {
        let story = "The council met on Tuesday and approved the budget for the harbour works."
        let html = "<body>\n<p>\(story)</p>\n<script>track('x')</script>\n<div class=\"ad\">Buy   now</div></body>"
        let result = try HTMLTextExtractor().extract(html) { element in
            if element.name == "script" { return .drop(rule: "tag:script") }
            if element.className == "ad" { return .dropUnlessMainContent(rule: "class-id:ad") }
            return .keep
        }
        #expect(result.paragraphs == [story])
        #expect(
            result.removed == [
                RemovedElement(rule: "tag:script", element: "script", text: "track('x')", line: 3),
                RemovedElement(rule: "class-id:ad", element: "div", text: "Buy now", line: 4),
            ]
        )
    }

    @Test func classGuessNeverDropsTheArticle() throws {
        let html = "<div class=\"with-ads\"><article><h1>Title</h1><p>Story</p></article></div>"
        let result = try HTMLTextExtractor().extract(html) { element in
            element.className == "with-ads" ? .dropUnlessMainContent(rule: "class-id:ads") : .keep
        }
        #expect(result.paragraphs == ["Title", "Story"])
        #expect(result.removed.isEmpty)
    }

    @Test func guardKeepsAnElementHoldingMostOfThePageText() throws {
        let story = String(repeating: "The ferry timetable changes on Monday for the whole spring season. ", count: 5)
        let html = """
            <body><div class="l-sidebar-fixed"><p>\(story)</p></div>
            <div class="sidebar-box"><p>Most read this week</p></div></body>
            """
        let result = try HTMLTextExtractor().extract(html) { element in
            element.className?.contains("sidebar") == true ? .dropUnlessMainContent(rule: "class-id:sidebar") : .keep
        }
        #expect(result.paragraphs == [story.trimmingCharacters(in: .whitespaces)])
        #expect(result.removed.map(\.text) == ["Most read this week"])
    }

    @Test func hiddenElementsAreReported() throws {
        var hidden: [String] = []
        _ = try HTMLTextExtractor().extract(
            "<p hidden>a</p><p style=\"display: none\">b</p><p aria-hidden=\"true\">c</p><p>d</p>"
        ) { element in
            if element.isHidden { hidden.append(element.name) }
            return .keep
        }
        #expect(hidden == ["p", "p", "p"])
    }

    @Test func headMetadataIsCollected() throws {
        let html = """
            <html><head><meta property="og:title" content="OG title">
            <meta name="Article:Published_Time" content="2026-03-01T10:00:00Z">
            <link rel="canonical" href="https://gazette.example/a"></head><body><p>x</p></body></html>
            """
        let result = try HTMLTextExtractor().extract(html, decide: keepAll)
        #expect(result.metadata["og:title"] == "OG title")
        #expect(result.metadata["article:published_time"] == "2026-03-01T10:00:00Z")
        #expect(result.metadata["link:canonical"] == "https://gazette.example/a")
    }

    @Test func fragmentModeKeepsLineBreaks() throws {
        let text = "Line one\nline two <script>x()</script>\n\n<p>Para &amp; two</p>\nlast"
        let result = try HTMLTextExtractor(mode: .fragment).extract(text) { element in
            element.name == "script" ? .drop(rule: "tag:script") : .keep
        }
        #expect(result.text == "Line one\nline two\n\nPara & two\n\nlast")
    }

    @Test func preformattedTextKeepsWhitespace() throws {
        let result = try HTMLTextExtractor().extract("<pre>a  b\n  c</pre><p>d   e</p>", decide: keepAll)
        #expect(result.paragraphs == ["a  b\n  c", "d e"])
    }

    @Test func deepNestingDoesNotRecurse() throws {
        let depth = 20_000
        let html = String(repeating: "<div>", count: depth) + "deep" + String(repeating: "</div>", count: depth)
        let result = try HTMLTextExtractor().extract(html, decide: keepAll)
        #expect(result.paragraphs == ["deep"])
    }

    @Test func emptyInputThrows() {
        #expect(throws: HTMLParseError.empty) { try HTMLTextExtractor().extract("", decide: keepAll) }
    }
}
