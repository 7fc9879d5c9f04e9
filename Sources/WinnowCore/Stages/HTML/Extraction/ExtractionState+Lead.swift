import HTMLText

extension ExtractionState {
    /// The story's lead (standfirst) when it sits before the article's root:
    /// the prose blocks between the page's headline and the root's first
    /// block, inside the element that holds both.
    ///
    /// Templates often put the headline, the lead and the byline in a header
    /// of their own and the body in another element (`<div
    /// class="article-intro">` before `<div itemprop="articleBody">`), so the
    /// root chosen for the body leaves the lead out. Only prose or whole
    /// sentences outside noise count; bylines, dates and captions between
    /// stay out. When the gap holds more than a lead's worth of prose
    /// (``MainContentExtractor/leadMaxWords``, or more than the root
    /// itself), it is other content and nothing is taken.
    ///
    /// - Parameters:
    ///   - root: The article's root.
    ///   - parts: Elements already taken beside the root.
    /// - Returns: The elements holding the lead's blocks, in document order.
    func leadParts(before root: Int, parts: [Int]) -> [Int] {
        let rootEnd = Int(page.elements[root].end)
        guard
            let firstRootBlock = page.blocks.firstIndex(where: {
                Int($0.element) >= root && Int($0.element) < rootEnd
            })
        else { return [] }
        guard
            let headline = (0..<firstRootBlock).last(where: { index in
                let owner = Int(page.blocks[index].element)
                guard owner >= 0 else { return false }
                let element = page.elements[owner]
                let words = blockStats[index].words
                return (element.tag == .h1 || element.flags.contains(.itempropHeadline)) && words > 0 && words <= 60
            })
        else { return [] }
        let container = commonAncestor(Int(page.blocks[headline].element), root)
        guard container >= 0 else { return [] }
        let containerEnd = Int(page.elements[container].end)
        var lead: [Int] = []
        var leadWords = 0
        for index in (headline + 1)..<firstRootBlock {
            let owner = Int(page.blocks[index].element)
            guard owner > container, owner < containerEnd, nearestNoise[owner] < 0 else { continue }
            let facts = blockStats[index]
            guard facts.kind == .prose || facts.isSentence, facts.endsSentence else { continue }
            if parts.contains(where: { owner >= $0 && owner < Int(page.elements[$0].end) }) { continue }
            guard !inHeader(owner, below: container), ownsOnlyBlock(owner, index: index) else { continue }
            leadWords += facts.words
            lead.append(owner)
        }
        guard !lead.isEmpty, leadWords <= MainContentExtractor.leadMaxWords, leadWords <= keptWords(root: root)
        else { return [] }
        return lead
    }

    /// The nearest element that holds both `first` and `second`, or -1.
    func commonAncestor(_ first: Int, _ second: Int) -> Int {
        var current = first
        while current >= 0 {
            if second >= current && second < Int(page.elements[current].end) { return current }
            current = Int(page.elements[current].parent)
        }
        return -1
    }

    /// Whether an element between `container` and `element` (or `element`
    /// itself) is a `<header>` or a heading: the deck under a headline,
    /// which is not the story's text.
    func inHeader(_ element: Int, below container: Int) -> Bool {
        var current = element
        while current > container {
            let tag = page.elements[current].tag
            if tag == .header || tag == .hgroup || tag.isHeading { return true }
            current = Int(page.elements[current].parent)
        }
        return false
    }

    /// Whether block `index` is the only block inside `element`, so that
    /// taking the element takes nothing else (a byline beside the lead).
    func ownsOnlyBlock(_ element: Int, index: Int) -> Bool {
        let end = Int(page.elements[element].end)
        let before = index > 0 ? Int(page.blocks[index - 1].element) : -1
        let after = index + 1 < page.blocks.count ? Int(page.blocks[index + 1].element) : -1
        return !(before >= element && before < end) && !(after >= element && after < end)
    }
}
