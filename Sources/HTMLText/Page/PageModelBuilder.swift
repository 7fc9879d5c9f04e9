internal import CLibXML2

/// Receives libxml2's parse events (SAX) and builds a ``PageModel`` in the
/// same pass: no libxml2 tree is built and nothing is visited twice.
///
/// Attributes are read once, as the element starts. Text is copied once,
/// into one UTF-8 buffer, with HTML whitespace collapsed byte by byte
/// (kept as written inside `<pre>`). Elements nested deeper than
/// `maximumDepth` are folded into their ancestor at that depth, as
/// browsers do, so their text is kept and the model's depth stays bounded.
struct PageModelBuilder {
    private(set) var model = PageModel()
    private let maximumDepth: Int
    var parser: htmlParserCtxtPtr?

    private var open: [Int32] = []
    private var openBlocks: [Int32] = []
    private var overflow = 0
    private var headDepth = 0
    private var titleDepth = 0
    private var preDepth = 0
    private var linkDepth = 0
    private var titleBytes: [UInt8] = []

    private var pendingSpace = false
    private var afterNewline = false
    private var blockHasText = false
    private var blockStart = 0
    private var blockLine: Int32 = 0

    private var tagNames: [UnsafeRawPointer: HTMLTag] = [:]
    private var attributeNames: [UnsafeRawPointer: AttributeName] = [:]

    init(maximumDepth: Int) {
        self.maximumDepth = maximumDepth
        model.text.reserveCapacity(16 * 1024)
    }

    private var line: Int32 {
        guard let input = parser?.pointee.input else { return 0 }
        return input.pointee.line
    }

    // MARK: Events

    mutating func startElement(
        _ name: UnsafePointer<xmlChar>,
        _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        let tag = self.tag(name)
        if tag.isBlock { endBlock() }
        switch tag {
        case .br: lineBreak()
        case .td, .th: softSpace()
        default: break
        }
        if open.count >= maximumDepth {
            overflow += 1
            if let top = open.last { model.elements[Int(top)].flags.insert(.flattened) }
            return
        }
        var flags = ElementFlags()
        let classStart = Int32(model.attributeText.count)
        if let attributes { readAttributes(attributes, tag: tag, flags: &flags) }
        let classEnd = Int32(model.attributeText.count)
        let index = Int32(model.elements.count)
        model.elements.append(
            PageElement(
                tag: tag,
                parent: open.last ?? -1,
                end: index + 1,
                depth: Int32(open.count),
                line: line,
                flags: flags,
                classAndID: classStart..<classEnd
            )
        )
        open.append(index)
        if tag.isBlock { openBlocks.append(index) }
        switch tag {
        case .head: headDepth += 1
        case .title: titleDepth += 1
        case .pre, .textarea: preDepth += 1
        case .a where flags.contains(.hasHref): linkDepth += 1
        default: break
        }
    }

    mutating func endElement() {
        if overflow > 0 {
            overflow -= 1
            return
        }
        guard let index = open.popLast() else { return }
        let element = model.elements[Int(index)]
        model.elements[Int(index)].end = Int32(model.elements.count)
        let tag = element.tag
        if tag.isBlock {
            endBlock()
            if openBlocks.last == index { openBlocks.removeLast() }
        }
        switch tag {
        case .head: headDepth -= 1
        case .title:
            titleDepth -= 1
            if model.head.title == nil {
                let title = String(decoding: titleBytes, as: UTF8.self)
                if !title.isEmpty { model.head.title = title }
            }
            titleBytes.removeAll()
        case .pre, .textarea: preDepth -= 1
        case .a where element.flags.contains(.hasHref): linkDepth -= 1
        case .td, .th: softSpace()
        default: break
        }
    }

    mutating func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        if let visible = Self.withoutSoftHyphens(bytes) {
            visible.withUnsafeBufferPointer { characters($0) }
            return
        }
        if titleDepth > 0 {
            Self.appendCollapsed(bytes, into: &titleBytes, spaceAllowed: !titleBytes.isEmpty)
            return
        }
        guard headDepth == 0, let element = open.last else { return }
        // Appended to as a local array, which the loop keeps in registers.
        var text: [UInt8] = []
        swap(&text, &model.text)
        let start = text.count
        if preDepth > 0 {
            for byte in bytes where byte != 0x0D { text.append(byte) }
            if text.count > start {
                if !blockHasText { blockLine = line }
                blockHasText = true
            }
            pendingSpace = false
        } else {
            var wrote = false
            var space = pendingSpace
            let spaceAllowed = blockHasText && !afterNewline
            for byte in bytes {
                switch byte {
                case 0x20, 0x09, 0x0A, 0x0C, 0x0D:
                    if spaceAllowed || wrote { space = true }
                default:
                    if space {
                        text.append(0x20)
                        space = false
                    }
                    text.append(byte)
                    wrote = true
                }
            }
            pendingSpace = space
            if wrote {
                afterNewline = false
                if !blockHasText {
                    blockHasText = true
                    blockLine = line
                }
            }
        }
        swap(&text, &model.text)
        addSegment(element: element, from: start)
    }

    mutating func finish() -> PageModel {
        endBlock()
        while let index = open.popLast() { model.elements[Int(index)].end = Int32(model.elements.count) }
        return model
    }

    // MARK: Text

    private mutating func addSegment(element: Int32, from start: Int) {
        let end = model.text.count
        guard end > start else { return }
        let inLink = linkDepth > 0
        if model.segments.count > blockStart, let last = model.segments.last, last.element == element,
            last.end == Int32(start), last.inLink == inLink
        {
            model.segments[model.segments.count - 1].end = Int32(end)
        } else {
            model.segments.append(TextSegment(element: element, start: Int32(start), end: Int32(end), inLink: inLink))
        }
    }

    private mutating func lineBreak() {
        pendingSpace = false
        guard blockHasText, !afterNewline, let element = open.last else { return }
        let start = model.text.count
        model.text.append(0x0A)
        afterNewline = true
        addSegment(element: element, from: start)
    }

    private mutating func softSpace() {
        if blockHasText, !afterNewline { pendingSpace = true }
    }

    private mutating func endBlock() {
        pendingSpace = false
        afterNewline = false
        guard blockHasText else {
            model.segments.removeSubrange(blockStart...)
            return
        }
        blockHasText = false
        // A trailing line break ends nothing.
        while let last = model.segments.last, model.segments.count > blockStart,
            model.text[Int(last.end) - 1] == 0x0A || model.text[Int(last.end) - 1] == 0x20
        {
            model.segments[model.segments.count - 1].end -= 1
            if model.segments[model.segments.count - 1].length == 0 { model.segments.removeLast() }
        }
        if model.segments.count > blockStart {
            model.blocks.append(
                PageBlock(
                    element: openBlocks.last ?? -1,
                    segments: blockStart..<model.segments.count,
                    line: blockLine,
                    isPreformatted: preDepth > 0
                )
            )
        }
        blockStart = model.segments.count
    }

    /// `bytes` without soft hyphens (U+00AD, `&shy;`: a hint where a word
    /// may break, invisible otherwise), or nil when there are none. Found by
    /// their second byte, which `memchr` finds fast and which other
    /// characters (such as "í", C3 AD) share.
    static func withoutSoftHyphens(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard let base = bytes.baseAddress else { return nil }
        var search = 1
        var first: Int?
        while search < bytes.count, let found = memchrBytes(base + search, 0xAD, bytes.count - search) {
            let index = found - base
            if bytes[index - 1] == 0xC2 {
                first = index - 1
                break
            }
            search = index + 1
        }
        guard let first else { return nil }
        var output = Array(bytes[..<first])
        var index = first
        while index < bytes.count {
            if bytes[index] == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xAD {
                index += 2
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return output
    }

    private static func appendCollapsed(
        _ bytes: UnsafeBufferPointer<UInt8>,
        into buffer: inout [UInt8],
        spaceAllowed: Bool
    ) {
        var space = false
        var allowed = spaceAllowed
        for byte in bytes {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0C, 0x0D: space = allowed
            default:
                if space { buffer.append(0x20) }
                space = false
                allowed = true
                buffer.append(byte)
            }
        }
    }

    // MARK: Names and attributes

    private mutating func tag(_ name: UnsafePointer<xmlChar>) -> HTMLTag {
        let key = UnsafeRawPointer(name)
        if let known = tagNames[key] { return known }
        let tag = HTMLTag(name: String(cString: name))
        tagNames[key] = tag
        return tag
    }

    private mutating func attributeName(_ name: UnsafePointer<xmlChar>) -> AttributeName {
        let key = UnsafeRawPointer(name)
        if let known = attributeNames[key] { return known }
        let kind = AttributeName(rawValue: String(cString: name).lowercased()) ?? .other
        attributeNames[key] = kind
        return kind
    }

    private mutating func readAttributes(
        _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>,
        tag: HTMLTag,
        flags: inout ElementFlags
    ) {
        var cursor = attributes
        var metaKey: String?
        var metaContent: String?
        var rel: String?
        var href: String?
        while let name = cursor.pointee {
            let value = cursor.successor().pointee
            cursor += 2
            let kind = attributeName(name)
            switch kind {
            case .other: continue
            case .id, .class:
                // A heading's id is a link target (a table of contents
                // builds it from the heading's own words: `nav_the_vote`),
                // not a name for what the heading is.
                guard let value, kind == .class || !tag.isHeading else { continue }
                var buffer: [UInt8] = []
                swap(&buffer, &model.attributeText)
                Self.appendRaw(value, to: &buffer)
                buffer.append(0x20)
                swap(&buffer, &model.attributeText)
            case .hidden: flags.insert(.hidden)
            case .ariaHidden:
                if let value, Self.lowercased(value) == "true" { flags.insert(.hidden) }
            case .style:
                if let value, Self.styleHides(value) { flags.insert(.hidden) }
            case .role:
                guard let value else { continue }
                switch Self.lowercased(value) {
                case "main": flags.insert(.roleMain)
                case "navigation", "menu", "menubar", "toolbar", "tablist": flags.insert(.roleNavigation)
                case "complementary": flags.insert(.roleComplementary)
                case "contentinfo": flags.insert(.roleContentInfo)
                case "banner": flags.insert(.roleBanner)
                case "article": flags.insert(.roleArticle)
                case "dialog", "alertdialog", "alert": flags.insert(.roleDialog)
                case "button": flags.insert(.roleButton)
                default: break
                }
            case .itemprop:
                guard let value else { continue }
                let lowered = Self.lowercased(value)
                if tag == .meta { metaKey = metaKey ?? lowered }
                for word in lowered.split(separator: " ") {
                    switch word {
                    case "articlebody": flags.insert(.itempropArticleBody)
                    case "headline": flags.insert(.itempropHeadline)
                    case "author", "creator", "publisher": flags.insert(.itempropAuthor)
                    case "datepublished", "datemodified", "datecreated": flags.insert(.itempropDate)
                    default: break
                    }
                }
            case .itemtype:
                guard let value else { continue }
                let lowered = Self.lowercased(value)
                if lowered.hasSuffix("article") || lowered.hasSuffix("blogposting") || lowered.hasSuffix("report") {
                    flags.insert(.itemtypeArticle)
                }
            case .href:
                if tag == .a { flags.insert(.hasHref) }
                if tag == .link, let value { href = String(cString: value) }
            case .property, .name:
                if tag == .meta, let value { metaKey = Self.lowercased(value) }
            case .content:
                if tag == .meta, let value { metaContent = String(cString: value) }
            case .rel:
                if tag == .link, let value { rel = Self.lowercased(value) }
            case .lang:
                if tag == .html, let value { model.head.language = String(cString: value) }
            }
        }
        if tag == .meta, let metaKey, let metaContent, model.head.meta[metaKey] == nil {
            model.head.meta[metaKey] = metaContent
        }
        if tag == .link, let rel, let href, rel.split(separator: " ").contains("canonical"),
            model.head.canonicalURL == nil
        {
            model.head.canonicalURL = href
        }
    }

    private static func lowercased(_ value: UnsafePointer<xmlChar>) -> String {
        var bytes: [UInt8] = []
        Self.appendLowercased(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self).trimmingASCIISpaces()
    }

    private static func appendLowercased(_ value: UnsafePointer<xmlChar>, to buffer: inout [UInt8]) {
        var cursor = value
        while cursor.pointee != 0 {
            let byte = cursor.pointee
            buffer.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            cursor += 1
        }
    }

    private static func appendRaw(_ value: UnsafePointer<xmlChar>, to buffer: inout [UInt8]) {
        var cursor = value
        while cursor.pointee != 0 {
            buffer.append(cursor.pointee)
            cursor += 1
        }
    }

    /// Whether an inline style says `display:none` or `visibility:hidden`.
    private static func styleHides(_ value: UnsafePointer<xmlChar>) -> Bool {
        var squeezed: [UInt8] = []
        var cursor = value
        while cursor.pointee != 0 {
            let byte = cursor.pointee
            if byte != 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D {
                squeezed.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            }
            cursor += 1
        }
        return squeezed.containsBytes("display:none") || squeezed.containsBytes("visibility:hidden")
    }
}

/// The attributes the page model reads.
private enum AttributeName: String {
    case id, `class`, hidden, style, role, itemprop, itemtype, href, property, name, content, rel, lang
    case ariaHidden = "aria-hidden"
    case other = ""
}

extension [UInt8] {
    func containsBytes(_ literal: StaticString) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard count >= length else { return false }
        let pattern = literal.utf8Start
        outer: for start in 0...(count - length) {
            for offset in 0..<length where self[start + offset] != pattern[offset] { continue outer }
            return true
        }
        return false
    }
}

extension String {
    func trimmingASCIISpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isHTMLWhitespace }),
            let last = scalars.lastIndex(where: { !$0.isHTMLWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
