/// The HTML elements a page model tells apart; every other name is
/// ``other``.
///
/// libxml2's HTML parser lower-cases element names, so a name maps to a tag
/// by its bytes alone.
public enum HTMLTag: UInt8, Sendable, CaseIterable {
    case other
    case html, head, body, title, meta, link, base
    case script, style, noscript, template, svg, math, canvas, iframe, object, embed
    case video, audio, picture, source, img, figure, figcaption
    case header, footer, nav, aside, main, article, section, div, span, p, br, hr
    case h1, h2, h3, h4, h5, h6, hgroup
    case ul, ol, li, dl, dt, dd, menu, dir
    case table, thead, tbody, tfoot, tr, td, th, caption, colgroup, col
    case blockquote, q, pre, code, a, b, strong, i, em, u, small, sup, sub, time, address, cite, mark
    case form, input, button, select, option, optgroup, textarea, label, fieldset, legend
    case details, summary, dialog, center, font, abbr, wbr
    case ruby, rt, rp

    /// The tag named `name` (lower case), or ``other``.
    public init(name: String) {
        self = Self.byName[name] ?? .other
    }

    private static let byName: [String: HTMLTag] = {
        var table: [String: HTMLTag] = [:]
        for tag in HTMLTag.allCases where tag != .other { table[tag.name] = tag }
        return table
    }()

    /// The element's name as it appears in markup.
    public var name: String { Self.names[Int(rawValue)] }

    private static let names: [String] = HTMLTag.allCases.map { "\($0)" }

    /// Elements that start and end a paragraph of text, as browsers lay
    /// them out.
    @inlinable public var isBlock: Bool { HTMLTagSet.block.contains(self) }

    /// Headings `h1` to `h6`.
    public var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: true
        default: false
        }
    }

    static let blockTags: [HTMLTag] = [
        .html, .body, .address, .article, .aside, .blockquote, .caption, .center, .dd, .details, .dialog, .dir,
        .div, .dl, .dt, .fieldset, .figcaption, .figure, .footer, .form, .h1, .h2, .h3, .h4, .h5, .h6, .header,
        .hgroup, .hr, .legend, .li, .main, .menu, .nav, .ol, .p, .pre, .section, .summary, .table, .tbody,
        .tfoot, .thead, .tr, .ul, .title, .option, .select, .textarea, .noscript, .video, .audio, .iframe,
    ]
}

/// A set of tags as a bit mask: membership is two shifts, no hashing.
public struct HTMLTagSet: Sendable, Equatable {
    @usableFromInline var low: UInt64 = 0
    @usableFromInline var high: UInt64 = 0

    public init(_ tags: some Sequence<HTMLTag>) {
        for tag in tags { insert(tag) }
    }

    public mutating func insert(_ tag: HTMLTag) {
        let bit = tag.rawValue
        if bit < 64 { low |= 1 << UInt64(bit) } else { high |= 1 << UInt64(bit - 64) }
    }

    @inlinable public func contains(_ tag: HTMLTag) -> Bool {
        let bit = tag.rawValue
        return bit < 64 ? low & (1 << UInt64(bit)) != 0 : high & (1 << UInt64(bit &- 64)) != 0
    }

    /// Elements that start and end a paragraph of text.
    public static let block = HTMLTagSet(HTMLTag.blockTags)
}
