import HTMLText

/// Words in `class` and `id` values, looked up by a hash of their bytes so
/// that classifying an element allocates nothing.
struct WordSet: Sendable {
    private var hashes: [UInt64: String] = [:]
    /// One bit per hash's low bits: most words are in no list, and this
    /// answers them without a dictionary lookup.
    private var filter = [UInt64](repeating: 0, count: 64)

    init(_ words: some Sequence<String>) {
        for word in words {
            let hash = Self.hash(word.utf8)
            hashes[hash] = word
            filter[Int(hash & 0x3F)] |= 1 << ((hash >> 6) & 0x3F)
        }
    }

    @inline(__always) private func mayContain(_ hash: UInt64) -> Bool {
        filter[Int(hash & 0x3F)] & (1 << ((hash >> 6) & 0x3F)) != 0
    }

    /// The listed word that `value` (a class or id value, as written)
    /// contains, if any; see ``classWords(_:)`` for how it is split.
    func firstWord(in value: ArraySlice<UInt8>) -> String? {
        // A listed word waits for the next word of its class name: followed
        // by `layout` (`fixed-sidebar-layout`), it names a wrapper laid out
        // around the thing, not the thing itself.
        var pending: (word: String, hash: UInt64)?
        forEachClassWordHash(in: value) { hash, previous in
            if let held = pending {
                // Joined pairs and the first word of the next class name
                // (no previous word) do not decide.
                guard let previous else { return true }
                if previous == held.hash, Self.layoutWords.contains(hash) {
                    pending = nil
                    return true
                }
                return false
            }
            // `has-ads`, `no-sidebar`, `with-comments`: a layout modifier on
            // a wrapper, not the thing itself.
            guard mayContain(hash) else { return true }
            if let previous, Self.modifiers.contains(previous) { return true }
            if let word = hashes[hash] { pending = (word, hash) }
            return true
        }
        return pending?.word
    }

    private static let modifiers: Set<UInt64> = Set(
        ["has", "with", "no", "without", "show", "enable", "disable", "hide", "is"].map { hash($0.utf8) }
    )
    private static let layoutWords: Set<UInt64> = Set(["layout", "layouts"].map { hash($0.utf8) })

    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}

/// Calls `body` with the hash of each word of a class or id value, and of
/// each pair of neighbouring words joined (as ``classWords(_:)`` splits
/// them), with the hash of the word before it in the same class name (nil
/// for a joined pair), until it returns false.
private func forEachClassWordHash(in value: ArraySlice<UInt8>, _ body: (UInt64, UInt64?) -> Bool) {
    let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    let prime: UInt64 = 0x100_0000_01b3
    var current = offset
    var joined = offset  // previous word + current word
    var hasCurrent = false
    var hasPrevious = false
    var previousWasLower = false
    var previousHash = offset
    func flush() -> Bool {
        guard hasCurrent else { return true }
        if !body(current, hasPrevious ? previousHash : nil) { return false }
        if hasPrevious, !body(joined, nil) { return false }
        previousHash = current
        hasPrevious = true
        hasCurrent = false
        current = offset
        return true
    }
    for byte in value {
        let isUpper = byte >= 0x41 && byte <= 0x5A
        let isLower = byte >= 0x61 && byte <= 0x7A
        let isDigit = byte >= 0x30 && byte <= 0x39 || byte >= 0x80  // non-ASCII letters are part of a word
        guard isUpper || isLower || isDigit else {
            if !flush() { return }
            if byte == 0x20 { hasPrevious = false }
            previousWasLower = false
            continue
        }
        if isUpper, previousWasLower, !flush() { return }
        let lowered = isUpper ? byte | 0x20 : byte
        if !hasCurrent {
            hasCurrent = true
            joined = hasPrevious ? previousHash : offset
        }
        current = (current ^ UInt64(lowered)) &* prime
        // `joined` continues the previous word's hash with this word's bytes.
        joined = (joined ^ UInt64(lowered)) &* prime
        previousWasLower = isLower || isDigit
    }
    _ = flush()
}

/// Why an element (with everything inside it) is not article text.
struct ElementNoise: Sendable, Equatable {
    var rule: String
    var kind: RemovalKind
    /// A guess (a class name, a container tag): kept when the element holds
    /// much of the page's prose, as when a layout `<div
    /// class="l-sidebar-fixed">` or an ASP.NET `<form>` wraps the story.
    var isGuess: Bool
    /// Page structure by name (`aside`, `nav`, `footer`, a `sidebar` or
    /// `widget` class): kept only under the first, strict guard.
    var isStructural = false
    /// What the element's own text must look like for the name to be wrong.
    var spare: Spare = .never

    /// When a class-name guess is taken back after the page is measured.
    enum Spare: Sendable, Equatable {
        case never
        /// `teaser`: a card links to the story it teases (its headline, a
        /// good share of its words); prose with at most an inline link
        /// (``MainContentExtractor/leadLinkShare`` of its words) is the
        /// story's own lead (`<p class="teaser">`).
        case proseWithFewLinks
        /// `print`: a print control is a label or an icon; an element with
        /// a block's worth of words is laid out for print
        /// (`print-full`, an ingredient list marked `print-links`).
        case manyWords
        /// `dateline`: a date stamp is a block of its own; a story's
        /// dateline (`<span class="dateline">KOBE –</span>` opening the
        /// first paragraph) is an inline place name ending in a dash, and
        /// is the start of the story's first sentence.
        case storyDateline
    }

    /// The ``Spare`` for a marker word.
    static func spare(ofMarker word: String) -> Spare {
        switch word {
        case "teaser", "teasers": return .proseWithFewLinks
        case "print": return .manyWords
        case "dateline": return .storyDateline
        default: return .never
        }
    }
}

/// Decides, element by element, what markup says is noise.
struct NoiseClassifier: Sendable {
    var chromeTags: HTMLTagSet
    var markers: WordSet
    var captionMarkers: WordSet
    var dropHidden: Bool
    var keepCaptions: Bool

    /// Elements that never hold article text. A ruby annotation (`<rt>`,
    /// with its fallback parentheses `<rp>`) is a reading aid printed over
    /// the base text, not part of the sentence.
    static let nonTextTags = HTMLTagSet([
        .script, .style, .noscript, .template, .svg, .math, .canvas, .iframe, .object, .embed, .video, .audio,
        .select, .option, .optgroup, .button, .textarea, .input, .picture, .source, .img, .head, .title, .rt, .rp,
    ])

    /// `tag:<name>` for every tag, built once.
    private static let tagRules: [String] = HTMLTag.allCases.map { "tag:\($0.name)" }

    static let structuralTags = HTMLTagSet([.nav, .aside, .footer, .menu])
    static let structuralWords: Set<String> = [
        "sidebar", "comment", "comments", "disqus", "nav", "navbar", "navigation", "menu", "submenu", "breadcrumb",
        "breadcrumbs",
        "footer", "masthead", "rail",
    ]

    /// The family of noise a marker word names.
    static func kind(ofMarker word: String) -> RemovalKind {
        markerKinds[word] ?? .pageChrome
    }

    /// The marker words that name an advertisement, a related-links block
    /// or page furniture (any other marker is page chrome), looked up once
    /// per marked element.
    private static let markerKinds: [String: RemovalKind] = {
        var kinds: [String: RemovalKind] = [:]
        for word in [
            "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertisements", "advertising", "adslot",
            "adunit", "adsbygoogle", "adwrapper", "adcontainer", "dfp", "gpt", "sponsor", "sponsored", "sponsorship",
            "promo", "promos", "promoted", "promotion",
        ] {
            kinds[word] = .advertisement
        }
        for word in [
            "related", "relatedlinks", "relatedposts", "relatedarticles", "relatedstories", "relatedcontent",
            "relatednews", "yarpp", "recommended", "recommendations", "recirculation", "recirc", "outbrain",
            "taboola", "trending", "mostread", "mostpopular", "popular", "morestories", "readmore", "readnext",
        ] {
            kinds[word] = .relatedLinks
        }
        // A chart drawn as an image with its axis labels and figures laid
        // over it as positioned text (ai2html's `g-artboard`): labels, not
        // sentences.
        kinds["artboard"] = .embed
        for word in [
            "share", "shares", "sharing", "sharebar", "sharetools", "sharedaddy", "social", "socials", "newsletter",
            "newsletters", "donate", "donation",
            "subscribe", "subscription", "signup", "comments", "comment", "disqus", "print", "tags", "tagged",
            "taglist", "keywords", "toolbar", "tools", "rating", "poll",
        ] {
            kinds[word] = .furniture
        }
        return kinds
    }()

    func noise(of element: PageElement, in page: PageModel) -> ElementNoise? {
        let tag = element.tag
        if Self.nonTextTags.contains(tag) {
            // A `<noscript>` is what a reader without scripts sees: on a page
            // that renders its story with a script, it holds the story
            // (guarded like a guess, so it stays when it holds the page's
            // prose); elsewhere it holds a notice or a tracking pixel.
            return ElementNoise(
                rule: Self.tagRules[Int(tag.rawValue)],
                kind: tag == .button ? .furniture : .markup,
                isGuess: tag == .noscript
            )
        }
        if dropHidden, element.flags.contains(.hidden) {
            return ElementNoise(rule: "hidden", kind: .markup, isGuess: true)
        }
        if tag == .figcaption, !keepCaptions {
            return ElementNoise(rule: "caption", kind: .caption, isGuess: false)
        }
        if chromeTags.contains(tag) {
            return ElementNoise(
                rule: Self.tagRules[Int(tag.rawValue)],
                kind: .pageChrome,
                isGuess: true,
                isStructural: Self.structuralTags.contains(tag)
            )
        }
        let flags = element.flags
        if !flags.isDisjoint(with: [.roleNavigation, .roleComplementary, .roleContentInfo, .roleBanner, .roleDialog]) {
            let role =
                flags.contains(.roleNavigation)
                ? "navigation"
                : flags.contains(.roleComplementary)
                    ? "complementary"
                    : flags.contains(.roleContentInfo)
                        ? "contentinfo" : flags.contains(.roleBanner) ? "banner" : "dialog"
            return ElementNoise(rule: "role:\(role)", kind: .pageChrome, isGuess: true, isStructural: role != "dialog")
        }
        if flags.contains(.roleButton) {
            return ElementNoise(rule: "role:button", kind: .furniture, isGuess: false)
        }
        guard !element.classAndID.isEmpty else { return nil }
        let value = page.classAndID(of: element)
        if !keepCaptions, let word = captionMarkers.firstWord(in: value) {
            return ElementNoise(rule: "class-id:\(word)", kind: .caption, isGuess: true)
        }
        if let word = markers.firstWord(in: value) {
            return ElementNoise(
                rule: "class-id:\(word)",
                kind: Self.kind(ofMarker: word),
                isGuess: true,
                isStructural: Self.structuralWords.contains(word),
                spare: ElementNoise.spare(ofMarker: word)
            )
        }
        return nil
    }
}
