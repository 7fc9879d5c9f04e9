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
        _ html: String,
        decide: (ElementInfo) -> DropDecision
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
            name: name,
            id: node.attribute("id"),
            className: node.attribute("class"),
            isHidden: node.isHidden
        )
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
        return Double(node.readableTextLength(includingSelf: false)) >= DropDecision.mainContentShare
            * Double(pageLength)
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
                rule: rule,
                element: name,
                text: node.collapsedText,
                line: Int(xmlGetLineNo(node))
            )
        )
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

/// Elements that start and end a paragraph of text.
private let blockElements: Set<String> = [
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main",
    "menu", "nav", "ol", "p", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
]
