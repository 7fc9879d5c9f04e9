import HTMLText

extension ExtractionState {
    /// Drops kept headings whose section keeps nothing: the heading of a
    /// related-links list, a comment form or a teaser box ("More on this",
    /// "Leave a reply") whose content was dropped.
    ///
    /// A heading's section runs to the next heading of the same or a
    /// higher rank; the heading stays when a block in it other than a
    /// heading is kept.
    ///
    /// - Complexity: O(*n*) in the page's blocks.
    func dropOrphanHeadings(_ fates: inout [ExtractedBlock.Fate]) {
        // Walking backwards, `keptBelow[rank]` says whether a block other
        // than a heading is kept between this point and the next heading of
        // rank `rank` or higher.
        var keptBelow = [Bool](repeating: false, count: 7)
        for index in stride(from: page.blocks.count - 1, through: 0, by: -1) {
            let owner = Int(page.blocks[index].element)
            let rank = owner >= 0 ? Self.headingRank(page.elements[owner].tag) : 0
            guard rank > 0, blockStats[index].isHeading else {
                if fates[index] == .kept { for level in 1...6 { keptBelow[level] = true } }
                continue
            }
            if fates[index] == .kept, !keptBelow[rank] {
                fates[index] = .dropped(rule: "main-content:orphan-heading", kind: .pageChrome)
            }
            // A section ends here for this rank and every lower one; a kept
            // heading counts as kept for the higher ranks' sections.
            for level in rank...6 { keptBelow[level] = false }
            if fates[index] == .kept { for level in 1..<rank { keptBelow[level] = true } }
        }
    }

    /// 1 for `h1` to 6 for `h6`, 0 for any other tag.
    static func headingRank(_ tag: HTMLTag) -> Int {
        switch tag {
        case .h1: 1
        case .h2: 2
        case .h3: 3
        case .h4: 4
        case .h5: 5
        case .h6: 6
        default: 0
        }
    }
}
