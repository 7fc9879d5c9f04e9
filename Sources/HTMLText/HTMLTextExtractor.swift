internal import CLibXML2

/// Turns HTML into paragraphs of readable text with libxml2.
///
/// The caller decides, element by element, what is noise; the extractor
/// drops those elements with their content and records each drop with its
/// rule, its text and its source line.
public struct HTMLTextExtractor: Sendable {
    /// How the input should be read.
    public enum Mode: Sendable {
        /// A whole page: whitespace collapses as a browser shows it.
        case document
        /// Plain text with stray markup in it: the text's own line breaks
        /// are kept, tags are removed and entities decoded.
        case fragment
    }

    public var mode: Mode

    public init(mode: Mode = .document) {
        self.mode = mode
    }

    /// Extracts the readable text of `html`.
    ///
    /// - Parameters:
    ///   - html: The markup, already decoded.
    ///   - decide: Called for every element outside `<head>`; returns
    ///     whether to drop it.
    /// - Throws: ``HTMLParseError`` when libxml2 builds no document.
    /// - Complexity: O(*n*) in the size of the markup.
    public func extract(
        _ html: String, decide: (ElementInfo) -> DropDecision
    ) throws(HTMLParseError) -> HTMLExtraction {
        let document = try HTMLDocument(parsing: html)
        var walk = Walk(mode: mode, root: document.firstNode)
        walk.run(from: document.firstNode, decide: decide)
        return walk.finish()
    }
}

/// One pass over a parsed tree, without recursion (pages can nest deeply).
private struct Walk {
    var assembler = TextAssembler()
    var extraction = HTMLExtraction()
    var headDepth = 0
    var headlineStart: Int?
    let root: xmlNodePtr?
    /// The length of the page's readable text, counted when a guard first
    /// needs it.
    var pageTextLength: Int?

    init(mode: HTMLTextExtractor.Mode, root: xmlNodePtr?) {
        self.root = root
        if mode == .fragment { assembler.enterPreformatted() }
    }

    mutating func run(from start: xmlNodePtr?, decide: (ElementInfo) -> DropDecision) {
        var node = start
        while let current = node {
            if enter(current, decide: decide), let child = current.pointee.children {
                node = child
                continue
            }
            // Leave `current` (if it was entered), then climb until a sibling.
            var climbing: xmlNodePtr? = current
            node = nil
            while let up = climbing {
                if let next = up.pointee.next {
                    node = next
                    break
                }
                climbing = up.pointee.parent
                if let parent = climbing, parent.pointee.type == XML_ELEMENT_NODE {
                    leave(parent)
                } else {
                    climbing = nil
                }
            }
        }
    }

    /// Handles a node on the way down; returns whether to visit its children.
    /// Leaf elements that return true are left at once.
    mutating func enter(_ node: xmlNodePtr, decide: (ElementInfo) -> DropDecision) -> Bool {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if headDepth == 0, let content = node.pointee.content {
                assembler.append(String(cString: content))
            }
            return false
        case XML_ELEMENT_NODE:
            return enterElement(node, decide: decide)
        default:
            return false
        }
    }

    mutating func enterElement(_ node: xmlNodePtr, decide: (ElementInfo) -> DropDecision) -> Bool {
        let name = node.name
        if name == "head" {
            headDepth += 1
            if node.pointee.children == nil { headDepth -= 1 }
            return true
        }
        if headDepth > 0 {
            readHeadElement(node, name: name)
            return false
        }
        let info = ElementInfo(
            name: name, id: node.attribute("id"), className: node.attribute("class"),
            isHidden: node.isHidden)
        switch decide(info) {
        case .keep:
            break
        case .drop(let rule):
            drop(node, name: name, rule: rule)
            return false
        case .dropUnlessMainContent(let rule):
            if !holdsMainContent(node) {
                drop(node, name: name, rule: rule)
                return false
            }
        }
        open(name)
        if node.pointee.children == nil { close(name) }
        return true
    }

    /// Whether a guarded element holds the page's main content.
    mutating func holdsMainContent(_ node: xmlNodePtr) -> Bool {
        if node.containsMainContent { return true }
        let pageLength: Int
        if let known = pageTextLength {
            pageLength = known
        } else {
            var total = 0
            var sibling = root
            while let current = sibling {
                total += current.readableTextLength(includingSelf: true)
                sibling = current.pointee.next
            }
            pageTextLength = total
            pageLength = total
        }
        guard pageLength > 0 else { return false }
        return Double(node.readableTextLength(includingSelf: false)) >= DropDecision.mainContentShare * Double(pageLength)
    }

    mutating func leave(_ node: xmlNodePtr) {
        let name = node.name
        if name == "head" {
            headDepth -= 1
            return
        }
        if headDepth == 0 { close(name) }
    }

    mutating func open(_ name: String) {
        if name == "pre" {
            assembler.enterPreformatted()
        } else if name == "br" {
            assembler.lineBreak()
        } else if name == "td" || name == "th" {
            assembler.softSpace()
        } else if blockElements.contains(name) {
            assembler.endParagraph()
            if name == "h1", extraction.headlineIndex == nil, headlineStart == nil {
                headlineStart = assembler.paragraphs.count
            }
        }
    }

    mutating func close(_ name: String) {
        if name == "pre" {
            assembler.leavePreformatted()
        } else if name == "td" || name == "th" {
            assembler.softSpace()
        } else if blockElements.contains(name) {
            assembler.endParagraph()
            if name == "h1", let start = headlineStart {
                headlineStart = nil
                if assembler.paragraphs.count > start { extraction.headlineIndex = start }
            }
        }
    }

    mutating func drop(_ node: xmlNodePtr, name: String, rule: String) {
        extraction.removed.append(
            RemovedElement(
                rule: rule, element: name, text: node.collapsedText,
                line: Int(xmlGetLineNo(node))))
    }

    mutating func readHeadElement(_ node: xmlNodePtr, name: String) {
        switch name {
        case "title":
            let title = node.collapsedText
            if extraction.documentTitle == nil, !title.isEmpty { extraction.documentTitle = title }
        case "meta":
            guard let key = node.attribute("property") ?? node.attribute("name"),
                let content = node.attribute("content")
            else { return }
            let lowered = key.lowercased()
            if extraction.metadata[lowered] == nil { extraction.metadata[lowered] = content }
        case "link":
            if node.attribute("rel")?.lowercased() == "canonical", let href = node.attribute("href") {
                extraction.metadata["link:canonical"] = href
            }
        default:
            break
        }
    }

    mutating func finish() -> HTMLExtraction {
        extraction.paragraphs = assembler.finish()
        if let index = extraction.headlineIndex, index >= extraction.paragraphs.count {
            extraction.headlineIndex = nil
        }
        return extraction
    }
}

/// Elements whose content is never readable text.
private let nonTextElements: Set<String> = ["script", "style", "noscript", "template", "head", "svg"]

/// Counts the bytes of a C string that are not ASCII whitespace (a cheap
/// proxy for text length).
private func nonWhitespaceCount(_ text: UnsafePointer<xmlChar>) -> Int {
    var count = 0
    var cursor = text
    while cursor.pointee != 0 {
        switch cursor.pointee {
        case 0x20, 0x09, 0x0A, 0x0D: break
        default: count += 1
        }
        cursor += 1
    }
    return count
}

/// Elements that start and end a paragraph of text.
private let blockElements: Set<String> = [
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main",
    "menu", "nav", "ol", "p", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
]

extension UnsafeMutablePointer where Pointee == xmlNode {
    /// The tag name as libxml2's HTML parser stores it (lower case).
    fileprivate var name: String {
        guard let raw = pointee.name else { return "" }
        return String(cString: raw)
    }

    /// The value of attribute `name`, read without copying the tree.
    fileprivate func attribute(_ name: String) -> String? {
        var attribute = pointee.properties
        while let current = attribute {
            if let raw = current.pointee.name, String(cString: raw).lowercased() == name {
                var value = ""
                var child = current.pointee.children
                while let text = child {
                    if let content = text.pointee.content { value += String(cString: content) }
                    child = text.pointee.next
                }
                return value
            }
            attribute = current.pointee.next
        }
        return nil
    }

    fileprivate var isHidden: Bool {
        if attribute("hidden") != nil { return true }
        if attribute("aria-hidden")?.lowercased() == "true" { return true }
        guard let style = attribute("style")?.lowercased().filter({ !$0.isWhitespace }) else {
            return false
        }
        return style.contains("display:none") || style.contains("visibility:hidden")
    }

    /// Whether an `article`, `main` or `h1` lies inside this element.
    fileprivate var containsMainContent: Bool {
        var found = false
        visitDescendants { node in
            if node.pointee.type == XML_ELEMENT_NODE, ["article", "main", "h1"].contains(node.name) {
                found = true
                return .stop
            }
            return .visitChildren
        }
        return found
    }

    /// Characters of visible text in this node's subtree (or in its
    /// descendants only), leaving out scripts, styles and the head.
    fileprivate func readableTextLength(includingSelf: Bool) -> Int {
        if includingSelf {
            switch pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                return pointee.content.map { nonWhitespaceCount($0) } ?? 0
            case XML_ELEMENT_NODE where nonTextElements.contains(name):
                return 0
            default:
                break
            }
        }
        var total = 0
        visitDescendants { node in
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                total += node.pointee.content.map { nonWhitespaceCount($0) } ?? 0
                return .visitChildren
            case XML_ELEMENT_NODE where nonTextElements.contains(node.name):
                return .skipChildren
            default:
                return .visitChildren
            }
        }
        return total
    }

    /// The element's text with runs of whitespace collapsed to one space.
    fileprivate var collapsedText: String {
        var assembler = TextAssembler()
        visitDescendants { node in
            let type = node.pointee.type
            if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE, let content = node.pointee.content {
                assembler.append(String(cString: content))
                assembler.softSpace()
            }
            return .visitChildren
        }
        return assembler.finish().joined(separator: " ")
    }

    /// Visits every descendant in document order, as `body` directs.
    private func visitDescendants(_ body: (xmlNodePtr) -> VisitAction) {
        var node = pointee.children
        while let current = node {
            let action = body(current)
            if action == .stop { return }
            if action == .visitChildren, let child = current.pointee.children {
                node = child
                continue
            }
            var climbing: xmlNodePtr? = current
            node = nil
            while let up = climbing, up != self {
                if let next = up.pointee.next {
                    node = next
                    break
                }
                climbing = up.pointee.parent
            }
        }
    }
}

/// What a visit does after seeing a node.
private enum VisitAction {
    case visitChildren
    case skipChildren
    case stop
}
