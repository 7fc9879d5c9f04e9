import Foundation
import HTMLText
import Testing

@testable import WinnowCore

/// Reads an invented page from `Tests/Fixtures/pages`.
private func page(_ name: String) throws -> String {
    try String(contentsOfFile: Fixtures.fixturesDirectory.appending("pages/\(name)"), encoding: .utf8)
}

/// A paragraph of invented prose with `words` words or so.
private func prose(_ topic: String, sentences: Int = 3) -> String {
    (0..<sentences).map { index in
        "The \(topic) committee met again on day \(index + 1), and its members agreed that the plan needed more work before the vote."
    }.joined(separator: " ")
}

private let extractor = HTMLStage(options: HTMLOptions())

/// The page's blocks as the stage's extractor sorts them.
private func extract(_ html: String, options: HTMLOptions = HTMLOptions()) throws -> ExtractedPage {
    let model = try HTMLPageParser().parse(html)
    let classifier = NoiseClassifier(
        chromeTags: HTMLTagSet(options.dropElements.map(HTMLTag.init(name:))),
        markers: WordSet(options.dropMarkers),
        captionMarkers: WordSet(options.captionMarkers),
        dropHidden: options.dropHidden,
        keepCaptions: options.keepCaptions
    )
    return MainContentExtractor(
        classifier: classifier,
        minBlockWords: options.minBlockWords,
        mainContent: options.mainContent,
        takesHeadline: options.headlineAsTitle,
        contentMarkers: WordSet(options.contentMarkers)
    ).extract(model)
}

@Suite("html stage")
struct HTMLStageTests {
    let harness = StageHarness<HTMLStage>()

    // MARK: Block scoring

    @Test func aDivSoupPageKeepsTheStoryWithItsListQuoteAndTable() throws {
        let staged = try harness.run(html: page("harbour-ferry-fares.html"))
        let paragraphs = staged.record.body.components(separatedBy: "\n\n")
        #expect(paragraphs.first?.hasPrefix("The ferry company will halve car fares") == true)
        #expect(paragraphs.last?.hasPrefix("Fares for lorries and coaches") == true)
        #expect(paragraphs.contains("Foot passengers under eighteen will travel free on weekdays."))
        #expect(paragraphs.contains { $0.hasPrefix("We listened to the people who use the ferry") })
        #expect(paragraphs.contains("Car and driver 22 pounds 11 pounds"))
        #expect(paragraphs.contains("Shopkeepers near the terminal welcomed the news."))
        for noise in [
            "cookies", "Pier lights", "Share on Facebook", "Advertisement", "Photo: Dev Anand", "Tags:",
            "Bridge to close",
            "About time too", "About the Gazette", "Most read", "All rights reserved", "By Mara Quill",
        ] {
            #expect(!staged.record.body.contains(noise), "kept \(noise)")
        }
        #expect(staged.record.title == "Ferry fares cut for spring")
        #expect(staged.record.url == "https://www.harbourgazette.example/news/ferry-fares")
        #expect(staged.record.published?.literal == "2026-03-02T07:15:00Z")
    }

    @Test func everyDroppedBlockIsARemovalInDocumentOrderWithItsKind() throws {
        let staged = try harness.run(html: page("harbour-ferry-fares.html"))
        let rules = staged.removals.map(\.rule)
        #expect(rules.prefix(2) == ["tag:script", "tag:style"])
        #expect(staged.removals.prefix(2).allSatisfy { $0.kind == .markup && $0.text.isEmpty && $0.characters > 0 })
        let byRule = Dictionary(staged.removals.map { ($0.rule, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byRule["class-id:cookie"]?.text.hasPrefix("We use cookies") == true)
        #expect(
            byRule["main-content:teaser"]?.text.contains("Pier lights") == true || byRule["main-content:outside"] != nil
        )
        #expect(byRule["class-id:ad"]?.kind == .advertisement)
        #expect(byRule["class-id:share"]?.kind == .furniture)
        #expect(byRule["class-id:related"]?.kind == .relatedLinks)
        #expect(byRule["caption"]?.kind == .caption)
        #expect(byRule["class-id:comment"]?.text.hasPrefix("About time too") == true)
        let lines = staged.removals.compactMap(\.line)
        #expect(lines == lines.sorted(), "removals are in document order")
        #expect(staged.removals.allSatisfy { $0.stage == "html" })
    }

    @Test func droppedBlocksArePlacedInThePagesTextAndTheKeptTextIsTheRest() throws {
        let staged = try harness.run(html: page("harbour-ferry-fares.html"))
        let lineage = try #require(staged.lineage)
        let original = Array(lineage.original.utf8)
        let placed = staged.removals.filter { $0.range != nil }
        #expect(!placed.isEmpty)
        for removal in placed {
            let range = try #require(removal.range)
            let text = String(decoding: original[range], as: UTF8.self)
            // The removal's first line is where its range starts.
            #expect(text.hasPrefix(removal.text.prefix { $0 != "\n" }), "\(removal.rule) misplaced")
        }
        // Everything of the original that is neither removed nor kept is
        // spacing between blocks (or the headline, which became the title).
        for paragraph in staged.record.body.components(separatedBy: "\n\n") {
            #expect(lineage.original.contains(paragraph))
        }
    }

    @Test func theExtractorListsKeptAndDroppedBlocksInOrder() throws {
        let result = try extract(page("harbour-ferry-fares.html"))
        #expect(result.method == .scoring)
        #expect(result.headline == "Ferry fares cut for spring")
        let texts = result.blocks.map(\.text)
        let cookie = try #require(texts.firstIndex { $0.hasPrefix("We use cookies") })
        let story = try #require(texts.firstIndex { $0.hasPrefix("The ferry company") })
        let comments = try #require(texts.firstIndex { $0.hasPrefix("About time too") })
        #expect(cookie < story && story < comments)
        #expect(result.blocks[story].fate == .kept)
        #expect(result.blocks.filter { $0.fate == .kept }.map(\.text) == result.paragraphs)
    }

    @Test func paragraphsEachInTheirOwnWrapperAreOneStory() throws {
        // The story's container scores below one of its paragraphs (a long
        // reader gallery sits inside it), so scoring picks a paragraph; its
        // wrapper's siblings that hold one paragraph each are the rest.
        let result = try extract(page("wrapped-paragraphs-bridge.html"))
        let kept = result.blocks.filter { $0.fate == .kept }.map(\.text)
        #expect(kept.count == 7)
        #expect(kept.first?.hasPrefix("The old stone bridge") == true)
        #expect(kept.last?.hasPrefix("The roads office said") == true)
        #expect(!kept.contains { $0.hasPrefix("A reader sent this picture") })
    }

    @Test func cardsBesideAWrappedParagraphAreNotMerged() throws {
        // Siblings that hold a headline and a summary (two blocks) are
        // teaser cards, not paragraphs of the story.
        let card = { (topic: String) in
            "<div class=\"w\"><h3>More on the \(topic) plan</h3><p>\(prose(topic, sentences: 1))</p></div>"
        }
        // The gallery inside the grid puts the grid below the paragraph.
        let gallery = (1...4).map { "<p>\(prose("gallery \($0)", sentences: 2))</p>" }.joined()
        let html = """
            <html><body><div class="grid">
            <div class="w"><p>\(prose("ferry", sentences: 4))</p></div>
            <aside>\(gallery)</aside>
            \(card("bridge"))\(card("market"))
            </div></body></html>
            """
        let kept = try extract(html).blocks.filter { $0.fate == .kept }.map(\.text)
        #expect(kept.count == 1)
        #expect(kept.first?.hasPrefix("The ferry committee") == true)
    }

    @Test func serverDiagnosticsPrintedIntoThePageAreDropped() throws {
        let warning = """
            <br /><b>Warning</b>: Use of undefined constant items - assumed 'items' (this will throw an Error \
            in a future version of PHP) in <b>/srv/www/site/plugins/recent-items.php</b> on line <b>312</b><br />
            """
        let html = """
            <html><body>
            <div class="story"><div>\(warning)\(warning)</div><p>Warning: the ferry will not run on Sunday, the harbour office said, and the \
            timetable for the week after is still being drawn up by the company.</p>
            <p>\(prose("ferry"))</p></div></body></html>
            """
        let result = try extract(html)
        let kept = result.blocks.filter { $0.fate == .kept }.map(\.text)
        #expect(kept.count == 2)
        #expect(kept.first?.hasPrefix("Warning: the ferry") == true)
        #expect(!kept.contains { $0.contains("Use of undefined constant") })
        // Block by block: the diagnostic matches, the story's own
        // "Warning:" sentence does not.
        let model = try HTMLPageParser().parse(html)
        let matches = model.blocks.map { ServerMessage.matches($0, in: model) }
        let texts = model.blocks.map { model.string(of: $0) }
        #expect(zip(texts, matches).filter(\.1).map(\.0).allSatisfy { $0.contains("on line 312") })
        #expect(matches.contains(true))
        #expect(zip(texts, matches).first { $0.0.contains("the ferry will not run") }?.1 == false)
    }

    @Test func captionsStayWhenAskedFor() throws {
        var options = HTMLOptions()
        options.keepCaptions = true
        let staged = try StageHarness<HTMLStage>(options: options).run(html: page("harbour-ferry-fares.html"))
        #expect(staged.record.body.contains("The morning ferry leaving the harbour. Photo: Dev Anand"))
    }

    @Test func linkListsInsideTheArticleAreDropped() throws {
        let html = """
            <html><body><div class="story"><p>\(prose("harbour"))</p>
            <ul><li><a href="/a">Read the council minutes from the spring meeting</a></li>
            <li><a href="/b">See every planning decision of the year</a></li></ul>
            <p>\(prose("ferry"))</p></div></body></html>
            """
        let staged = try harness.run(html: html)
        #expect(!staged.record.body.contains("council minutes"))
        #expect(staged.removals.contains { $0.rule == "main-content:link-dense" })
    }

    // MARK: Strong signals

    @Test func jsonLDArticleBodyPicksTheStoryOverTeaserArticles() throws {
        let result = try extract(page("valley-library-hours.html"))
        #expect(result.method == .jsonLD)
        #expect(result.paragraphs.count == 5)
        #expect(result.paragraphs.first?.hasPrefix("The central library in Ashby Vale") == true)
        #expect(!result.paragraphs.joined().contains("Farmers market"))
    }

    @Test func microdataArticleBodyIsUsedWithoutJSONLD() throws {
        var html = try page("valley-library-hours.html")
        let start = try #require(html.range(of: "<script type=\"application/ld+json\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        html.removeSubrange(start.lowerBound..<end.upperBound)
        let result = try extract(html)
        #expect(result.method == .microdata)
        #expect(result.paragraphs.count == 5)
        let staged = try harness.run(html: html)
        #expect(staged.record.title == "Library to open on Sundays from May")
        #expect(staged.record.published == nil)
    }

    @Test func jsonLDSuppliesTheDateWhenMetaTagsDoNot() throws {
        let staged = try harness.run(html: page("valley-library-hours.html"))
        #expect(staged.record.published?.literal == "2026-04-11T09:00:00+01:00")
    }

    @Test func articleAndRoleMainWeighMoreThanADivOfTheSameText() throws {
        // Two boxes of equal prose (on a tie the later one would win): the
        // one marked role="main" wins.
        let links = (1...50).map { "<a href=\"/s\($0)\">Section \($0)</a>" }.joined(separator: " ")
        let html = """
            <html><body><div role="main"><p>\(prose("harbour"))</p></div>
            <div class="column"><div class="links">\(links)</div><div class="box"><p>\(prose("school"))</p></div></div>
            </body></html>
            """
        let result = try extract(html)
        #expect(result.paragraphs == [prose("harbour")])
    }

    @Test func aTruncatedArticleBodyMarkupLosesToScoring() throws {
        // itemprop="articleBody" on the first paragraph only: the signal yields
        // less than half of what scoring finds, so scoring wins.
        let html = """
            <html><body><div class="story"><p itemprop="articleBody">\(prose("harbour", sentences: 1))</p>
            <p>\(prose("ferry"))</p><p>\(prose("bridge"))</p><p>\(prose("island"))</p></div></body></html>
            """
        let result = try extract(html)
        #expect(result.method == .scoring)
        #expect(result.paragraphs.count == 4)
    }

    @Test func aPostOfShortLinesInANamedContainerBeatsASiteBlurb() throws {
        // The post is dialogue (no line is prose); the only prose block of
        // the page is the blog's description in the header.
        let blurb =
            "This is a small blog about walking, weather and the odd tram ride, written on Sunday evenings, mostly."
        let lines = [
            "\u{201E}Is the tram late again, or are we early?\u{201C}", "\u{2013} \u{201E}We are never early.\u{201C}",
            "\u{2013} \u{201E}Then it is late, as usual.\u{201C}", "She laughed and opened the umbrella.",
            "The tram came eleven minutes later.",
        ]
        let html = """
            <html><body><header><div class="site-description"><p>\(blurb)</p></div></header>
            <div class="post"><div class="entry-content">\(lines.map { "<p>\($0)</p>" }.joined())</div></div>
            </body></html>
            """
        let result = try extract(html)
        #expect(result.method == .contentName)
        #expect(result.paragraphs == lines)
        var unnamed = HTMLOptions()
        unnamed.contentMarkers = []
        #expect(try extract(html, options: unnamed).paragraphs == [blurb])
    }

    @Test func aNamedContainerDoesNotReplaceAStoryThatScoringFound() throws {
        let html = """
            <html><body><div class="story"><p>\(prose("harbour", sentences: 6))</p><p>\(prose("ferry", sentences: 6))</p></div>
            <div class="sidebar-box"><div class="entry-content"><p>\(prose("bakery", sentences: 8))</p></div></div>
            </body></html>
            """
        let result = try extract(html)
        #expect(result.method == .scoring)
        #expect(result.paragraphs.first == prose("harbour", sentences: 6))
    }

    @Test func aLinklessTeaserLeadAndAPrintLayoutListStayButTeaserCardsAndThePrintButtonGo() throws {
        let result = try extract(page("canal-cafe-soup.html"))
        let kept = result.paragraphs
        #expect(kept.first?.hasPrefix("The cafe by the third lock has served") == true)
        #expect(kept.contains { $0.contains("250 g red lentils") })
        #expect(kept.last?.hasPrefix("The cafe serves it with a thick slice") == true)
        for noise in ["Pie night returns", "Towpath repairs", "Print", "Lockside Weekly, The Wharf"] {
            #expect(!kept.contains { $0.hasPrefix(noise) }, "kept \(noise)")
        }
        let dropped = result.blocks.filter { $0.fate == .dropped(rule: "class-id:teaser", kind: .pageChrome) }
        #expect(dropped.contains { $0.text.contains("Pie night returns") })
    }

    @Test func teaserAndPrintNamesAreSparedOnlyByWhatTheElementHolds() throws {
        let lead = prose("lead", sentences: 1)
        let story = ["harbour", "ferry", "pier"].map { prose($0, sentences: 4) }
        let body = story.map { "<p>\($0)</p>" }.joined()
        // A lead with a link in it is a card; a print control is a label.
        let linked = """
            <html><body><div class="story"><div class="teaser"><p><a href="/x">\(lead)</a></p></div>\(body)
            <div class="print">Print this page</div></div></body></html>
            """
        let result = try extract(linked)
        #expect(result.paragraphs == story)
        let unlinked = """
            <html><body><div class="story"><div class="teaser"><p>\(lead)</p></div>\(body)</div></body></html>
            """
        #expect(try extract(unlinked).paragraphs == [lead] + story)
        // An inline link in a lead (a name, a source) leaves it a lead.
        let inline = """
            <html><body><div class="story"><div class="teaser-text"><p>\(lead) Ask <a href="/desk">the desk</a>.</p></div>\(body)
            </div></body></html>
            """
        #expect(try extract(inline).paragraphs == ["\(lead) Ask the desk."] + story)
    }

    @Test func cardsLedByLinkedHeadlinesAfterTheStoryAreTeasers() throws {
        let story = ["harbour", "ferry", "pier"].map { prose($0, sentences: 4) }
        let cards = (1...5).map { index in
            """
            <li class="card card-\(index)"><a href="/story-\(index)"><h3>Another story number \(index) here</h3></a>
            <p>\(prose("card \(index)", sentences: 1))</p><div class="source">Evening Desk</div></li>
            """
        }
        let html = """
            <html><body><div class="page"><h1>Ferry fares</h1>\(story.map { "<p>\($0)</p>" }.joined())
            <h2>More for you</h2><ul class="stream">\(cards.joined())</ul></div></body></html>
            """
        let result = try extract(html)
        #expect(Array(result.paragraphs.prefix(3)) == story)
        #expect(!result.paragraphs.contains { $0.contains("card 3 committee") })
        let dropped = result.blocks.filter { $0.fate == .dropped(rule: "main-content:teaser", kind: .pageChrome) }
        #expect(dropped.contains { $0.text.contains("card 3 committee") })
    }

    @Test func aFewSectionsLedByHeadingsAfterTheStoryStay() throws {
        // A story's own sections (a FAQ) also lead with headings: four of
        // them are not a gallery.
        let story = ["harbour", "ferry", "pier"].map { prose($0, sentences: 4) }
        let sections = (1...4).map { index in
            "<div class=\"faq-item\"><h3>Question \(index) about fares?</h3><p>\(prose("answer \(index)", sentences: 1))</p></div>"
        }
        let html = """
            <html><body><div class="page">\(story.map { "<p>\($0)</p>" }.joined())\(sections.joined())</div></body></html>
            """
        let result = try extract(html)
        #expect(result.paragraphs.contains(prose("answer 4", sentences: 1)))
        #expect(result.paragraphs.contains("Question 2 about fares?"))
    }

    // MARK: Leads and headings

    @Test func aLeadBetweenTheHeadlineAndTheMarkedBodyIsKept() throws {
        // The template gives the lead a box of its own between the headline
        // and the body that microdata marks; the byline between stays out.
        let lead =
            "The county will rebuild the flood wall along the mill race this summer, two years after the river broke through it."
        let body = ["wall", "river", "budget"].map { prose($0, sentences: 3) }
        let html = """
            <html><body><div class="story"><h1>Flood wall to be rebuilt</h1>
            <div class="story-intro"><p>\(lead)</p></div><div class="by">By Ilse Varga</div>
            <div itemprop="articleBody">\(body.map { "<p>\($0)</p>" }.joined())</div></div></body></html>
            """
        let result = try extract(html)
        #expect(result.method == .microdata)
        #expect(result.paragraphs == [lead] + body)
    }

    @Test func aDeckInTheHeaderAndOtherContentBeforeTheBodyStayOut() throws {
        let deck =
            "Engineers say the old wall was never meant to hold a spring flood of that size, and the new one will be taller."
        let body = ["wall", "river", "budget"].map { prose($0, sentences: 3) }
        let marked = body.map { "<p>\($0)</p>" }.joined()
        // A deck under the headline in the story's <header> is not its text.
        let header = """
            <html><body><div class="story"><header><h1>Flood wall</h1><p>\(deck)</p></header>
            <div itemprop="articleBody">\(marked)</div></div></body></html>
            """
        #expect(try extract(header).paragraphs == body)
        // More prose between the headline and the body than a lead holds
        // is other content.
        let others = (1...4).map { "<p>\(prose("notice \($0)", sentences: 3))</p>" }.joined()
        let longer = body + ["dam", "mill"].map { prose($0, sentences: 3) }
        let long = """
            <html><body><div class="story"><h1>Flood wall</h1><div class="notices">\(others)</div>
            <div itemprop="articleBody">\(longer.map { "<p>\($0)</p>" }.joined())</div></div></body></html>
            """
        let result = try extract(long)
        #expect(result.method == .microdata)
        #expect(result.paragraphs == longer)
    }

    @Test func aHeadingWhoseSectionKeepsNothingIsDropped() throws {
        let story = ["harbour", "ferry", "pier", "island"].map { prose($0, sentences: 3) }
        let links = (1...5).map { "<li><a href=\"/s\($0)\">Another harbour story number \($0)</a></li>" }.joined()
        let html = """
            <html><body><div class="story"><p>\(story[0])</p><p>\(story[1])</p>
            <h2>Elsewhere on the site</h2><ul>\(links)</ul>
            <h2>What the ferry costs</h2><h3>For cars</h3><p>\(story[2])</p><p>\(story[3])</p></div></body></html>
            """
        let result = try extract(html)
        #expect(result.paragraphs == [story[0], story[1], "What the ferry costs", "For cars", story[2], story[3]])
        let dropped = result.blocks.first { $0.text == "Elsewhere on the site" }
        #expect(dropped?.fate == .dropped(rule: "main-content:orphan-heading", kind: .pageChrome))
    }

    // MARK: Fallbacks

    @Test func jsonLDTextIsTheArticleWhenTheMarkupDoesNotCarryIt() throws {
        let body = (1...8).map {
            "Paragraph \($0) of the story says that the dam will be inspected again in June by engineers from the county."
        }
        let html = """
            <html><head><script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "\(body.joined(separator: "\\n"))"}</script></head>
            <body><div id="app">Loading…</div><nav><a href="/">Home</a></nav></body></html>
            """
        let result = try extract(html)
        #expect(result.method == .jsonLDText)
        #expect(result.paragraphs == body)
    }

    @Test func aWrapperNamedLikeNoiseIsKeptWhenItHoldsTheStory() throws {
        let html = """
            <html><body><form id="aspnetForm"><div class="menu"><a href="/">Home</a></div>
            <h1>Library hours</h1><p>\(prose("library"))</p><p>\(prose("archive"))</p></form></body></html>
            """
        let staged = try harness.run(html: html)
        #expect(staged.record.title == "Library hours")
        #expect(staged.record.body.contains("The library committee"))
    }

    @Test func storyInsideOddlyNamedElementsIsFoundOnASecondTry() throws {
        // Every paragraph sits in an element whose class names noise.
        let html = """
            <html><body><div class="promo-none"><a href="/">Home</a></div>
            <div class="comment-thread"><p>\(prose("allotment"))</p></div>
            <div class="comment-thread"><p>\(prose("orchard"))</p></div>
            <div class="comment-thread"><p>\(prose("greenhouse"))</p></div></body></html>
            """
        let result = try extract(html)
        #expect(result.paragraphs.count >= 1)
        #expect(!result.paragraphs.isEmpty)
    }

    @Test func aStoryOnlyInNoscriptIsTheArticleButANoscriptNoticeIsNot() throws {
        // The story is rendered by a script; its copy for readers without
        // scripts is in <noscript>.
        let scripted = """
            <html><body><div class="header">Harbour Notes</div>
            <div class="post-body" itemprop="articleBody"><script type="text/template"><p>x</p></script>
            <noscript><p>\(prose("harbour"))</p><p>\(prose("quay"))</p></noscript></div></body></html>
            """
        let story = try extract(scripted)
        #expect(story.paragraphs.count == 2)
        #expect(story.paragraphs.allSatisfy { $0.hasPrefix("The harbour") || $0.hasPrefix("The quay") })
        // A notice in <noscript> beside a story in the page stays out.
        let notice = """
            <html><body><noscript><p>Please turn on JavaScript to see the comments and the photo gallery below.</p></noscript>
            <article><p>\(prose("ferry"))</p><p>\(prose("pier"))</p></article></body></html>
            """
        let page = try extract(notice)
        #expect(page.paragraphs.count == 2)
        #expect(!page.paragraphs.contains { $0.contains("JavaScript") })
    }

    @Test func rubyReadingsAreDroppedFromTheTextAndTheHeadline() throws {
        // Furigana over kanji: the reading (<rt>, with its fallback
        // parentheses <rp>) is a reading aid, not part of the sentence.
        let html = """
            <html><body><article><h1><ruby>港<rt>みなと</rt></ruby>の<ruby>祭<rp>(</rp><rt>まつ</rt><rp>)</rp></ruby>り</h1>
            <p><ruby>今年<rt>ことし</rt></ruby>も<ruby>港<rt>みなと</rt></ruby>で<ruby>祭<rt>まつ</rt></ruby>りが<ruby>開<rt>ひら</rt></ruby>かれます。\(prose("festival"))</p>
            </article></body></html>
            """
        let staged = try harness.run(html: html)
        #expect(staged.record.title == "港の祭り")
        #expect(staged.record.body.hasPrefix("今年も港で祭りが開かれます。"))
        #expect(!staged.record.body.contains("みなと"))
    }

    @Test func chartLabelsLaidOverAnImageAreDroppedButTheStoryAroundThemStays() throws {
        // An ai2html-style chart: an image with its figures and axis labels
        // as positioned paragraphs in a `g-artboard`.
        let html = """
            <html><body><article><p>\(prose("budget"))</p>
            <div class="g-chart"><div class="g-artboard" data-aspect-ratio="1.4"><img src="chart.png">
            <div class="g-aiAbs" style="top:4%;left:96%"><p>$915</p><p>billion</p></div>
            <div class="g-aiAbs" style="top:9%;left:0%"><p>Yearly payments on the harbour loan</p></div>
            <div class="g-aiAbs" style="top:80%;left:10%"><p>’22</p></div></div></div>
            <p>\(prose("harbour"))</p></article></body></html>
            """
        let result = try extract(html)
        #expect(result.paragraphs.count == 2)
        #expect(!result.paragraphs.contains { $0.contains("$915") || $0.contains("Yearly payments") })
        let dropped = result.blocks.filter { $0.fate == .dropped(rule: "class-id:artboard", kind: .embed) }
        #expect(dropped.map(\.text).contains("Yearly payments on the harbour loan"))
    }

    @Test func widgetsNamedByCommonPluginsAndBioBoxesAreDropped() throws {
        // Jetpack's related posts and share buttons, YARPP's list, an author
        // bio box and a donation box after a story.
        let html = """
            <html><body><article><h1>Lens restored on Gull Point</h1><p>\(prose("lighthouse"))</p>
            <p>\(prose("lens"))</p>
            <div class="sharedaddy sd-sharing-enabled"><p>Share this: Facebook X Email Print</p></div>
            <div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3>
            <p>\(prose("pancake"))</p></div>
            <div class="yarpp yarpp-related"><p>\(prose("harbour"))</p></div>
            <div class="story__bio"><p>Ana Vos covers the coast and its towns for the Courier, and before that taught history for six years.</p></div>
            <div class="story-donate"><p>We are a nonprofit newsroom and rely on readers like you to fund reporting like this one.</p></div>
            </article></body></html>
            """
        let result = try extract(html)
        #expect(result.paragraphs.count == 2)
        #expect(!result.paragraphs.contains { $0.contains("pancake") || $0.contains("harbour") })
        #expect(!result.paragraphs.contains { $0.contains("Ana Vos") || $0.contains("nonprofit") })
        let rules = Set(
            result.blocks.compactMap { block -> String? in
                if case .dropped(let rule, _) = block.fate { return rule }
                return nil
            }
        )
        #expect(rules.isSuperset(of: ["class-id:relatedposts", "class-id:yarpp", "class-id:bio", "class-id:donate"]))
    }

    @Test func aStoryDatelineOpeningTheFirstParagraphStaysButADateStampGoes() throws {
        let html = """
            <html><body><article><h1>Masks go missing from the harbour clinic</h1>
            <p class="dateline">Updated 14 March, 09:30</p>
            <p><span class="dateline">PORT ELLEN &#8211; </span>A total of 600 masks have gone missing, \(prose("clinic"))</p>
            <p><span class="dateline">LOCHSIDE&nbsp;—&nbsp;</span>\(prose("harbour"))</p></article></body></html>
            """
        let result = try extract(html)
        #expect(result.paragraphs.first?.hasPrefix("PORT ELLEN – A total of 600 masks") == true)
        #expect(result.paragraphs.contains { $0.hasPrefix("LOCHSIDE\u{A0}—\u{A0}The harbour") })
        #expect(!result.paragraphs.contains { $0.contains("Updated 14 March") })
    }

    @Test func aMarkerFollowedByLayoutNamesTheWrapperNotTheThing() {
        let markers = WordSet(["sidebar", "comments"])
        func found(_ value: String) -> String? { markers.firstWord(in: ArraySlice(value.utf8)) }
        #expect(found("o-row c-fixed-sidebar-layout--300@md") == nil)
        #expect(found("comments-layout") == nil)
        #expect(found("o-col c-sidebar") == "sidebar")
        #expect(found("l-sidebar-fixed") == "sidebar")
        // `layout` as a class name of its own says nothing about the other.
        #expect(found("sidebar layout") == "sidebar")
        #expect(found("page-layout comments") == "comments")
    }

    @Test func aSubheadWhoseAnchorIdHoldsANoiseWordStays() throws {
        // Tables of contents give each subhead an id built from its words.
        let html = """
            <html><body><article><p>\(prose("battery"))</p>
            <h3 class="subheading" id="nav_only_the_foil_remains">Only the foil remains</h3>
            <p>\(prose("recycling"))</p><h3 class="related-title">More from the desk</h3></article></body></html>
            """
        let result = try extract(html)
        #expect(result.paragraphs.contains("Only the foil remains"))
        #expect(!result.paragraphs.contains("More from the desk"))
    }

    @Test func softHyphensAreDroppedFromThePagesText() throws {
        let staged = try harness.run(
            html:
                "<html><body><article><p>Die Werk&shy;zeug&shy;industrie des Mit\u{AD}tel\u{AD}alters, erklärt in \(prose("museum"))</p></article></body></html>"
        )
        #expect(staged.record.body.hasPrefix("Die Werkzeugindustrie des Mittelalters, erklärt in"))
        #expect(!staged.record.body.unicodeScalars.contains("\u{AD}"))
    }

    @Test func withoutAnyProseEveryBlockThatIsNotNoiseIsKept() throws {
        let html = "<html><body><nav><a href=\"/\">Home</a></nav><p>Short note.</p><p>Another line</p></body></html>"
        let result = try extract(html)
        #expect(result.method == .allText)
        #expect(result.paragraphs == ["Short note.", "Another line"])
    }

    @Test func mainContentOffKeepsEverythingButMarkedNoise() throws {
        var options = HTMLOptions()
        options.mainContent = false
        let staged = try StageHarness<HTMLStage>(options: options).run(html: page("harbour-ferry-fares.html"))
        #expect(staged.record.body.contains("Pier lights"))
        #expect(!staged.record.body.contains("About time too"))
    }

    // MARK: Titles

    @Test func aRecordsOwnTitleWinsAndItsHeadlineIsNotRepeated() throws {
        let staged = try harness.run(html: page("harbour-ferry-fares.html"), title: "Ferry fares cut for spring")
        #expect(staged.record.title == "Ferry fares cut for spring")
        #expect(!staged.record.body.contains("Ferry fares cut"))
    }

    @Test func withoutHeadlineAsTitleTheOpenGraphTitleIsUsed() throws {
        var options = HTMLOptions()
        options.headlineAsTitle = false
        let html = """
            <html><head><meta property="og:title" content="Open Graph title"><title>Title tag | Site</title></head>
            <body><div><p>\(prose("harbour"))</p></div></body></html>
            """
        let staged = try StageHarness<HTMLStage>(options: options).run(html: html)
        #expect(staged.record.title == "Open Graph title")
    }

    @Test func theTitleElementIsTheLastResort() throws {
        let html = "<html><head><title>Only a title</title></head><body><p>\(prose("harbour"))</p></body></html>"
        let staged = try harness.run(html: html)
        #expect(staged.record.title == "Only a title")
    }

    // MARK: Limits and safety

    @Test func aPageOverTheSizeLimitIsRejectedNamingTheLimit() {
        var options = HTMLOptions()
        options.maxPageBytes = 2048
        let html = "<html><body><p>" + String(repeating: "word ", count: 1000) + "</p></body></html>"
        #expect(
            throws: RecordRejection(
                "stage 'html' (stages[0]): the page is \(html.utf8.count) bytes, over maxPageBytes (2048); raise the limit in pipeline.json to read it"
            )
        ) {
            try StageHarness<HTMLStage>(options: options).run(html: html)
        }
    }

    @Test func twentyThousandNestedElementsAreFoldedAndTheirTextKept() throws {
        let depth = 20_000
        let html =
            "<html><body>" + String(repeating: "<div><b>", count: depth / 2) + prose("deep")
            + String(repeating: "</b></div>", count: depth / 2) + "</body></html>"
        let model = try HTMLPageParser().parse(html)
        #expect(model.elements.count <= HTMLPageParser.defaultMaximumDepth + 2)
        let staged = try harness.run(html: html)
        #expect(staged.record.body == prose("deep"))
    }

    @Test func aThirtyMegabytePageIsParsed() throws {
        // Mostly an inline script, as on real pages, plus the story.
        let script = "<script>var data = \"" + String(repeating: "x", count: 30 * 1024 * 1024) + "\";</script>"
        let html = "<html><head>\(script)</head><body><div><p>\(prose("harbour"))</p></div></body></html>"
        let staged = try harness.run(html: html)
        #expect(staged.record.body == prose("harbour"))
    }

    @Test func externalEntitiesInADoctypeAreNeverLoaded() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let secret = directory.appending("/secret.txt")
        try "TOP SECRET CONTENT".write(toFile: secret, atomically: true, encoding: .utf8)
        let html = """
            <!DOCTYPE html [<!ENTITY leak SYSTEM "file://\(secret)"><!ENTITY remote SYSTEM "http://192.0.2.1/x">]>
            <html><body><p>\(prose("harbour")) &leak; &remote;</p></body></html>
            """
        let staged = try harness.run(html: html)
        #expect(!staged.record.body.contains("TOP SECRET"))
        #expect(staged.record.body.contains("The harbour committee"))
    }

    @Test func anEmptyPageIsRejectedWithAReason() {
        #expect(throws: RecordRejection("stage 'html' (stages[0]): the HTML is empty")) {
            try harness.run(html: "")
        }
    }

    // MARK: Plain text

    @Test func strayMarkupInPlainTextIsStrippedKeepingItsLines() throws {
        let text =
            "First line &amp; more\nsecond line<br>third <script>track()</script>\n\n<div class=\"ad\">Buy</div>Last &quot;quoted&quot;"
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
}
