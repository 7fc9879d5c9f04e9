import HTMLText

/// Finds the article in a parsed page and sorts every block of text into
/// kept and dropped.
///
/// 1. Markup first: elements that never hold text (scripts, embeds,
///    buttons), hidden ones, page chrome by tag or ARIA role (`nav`,
///    `aside`, `footer`, `role="navigation"`, …), captions, and elements
///    whose class or id names them (`share`, `related`, `comments`, …) are
///    noise. A guess (class, container tag, hidden) is not noise when the
///    element holds ``guardShare`` of the page's prose, so a wrapper that
///    happens to be called `content-with-ads` never takes the story with it.
/// 2. Strong signals: the element whose paragraphs repeat the JSON-LD
///    `articleBody`, or the `itemprop="articleBody"` element.
/// 3. Block scoring: every element scores its prose words (blocks of at
///    least `minBlockWords` words, few of them links, with punctuation)
///    less ``badCost`` per link-dense, teaser and noise word and
///    ``shortCost`` per word of a short line; prose under `<article>`,
///    `<main>`, `role="main"` or schema.org Article markup weighs
///    ``articleBoost``. The best element is the article, with siblings that
///    score ``siblingShare`` of it; when it is a paragraph in wrappers of
///    its own (`<div><p>`), the outermost wrapper's siblings that each hold
///    one paragraph of prose are the rest of the story. A strong signal is taken unless it
///    yields less than half of what scoring finds. The story's lead, when
///    the template sets it between the headline and the root, is taken too
///    (`leadParts(before:parts:)`). When scoring chose a
///    blurb outside an element named as the story's container
///    (`contentMarkers`) that keeps more words, that element is taken.
/// 4. Inside the article, noise elements, link-dense blocks, teasers (cut
///    off, led by a linked headline, or cards after the story), server
///    diagnostics printed into the page (``ServerMessage``; they also
///    count against an element's score), headings whose section keeps
///    nothing (`dropOrphanHeadings(_:)`) and short lines before the first and after the last sentence (bylines,
///    dates, tags, share prompts) are dropped; lists, quotes, tables and
///    headings stay, one paragraph each.
/// 5. Fallbacks when a method finds too little: the guesses again with a
///    lower guard (``lowGuardShare``; for names that do not say "page
///    structure"), then with none (a forum thread, whose "comments" are the
///    page); every prose block of the page; the JSON-LD `articleBody` text;
///    every block that is not noise.
///
/// - Complexity: O(*n*) in the page's elements, text segments and blocks
///   for each try (at most four).
struct MainContentExtractor: Sendable {
    var classifier: NoiseClassifier
    var minBlockWords: Int
    var mainContent: Bool
    /// Take the page's `<h1>` (or `itemprop="headline"`) as its headline.
    var takesHeadline: Bool
    /// Class and id words that name the story's own container
    /// (`entry-content`, `post-body`).
    var contentMarkers = WordSet([])

    /// A guessed noise element holding this share of the page's prose is kept.
    static let guardShare = 0.7
    /// The guard on a second try, when the first found too little.
    static let lowGuardShare = 0.15
    /// A sibling of the article's root scoring this share of the root's
    /// score is more of the article.
    static let siblingShare = 0.05
    /// A first result under this share of the page's prose is retried.
    static let retryShare = 0.3
    /// A `teaser` element with at most this share of its words in links is
    /// the story's lead, not a card.
    static let leadLinkShare = 0.1
    /// Blocks with more than this share of their words in links are link lists.
    static let linkDenseShare = 0.5
    /// Prose may have at most this share of its words in links.
    static let proseLinkShare = 0.35
    /// Scoring's choice under this many words may be a blurb beside the
    /// story (see `contentNamedRoot`).
    static let blurbWords = 150
    /// A story's lead between its headline and its root holds at most this
    /// many words of prose (see `leadParts(before:parts:)`).
    static let leadMaxWords = 200
    /// Sibling cards of one kind, at least this many, are teasers…
    static let cardRun = 4
    /// …when each holds at most this many words…
    static let cardMaxWords = 150
    /// …and this many words of prose come before them.
    static let cardProseBefore = 150

    func extract(_ page: PageModel, structured: StructuredData? = nil) -> ExtractedPage {
        var state = ExtractionState(
            page: page,
            extractor: self,
            structured: structured ?? StructuredData(jsonLD: page.jsonLD)
        )
        return state.run()
    }
}

/// The working arrays of one extraction.
struct ExtractionState {
    let page: PageModel
    let extractor: MainContentExtractor
    let elementCount: Int

    /// Per element: what markup says, before the guard (computed once).
    var ownNoise: [ElementNoise?] = []
    /// Per element: its own noise, after the guard.
    var noise: [ElementNoise?]
    /// Per element: the nearest ancestor-or-self that is noise, or -1.
    var nearestNoise: [Int32]
    /// Per segment: word statistics.
    var segmentStats: [TextStatistics]
    /// Per block: statistics of its segments that are not inside noise
    /// below the block's own element.
    var blockStats: [BlockFacts]
    var structured: StructuredData
    /// Words in prose blocks on the whole page, noise or not.
    var pageProseWords = 0

    init(page: PageModel, extractor: MainContentExtractor, structured: StructuredData) {
        self.page = page
        self.extractor = extractor
        elementCount = page.elements.count
        noise = Array(repeating: nil, count: elementCount)
        nearestNoise = Array(repeating: -1, count: elementCount)
        segmentStats = []
        blockStats = []
        self.structured = structured
    }

    mutating func run() -> ExtractedPage {
        let page = firstRun()
        guard extractor.mainContent, page.paragraphs.isEmpty, pageProseWords > 0 || !self.page.blocks.isEmpty else {
            return page
        }
        // Nothing left: the guesses took everything (the story sits in a
        // hidden or oddly named element). Last try without them.
        classifyElements(guardShare: 0, structuralGuardShare: 0)
        measureBlocks()
        let choice = choose()
        if let root = choice.root, choice.words > 0 {
            let found = assemble(root: root, method: choice.method, siblings: choice.siblings)
            if !found.paragraphs.isEmpty { return found }
        }
        let prose = assemble(root: nil, method: .proseBlocks)
        return prose.paragraphs.isEmpty ? assemble(root: nil, method: .allText) : prose
    }

    private mutating func firstRun() -> ExtractedPage {
        measureSegments()
        classifyElements(
            guardShare: MainContentExtractor.guardShare,
            structuralGuardShare: MainContentExtractor.guardShare
        )
        measureBlocks()
        guard extractor.mainContent else { return assemble(root: nil, method: .allText) }
        var choice = choose()
        // Too little: a guess (a class name, a container tag) probably took
        // the story. Guess again with the guard lowered for names that may
        // wrap content; and when still almost nothing is found (a forum
        // thread, where the "comments" are the page), with no guard at all.
        let retries = [
            (
                share: MainContentExtractor.lowGuardShare, structural: MainContentExtractor.guardShare,
                below: max(50, Double(pageProseWords) * MainContentExtractor.retryShare)
            ),
            (share: 0, structural: 0, below: 50),
        ]
        for retry in retries where Double(choice.words) < retry.below {
            let saved = self
            classifyElements(guardShare: retry.share, structuralGuardShare: retry.structural)
            measureBlocks()
            let second = choose()
            if second.words > 2 * choice.words {
                choice = second
            } else {
                self = saved
            }
        }
        if choice.root == nil || choice.words == 0 {
            let proseTotal = blockStats.reduce(0) { $0 + ($1.kind == .prose && !$1.inNoise ? $1.words : 0) }
            if proseTotal > 0 { return assemble(root: nil, method: .proseBlocks) }
        }
        if let body = structured.articleBody, let text = articleBodyFallback(body, keptWords: choice.words) {
            return text
        }
        guard let root = choice.root else { return assemble(root: nil, method: .allText) }
        return assemble(root: root, method: choice.method, siblings: choice.siblings)
    }

    /// The article's root by scoring, or by a strong signal unless that
    /// yields less than half as much.
    func choose() -> (root: Int?, method: ExtractionMethod, words: Int, siblings: [Int]) {
        let scores = ElementScores(state: self, boostsArticleMarkup: true, contribution: ElementScores.density)
        var root = scores.best(candidates: candidateFilter)
        var siblings = root.map { siblingParts(of: $0, scores: scores) } ?? []
        if let root {
            let wrapper = outermostWrapper(of: root)
            if wrapper != root { siblings = wrappedParagraphs(beside: wrapper, scores: scores) }
        }
        var method = ExtractionMethod.scoring
        let scoredWords = root.map { keptWords(root: $0) } ?? 0
        var words = scoredWords
        if let signal = strongSignal() {
            let signalWords = keptWords(root: signal.root)
            if signalWords * 2 >= scoredWords {
                root = signal.root
                method = signal.method
                words = signalWords
                siblings = []
            }
        }
        if method == .scoring, let named = contentNamedRoot(scoredRoot: root, scoredWords: words) {
            root = named.root
            words = named.words
            method = .contentName
            siblings = []
        }
        if let root {
            siblings += leadParts(before: root, parts: siblings)
        }
        words += siblings.reduce(0) { $0 + keptWords(root: $1) }
        return (root, method, words, siblings)
    }

    /// The element named as the story's container (`entry-content`,
    /// `post-body`) with the most kept words, when scoring chose nothing or an
    /// element outside it that keeps fewer words, and under ``blurbWords``
    /// (a story scoring found stays, even beside a longer entry of a
    /// list), and only when the page names at most two such elements side
    /// by side: a post of short lines
    /// (dialogue, a photo's details) scores nothing, while a site blurb or
    /// a cookie notice elsewhere is one prose block. A named element inside
    /// or around the scored root changes nothing.
    func contentNamedRoot(scoredRoot: Int?, scoredWords: Int) -> (root: Int, words: Int)? {
        guard scoredWords < MainContentExtractor.blurbWords else { return nil }
        // Looked up only here: scoring rarely chooses a blurb.
        let contentNamed = contentNamedElements()
        guard !contentNamed.isEmpty else { return nil }
        // Several named elements side by side are a list of entries (a
        // blog's front page, teasers): no one of them is the story.
        var outermost = 0
        var outerEnd = -1
        for index in contentNamed where index >= outerEnd {
            outermost += 1
            outerEnd = Int(page.elements[index].end)
        }
        guard outermost <= 2 else { return nil }
        var best: (root: Int, words: Int)?
        for index in contentNamed where nearestNoise[index] < 0 {
            let words = keptWords(root: index)
            if words > best?.words ?? 0 { best = (index, words) }
        }
        guard let best, best.words > scoredWords else { return nil }
        guard let scoredRoot else { return best }
        let bestEnd = Int(page.elements[best.root].end)
        let scoredEnd = Int(page.elements[scoredRoot].end)
        let disjoint = scoredRoot >= bestEnd || best.root >= scoredEnd
        return disjoint ? best : nil
    }

    /// Elements whose class or id names them the story's container, in
    /// document order.
    func contentNamedElements() -> [Int] {
        var found: [Int] = []
        for (index, element) in page.elements.enumerated() where !element.classAndID.isEmpty {
            if extractor.contentMarkers.firstWord(in: page.classAndID(of: element)) != nil { found.append(index) }
        }
        return found
    }

    /// The outermost element around `root` that keeps exactly its words:
    /// the wrappers a template puts around each paragraph (`<div><p>`), so
    /// that the paragraphs beside it are its siblings.
    func outermostWrapper(of root: Int) -> Int {
        let words = keptWords(root: root)
        var current = root
        while true {
            let parent = Int(page.elements[current].parent)
            guard parent >= 0, candidateFilter(parent), keptWords(root: parent) == words else { return current }
            current = parent
        }
    }

    /// Siblings of `wrapper` that each hold one paragraph of prose (or
    /// a whole sentence): the rest of a story whose template wraps each
    /// paragraph in its own element.
    private func wrappedParagraphs(beside wrapper: Int, scores: ElementScores) -> [Int] {
        let parent = Int(page.elements[wrapper].parent)
        guard parent >= 0 else { return [] }
        let parentEnd = Int(page.elements[parent].end)
        // Kept blocks per child of `parent`, and whether each is prose.
        var blocks: [Int: (count: Int, prose: Int)] = [:]
        for (index, block) in page.blocks.enumerated() {
            var owner = Int(block.element)
            guard owner > parent, owner < parentEnd, nearestNoise[owner] < 0 else { continue }
            let facts = blockStats[index]
            guard facts.words > 0, facts.kind != .linkDense, facts.kind != .teaser, facts.kind != .serverMessage
            else { continue }
            while Int(page.elements[owner].parent) != parent { owner = Int(page.elements[owner].parent) }
            var entry = blocks[owner] ?? (0, 0)
            entry.count += 1
            if facts.kind == .prose || facts.isSentence { entry.prose += 1 }
            blocks[owner] = entry
        }
        let threshold = Double(extractor.minBlockWords)
        var parts: [Int] = []
        var child = parent + 1
        while child < parentEnd {
            if child != wrapper, candidateFilter(child), let entry = blocks[child], entry.count == 1, entry.prose == 1,
                scores.score(child) >= threshold
            {
                parts.append(child)
            }
            child = Int(page.elements[child].end)
        }
        return parts
    }

    /// Siblings of the article's root that score well enough to be more of
    /// the article (a story split in two by an ad or a pull quote box).
    private func siblingParts(of root: Int, scores: ElementScores) -> [Int] {
        let parent = Int(page.elements[root].parent)
        guard parent >= 0 else { return [] }
        let threshold = max(Double(extractor.minBlockWords), MainContentExtractor.siblingShare * scores.score(root))
        var parts: [Int] = []
        var child = parent + 1
        let end = Int(page.elements[parent].end)
        while child < end {
            if child != root, candidateFilter(child), scores.score(child) >= threshold { parts.append(child) }
            child = Int(page.elements[child].end)
        }
        return parts
    }

    // MARK: Measuring

    mutating func measureSegments() {
        segmentStats.reserveCapacity(page.segments.count)
        for segment in page.segments {
            var stats = TextStatistics()
            stats.add(page.bytes(of: segment))
            segmentStats.append(stats)
        }
    }

    /// Whether inline element `index` reads as a story's dateline: a short
    /// text of its own (no child elements) ending in a dash.
    func isStoryDateline(_ index: Int) -> Bool {
        let element = page.elements[index]
        guard !element.tag.isBlock, element.end == Int32(index + 1) else { return false }
        var bytes: [UInt8] = []
        for segment in page.segments where segment.element == Int32(index) { bytes += page.bytes(of: segment) }
        guard bytes.count <= 80 else { return false }
        // Trailing spaces and no-break spaces (U+00A0) go first.
        while let last = bytes.last {
            if last == 0x20 || last == 0x0A {
                bytes.removeLast()
            } else if last == 0xA0, bytes.count >= 2, bytes[bytes.count - 2] == 0xC2 {
                bytes.removeLast(2)
            } else {
                break
            }
        }
        if bytes.last == 0x2D { return true }
        // – (U+2013) and — (U+2014)
        return bytes.count >= 3 && bytes[bytes.count - 3] == 0xE2 && bytes[bytes.count - 2] == 0x80
            && (bytes[bytes.count - 1] == 0x93 || bytes[bytes.count - 1] == 0x94)
    }

    /// Noise per element, with the guard for guesses.
    mutating func classifyElements(guardShare: Double, structuralGuardShare: Double) {
        if ownNoise.isEmpty {
            ownNoise.reserveCapacity(elementCount)
            for element in page.elements { ownNoise.append(extractor.classifier.noise(of: element, in: page)) }
        }
        var own = ownNoise
        // Prose words per subtree, before any noise is taken out, for the guard.
        var prose = [Int](repeating: 0, count: elementCount)
        // All words and link words per subtree, for names spared by what
        // the element holds (``ElementNoise/Spare``).
        var words = [Int](repeating: 0, count: elementCount)
        var links = [Int](repeating: 0, count: elementCount)
        var total = 0
        for block in page.blocks where block.element >= 0 {
            var stats = TextStatistics()
            var linkWords = 0
            for index in block.segments {
                stats.words += segmentStats[index].words
                stats.sentenceEnds += segmentStats[index].sentenceEnds
                stats.commas += segmentStats[index].commas
                if page.segments[index].inLink { linkWords += segmentStats[index].words }
            }
            words[Int(block.element)] += stats.words
            links[Int(block.element)] += linkWords
            if BlockFacts.classify(stats, linkWords: linkWords, minWords: extractor.minBlockWords) == .prose {
                prose[Int(block.element)] += stats.words
                total += stats.words
            }
        }
        for index in stride(from: elementCount - 1, through: 0, by: -1) {
            let parent = Int(page.elements[index].parent)
            if parent >= 0 {
                prose[parent] += prose[index]
                words[parent] += words[index]
                links[parent] += links[index]
            }
        }
        for index in 0..<elementCount {
            guard let found = own[index] else { continue }
            switch found.spare {
            case .never: break
            case .proseWithFewLinks:
                if prose[index] > 0, Double(links[index]) <= MainContentExtractor.leadLinkShare * Double(words[index]) {
                    own[index] = nil
                }
            case .manyWords: if words[index] >= 2 * extractor.minBlockWords { own[index] = nil }
            case .storyDateline: if isStoryDateline(index) { own[index] = nil }
            }
        }
        pageProseWords = total
        let guardWords = Double(total) * guardShare
        let structuralGuardWords = Double(total) * structuralGuardShare
        for index in 0..<elementCount {
            if let found = own[index], found.isGuess, total > 0,
                Double(prose[index]) >= (found.isStructural ? structuralGuardWords : guardWords)
            {
                own[index] = nil
            }
            noise[index] = own[index]
            let parent = Int(page.elements[index].parent)
            nearestNoise[index] = own[index] != nil ? Int32(index) : parent >= 0 ? nearestNoise[parent] : -1
        }
    }

    mutating func measureBlocks() {
        blockStats.removeAll(keepingCapacity: true)
        blockStats.reserveCapacity(page.blocks.count)
        for block in page.blocks {
            let owner = Int(block.element)
            var facts = BlockFacts()
            facts.inNoise = owner >= 0 && nearestNoise[owner] >= 0
            let ownerNoise = owner >= 0 ? nearestNoise[owner] : -1
            var stats = TextStatistics()
            for index in block.segments {
                let segment = page.segments[index]
                // A segment inside noise below the block's element (an ad
                // label or a button inside a paragraph) does not count.
                if segment.element >= 0, nearestNoise[Int(segment.element)] != ownerNoise { continue }
                stats.words += segmentStats[index].words
                stats.sentenceEnds += segmentStats[index].sentenceEnds
                stats.commas += segmentStats[index].commas
                stats.bytes += segmentStats[index].bytes
                if segment.inLink { facts.linkWords += segmentStats[index].words }
            }
            facts.words = stats.words
            facts.endsSentence = endsSentence(block)
            facts.kind = BlockFacts.classify(stats, linkWords: facts.linkWords, minWords: extractor.minBlockWords)
            if facts.kind != .linkDense, ServerMessage.matches(block, in: page) { facts.kind = .serverMessage }
            facts.sentenceEnds = stats.sentenceEnds
            facts.isHeading = owner >= 0 && page.elements[owner].tag.isHeading
            facts.endsWithEllipsis = endsWithEllipsis(block)
            facts.isSentence =
                facts.kind == .short && facts.endsSentence && facts.words >= extractor.minBlockWords
                && facts.linkWords * 3 <= facts.words
            if let first = block.segments.first, page.segments[first].inLink, segmentStats[first].words >= 3,
                facts.linkWords < facts.words
            {
                facts.startsWithLink = true
            }
            blockStats.append(facts)
        }
        markTeasers()
    }

    /// Teasers for other stories: excerpts cut off with an ellipsis (when
    /// the page has several), and blocks led by a linked headline when at
    /// least three of them sit side by side.
    mutating func markTeasers() {
        let cutOff = blockStats.indices.filter { blockStats[$0].endsWithEllipsis && blockStats[$0].words < 150 }
        if cutOff.count >= 2 {
            for index in cutOff where blockStats[index].kind != .linkDense { blockStats[index].kind = .teaser }
        }
        var ledByLink: [Int32: [Int]] = [:]
        for index in blockStats.indices where blockStats[index].startsWithLink {
            let owner = page.blocks[index].element
            let group = owner >= 0 ? page.elements[Int(owner)].parent : -1
            ledByLink[group, default: []].append(index)
        }
        for (_, members) in ledByLink where members.count >= 3 {
            for index in members where blockStats[index].kind != .linkDense { blockStats[index].kind = .teaser }
        }
        markCards()
    }

    /// Cards after the story: at least ``cardRun`` sibling elements of one
    /// tag and class (digits aside, so `slide-1` and `slide-2` match), each
    /// holding a few short blocks led by a headline (a heading or a link),
    /// then a summary or a source label, that follow ``cardProseBefore``
    /// words of prose. Cards led by headings (which a story's own sections
    /// also are) need a run twice as long. A
    /// gallery of other stories, a "recommended for you" stream or a
    /// comment thread has that shape; a story's own paragraphs are single
    /// blocks, and a listicle that is the page has no story before it.
    mutating func markCards() {
        let count = elementCount
        guard count > 0, page.blocks.count >= 2 * MainContentExtractor.cardRun else { return }
        var blocksIn = [Int32](repeating: 0, count: count)
        var wordsIn = [Int32](repeating: 0, count: count)
        var firstBlock = [Int32](repeating: Int32.max, count: count)
        var proseBefore = [Int32](repeating: 0, count: page.blocks.count + 1)
        for (index, block) in page.blocks.enumerated() {
            let facts = blockStats[index]
            proseBefore[index + 1] = proseBefore[index] + (facts.kind == .prose ? Int32(facts.words) : 0)
            guard block.element >= 0 else { continue }
            let owner = Int(block.element)
            blocksIn[owner] += 1
            wordsIn[owner] += Int32(facts.words)
            if firstBlock[owner] == Int32.max { firstBlock[owner] = Int32(index) }
        }
        for index in stride(from: count - 1, through: 0, by: -1) {
            let parent = Int(page.elements[index].parent)
            guard parent >= 0 else { continue }
            blocksIn[parent] += blocksIn[index]
            wordsIn[parent] += wordsIn[index]
            firstBlock[parent] = min(firstBlock[parent], firstBlock[index])
        }
        func isCard(_ element: Int) -> Bool {
            guard blocksIn[element] >= 2, blocksIn[element] <= 6, wordsIn[element] > 0,
                wordsIn[element] <= Int32(MainContentExtractor.cardMaxWords)
            else { return false }
            // A card leads with its headline: a heading or a link.
            let lead = blockStats[Int(firstBlock[element])]
            return lead.isHeading || isLinkLed(element)
        }
        func isLinkLed(_ element: Int) -> Bool {
            let lead = blockStats[Int(firstBlock[element])]
            return lead.kind == .linkDense || lead.startsWithLink
        }
        var groups: [UInt64: [Int]] = [:]
        for parent in 0..<count where blocksIn[parent] >= Int32(2 * MainContentExtractor.cardRun) {
            groups.removeAll(keepingCapacity: true)
            var child = parent + 1
            let end = Int(page.elements[parent].end)
            while child < end {
                if isCard(child) { groups[cardSignature(child), default: []].append(child) }
                child = Int(page.elements[child].end)
            }
            for (_, cards) in groups where cards.count >= MainContentExtractor.cardRun {
                // Sections of a story (a FAQ, a settings guide) also lead
                // with headings; a run of them takes twice as many.
                var linkLed = 0
                for card in cards where isLinkLed(card) { linkLed += 1 }
                guard cards.count >= 2 * MainContentExtractor.cardRun || linkLed >= MainContentExtractor.cardRun
                else { continue }
                let first = Int(firstBlock[cards[0]])
                guard proseBefore[first] >= Int32(MainContentExtractor.cardProseBefore) else { continue }
                for card in cards {
                    let start = Int(firstBlock[card])
                    for index in start..<(start + Int(blocksIn[card])) where blockStats[index].kind != .linkDense {
                        blockStats[index].kind = .teaser
                    }
                }
            }
        }
    }

    /// An element's tag and class and id, digits left out.
    private func cardSignature(_ element: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(page.elements[element].tag.rawValue)
        for byte in page.classAndID(of: page.elements[element]) where byte < 0x30 || byte > 0x39 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash
    }

    private func endsWithEllipsis(_ block: PageBlock) -> Bool {
        guard let last = block.segments.last else { return false }
        let segment = page.segments[last]
        let end = Int(segment.end)
        let start = Int(segment.start)
        var index = end - 1
        while index >= start, page.text[index] == UInt8(ascii: "]") || page.text[index] == UInt8(ascii: ")") {
            index -= 1
        }
        if index - 2 >= start, page.text[index] == UInt8(ascii: "."), page.text[index - 1] == UInt8(ascii: "."),
            page.text[index - 2] == UInt8(ascii: ".")
        {
            return true
        }
        // U+2026 HORIZONTAL ELLIPSIS is E2 80 A6.
        return index - 2 >= start && page.text[index] == 0xA6 && page.text[index - 1] == 0x80
            && page.text[index - 2] == 0xE2
    }

    private func endsSentence(_ block: PageBlock) -> Bool {
        guard let last = block.segments.last else { return false }
        let segment = page.segments[last]
        var index = Int(segment.end) - 1
        while index >= Int(segment.start) {
            let byte = page.text[index]
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), 0x9D, 0x9C, 0x99, 0xE2, 0x80:
                index -= 1  // closing quotes and brackets (and the bytes of ” “ ’)
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), 0x82, 0x81, 0x9F, 0xA6:
                return true
            default:
                return false
            }
        }
        return false
    }

    // MARK: Choosing

    /// Whether an element may be the article's root.
    func candidateFilter(_ index: Int) -> Bool {
        let element = page.elements[index]
        return nearestNoise[index] < 0 && (element.tag.isBlock || element.tag == .other)
    }

    /// The JSON-LD or microdata element, when the page has one that holds text.
    func strongSignal() -> (root: Int, method: ExtractionMethod)? {
        if let body = structured.articleBody {
            let trigrams = TrigramSet(body)
            if trigrams.words >= 20 {
                var matched = [Int](repeating: 0, count: page.blocks.count)
                var matchedTotal = 0
                for (index, block) in page.blocks.enumerated() where !blockStats[index].inNoise {
                    var bytes: [UInt8] = []
                    for segment in block.segments { bytes += page.bytes(of: page.segments[segment]) }
                    let result = trigrams.matchedWords(in: bytes[...])
                    if result.words > 0, result.matched * 2 >= result.words {
                        matched[index] = result.words
                        matchedTotal += result.words
                    }
                }
                if matchedTotal * 4 >= trigrams.words {
                    let scores = ElementScores(state: self, boostsArticleMarkup: false) { index, facts in
                        let words = Double(facts.words)
                        if matched[index] > 0 { return (words, 0, 0) }
                        return facts.kind == .short ? (0, 0, words) : (0, words, 0)
                    }
                    if let root = scores.best(candidates: candidateFilter) {
                        return (root, .jsonLD)
                    }
                }
            }
        }
        var best: (index: Int, words: Int)?
        for (index, element) in page.elements.enumerated()
        where element.flags.contains(.itempropArticleBody) && nearestNoise[index] < 0 {
            let words = keptWords(root: index)
            if words > 0, words > best?.words ?? 0 { best = (index, words) }
        }
        return best.map { ($0.index, .microdata) }
    }

    /// The words that would be kept with `root` as the article.
    func keptWords(root: Int) -> Int {
        let end = Int(page.elements[root].end)
        var words = 0
        for (index, block) in page.blocks.enumerated() {
            let owner = Int(block.element)
            guard owner >= root, owner < end else { continue }
            let facts = blockStats[index]
            if nearestNoise[owner] > Int32(root) { continue }
            if facts.kind == .linkDense || facts.kind == .teaser || facts.kind == .serverMessage { continue }
            words += facts.words
        }
        return words
    }

    /// The JSON-LD `articleBody` as the article, when the markup yields
    /// less than half of it and does not carry its text.
    func articleBodyFallback(_ body: String, keptWords: Int) -> ExtractedPage? {
        let trigrams = TrigramSet(body)
        guard trigrams.words >= 50, keptWords * 2 < trigrams.words else { return nil }
        var page = assemble(root: nil, method: .jsonLDText, dropAll: true)
        let paragraphs = body.split(whereSeparator: \.isNewline).map { String($0).trimmingASCIIWhitespace() }
            .filter { !$0.isEmpty }
        page.blocks.append(contentsOf: paragraphs.map { ExtractedBlock(text: $0, line: 0, fate: .kept) })
        return page
    }

    // MARK: Assembling

    /// Every block with its fate, for `root` (nil: the whole page).
    func assemble(root: Int?, method: ExtractionMethod, siblings: [Int] = [], dropAll: Bool = false) -> ExtractedPage {
        var localRoots: [Int] = []
        localRoots.reserveCapacity(page.blocks.count)
        var fates: [ExtractedBlock.Fate] = []
        fates.reserveCapacity(page.blocks.count)
        for (index, block) in page.blocks.enumerated() {
            let owner = Int(block.element)
            let facts = blockStats[index]
            var rootIndex = root ?? -1
            var rootEnd = root.map { Int(page.elements[$0].end) } ?? elementCount
            if root != nil, owner < rootIndex || owner >= rootEnd,
                let part = siblings.first(where: { owner >= $0 && owner < Int(page.elements[$0].end) })
            {
                rootIndex = part
                rootEnd = Int(page.elements[part].end)
            }
            localRoots.append(rootIndex)
            let insideRoot = root == nil || (owner >= rootIndex && owner < rootEnd)
            let noiseIndex = owner >= 0 ? Int(nearestNoise[owner]) : -1
            if noiseIndex >= 0, !insideRoot || noiseIndex > rootIndex, let found = noise[noiseIndex] {
                fates.append(.dropped(rule: found.rule, kind: found.kind))
            } else if dropAll || !insideRoot {
                fates.append(.dropped(rule: "main-content:outside", kind: .pageChrome))
            } else if method != .allText, facts.kind == .linkDense {
                fates.append(.dropped(rule: "main-content:link-dense", kind: .pageChrome))
            } else if method != .allText, facts.kind == .serverMessage {
                fates.append(.dropped(rule: "main-content:server-message", kind: .markup))
            } else if method != .allText, facts.kind == .teaser {
                fates.append(.dropped(rule: "main-content:teaser", kind: .pageChrome))
            } else if method == .proseBlocks, facts.kind != .prose, !facts.isHeading {
                fates.append(.dropped(rule: "main-content:not-prose", kind: .pageChrome))
            } else if facts.words == 0 {
                fates.append(.dropped(rule: "main-content:no-words", kind: .pageChrome))
            } else {
                fates.append(.kept)
            }
        }
        if method != .allText {
            dropOrphanHeadings(&fates)
            trimEdges(&fates)
        }
        let headline = extractor.takesHeadline ? headlineBlock(root: root) : nil
        if let headline { fates[headline] = .headline }
        var blocks: [ExtractedBlock] = []
        blocks.reserveCapacity(page.blocks.count)
        for (index, block) in page.blocks.enumerated() {
            appendBlocks(for: block, index: index, fate: fates[index], root: localRoots[index], into: &blocks)
        }
        let headlineText = blocks.first { $0.fate == .headline }?.text
        return ExtractedPage(blocks: blocks, method: method, headline: headlineText)
    }

    /// The block of the page's headline: the first `<h1>` (or
    /// `itemprop="headline"`) inside the article, else the last one before
    /// it, else the first one on the page.
    func headlineBlock(root: Int?) -> Int? {
        var candidates: [Int] = []
        for (index, block) in page.blocks.enumerated() where block.element >= 0 {
            let element = page.elements[Int(block.element)]
            guard element.tag == .h1 || element.flags.contains(.itempropHeadline) else { continue }
            guard blockStats[index].words > 0, blockStats[index].words <= 60 else { continue }
            candidates.append(index)
        }
        guard let root else { return candidates.first }
        let start = root
        let end = Int(page.elements[root].end)
        if let inside = candidates.first(where: {
            Int(page.blocks[$0].element) >= start && Int(page.blocks[$0].element) < end
        }) {
            return inside
        }
        return candidates.last(where: { Int(page.blocks[$0].element) < start }) ?? candidates.first
    }

    /// Drops short lines before the first and after the last sentence-like
    /// block that is kept: bylines, dates, kickers, tags, share prompts.
    func trimEdges(_ fates: inout [ExtractedBlock.Fate]) {
        let kept = fates.indices.filter { fates[$0] == .kept }
        func isAnchor(_ index: Int) -> Bool {
            let facts = blockStats[index]
            return facts.kind == .prose || (facts.endsSentence && facts.words >= 4)
        }
        guard let first = kept.first(where: isAnchor), let last = kept.last(where: isAnchor) else { return }
        for index in kept where index < first {
            let facts = blockStats[index]
            if !facts.isHeading, facts.words < extractor.minBlockWords {
                fates[index] = .dropped(rule: "main-content:edge", kind: .pageChrome)
            }
        }
        for index in kept where index > last {
            let facts = blockStats[index]
            if facts.isHeading || facts.words < extractor.minBlockWords {
                fates[index] = .dropped(rule: "main-content:edge", kind: .pageChrome)
            }
        }
    }

    /// The block's text, split when segments inside it are noise: the kept
    /// part with the block's fate, the noise parts dropped after it.
    func appendBlocks(
        for block: PageBlock,
        index: Int,
        fate: ExtractedBlock.Fate,
        root: Int,
        into blocks: inout [ExtractedBlock]
    ) {
        let owner = Int(block.element)
        let ownerNoise = owner >= 0 ? nearestNoise[owner] : -1
        var keptBytes: [UInt8] = []
        var dropped: [(rule: String, kind: RemovalKind, bytes: [UInt8])] = []
        for segmentIndex in block.segments {
            let segment = page.segments[segmentIndex]
            let bytes = page.bytes(of: segment)
            let segmentNoise = segment.element >= 0 ? nearestNoise[Int(segment.element)] : -1
            // Noise inside a kept block or the headline (a ruby reading, a
            // hidden label) is cut out of its line.
            if fate == .kept || fate == .headline, segmentNoise != ownerNoise, segmentNoise > Int32(root),
                let found = noise[Int(segmentNoise)]
            {
                if let last = dropped.last, last.rule == found.rule {
                    dropped[dropped.count - 1].bytes += bytes
                } else {
                    dropped.append((found.rule, found.kind, Array(bytes)))
                }
            } else {
                keptBytes += bytes
            }
        }
        let line = Int(block.line)
        let text = Self.tidy(keptBytes, preformatted: block.isPreformatted)
        if !text.isEmpty { blocks.append(ExtractedBlock(text: text, line: line, fate: fate)) }
        for piece in dropped {
            let pieceText = Self.tidy(piece.bytes, preformatted: false)
            if !pieceText.isEmpty {
                blocks.append(
                    ExtractedBlock(text: pieceText, line: line, fate: .dropped(rule: piece.rule, kind: piece.kind))
                )
            }
        }
    }

    /// The text of collected bytes: outer whitespace trimmed, and double
    /// spaces left where noise was cut out of a line collapsed.
    static func tidy(_ bytes: [UInt8], preformatted: Bool) -> String {
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x0A { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0A { end -= 1 }
        guard start < end else { return "" }
        if preformatted { return String(decoding: bytes[start..<end], as: UTF8.self) }
        var result: [UInt8] = []
        result.reserveCapacity(end - start)
        for index in start..<end {
            let byte = bytes[index]
            if byte == 0x20, let previous = result.last, previous == 0x20 || previous == 0x0A { continue }
            if byte == 0x0A, result.last == 0x20 { result.removeLast() }
            result.append(byte)
        }
        return String(decoding: result, as: UTF8.self)
    }
}

extension String {
    /// Drops leading and trailing spaces, tabs and line breaks.
    func trimmingASCIIWhitespace() -> String {
        let scalars = unicodeScalars
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}

/// What the extractor knows about one block.
struct BlockFacts: Sendable {
    enum Kind: Sendable, Equatable {
        /// Enough words, few of them links: article-like text.
        case prose
        /// Mostly links: navigation, teasers, related lists.
        case linkDense
        /// Anything else: headings, bylines, labels, short lines.
        case short
        /// An excerpt of another story (cut off with an ellipsis, or led by
        /// its linked headline among others like it).
        case teaser
        /// A diagnostic a server script printed into the page (see
        /// ``ServerMessage``).
        case serverMessage
    }

    var words = 0
    var linkWords = 0
    var sentenceEnds = 0
    var endsSentence = false
    var isHeading = false
    var inNoise = false
    var endsWithEllipsis = false
    /// A whole sentence of at least `minBlockWords` words, though not prose
    /// (one-sentence paragraphs are common in news).
    var isSentence = false
    var startsWithLink = false
    var kind = Kind.short

    static func classify(_ stats: TextStatistics, linkWords: Int, minWords: Int) -> Kind {
        guard stats.words > 0 else { return .short }
        let linkShare = Double(linkWords) / Double(stats.words)
        if linkShare > MainContentExtractor.linkDenseShare { return .linkDense }
        if stats.words >= minWords, linkShare <= MainContentExtractor.proseLinkShare,
            stats.sentenceEnds + stats.commas > 0 || stats.words >= 2 * minWords
        {
            return .prose
        }
        return .short
    }
}

/// Scores of every element as the article's root, computed bottom-up in
/// one pass over the elements.
private struct ElementScores {
    var good: [Double]
    var bad: [Double]
    var short: [Double]
    let elements: [PageElement]
    let boostsArticleMarkup: Bool

    /// Weight of prose inside `<article>`, `<main>`, `role="main"` and
    /// schema.org Article markup.
    static let articleBoost = 1.3
    /// What a link-dense or noise word costs against a prose word.
    static let badCost = 0.7
    /// What a short line costs, per word.
    static let shortCost = 0.25

    /// Scores from each block's contribution: good words, bad words and
    /// short-line words for the element that holds it and its ancestors.
    init(
        state: ExtractionState,
        boostsArticleMarkup: Bool,
        contribution: (Int, BlockFacts) -> (good: Double, bad: Double, short: Double)
    ) {
        let count = state.elementCount
        elements = state.page.elements
        self.boostsArticleMarkup = boostsArticleMarkup
        good = Array(repeating: 0, count: count)
        bad = Array(repeating: 0, count: count)
        short = Array(repeating: 0, count: count)
        for (index, block) in state.page.blocks.enumerated() where block.element >= 0 {
            let owner = Int(block.element)
            let part = contribution(index, state.blockStats[index])
            good[owner] += part.good
            bad[owner] += part.bad
            short[owner] += part.short
        }
        propagate(noise: state.noise)
    }

    /// Prose is good, link lists bad, short lines cost a little.
    static func density(_ index: Int, _ facts: BlockFacts) -> (good: Double, bad: Double, short: Double) {
        let words = Double(facts.words)
        switch facts.kind {
        case .prose: return (words, 0, 0)
        case .linkDense, .teaser, .serverMessage: return (0, words, 0)
        case .short:
            if facts.isSentence { return (0, 0, 0) }  // a whole sentence costs nothing
            return (0, 0, words)
        }
    }

    mutating func propagate(noise: [ElementNoise?]) {
        var total = [Double](repeating: 0, count: elements.count)
        for index in 0..<elements.count { total[index] = good[index] + bad[index] + short[index] }
        for index in stride(from: elements.count - 1, through: 0, by: -1) {
            let parent = Int(elements[index].parent)
            guard parent >= 0 else { continue }
            if noise[index] != nil {
                bad[parent] += total[index]
            } else {
                good[parent] += good[index]
                bad[parent] += bad[index]
                short[parent] += short[index]
            }
            total[parent] += total[index]
        }
    }

    func score(_ index: Int) -> Double {
        var weight = 1.0
        if boostsArticleMarkup {
            let element = elements[index]
            if element.tag == .article || element.tag == .main
                || !element.flags.isDisjoint(with: [.roleMain, .roleArticle, .itemtypeArticle, .itempropArticleBody])
            {
                weight = Self.articleBoost
            }
        }
        return good[index] * weight - Self.badCost * bad[index] - Self.shortCost * short[index]
    }

    /// The best-scoring candidate with a positive score; the later (inner)
    /// one on ties.
    func best(candidates: (Int) -> Bool) -> Int? {
        var best: (index: Int, score: Double)?
        for index in 0..<elements.count where candidates(index) {
            let value = score(index)
            guard value > 0 else { continue }
            if value >= best?.score ?? 0 { best = (index, value) }
        }
        return best?.index
    }
}
