internal import CLibXML2

/// Elements whose content is never readable text.
private let nonTextElements: Set<String> = ["script", "style", "noscript", "template", "head", "svg", "rt", "rp"]

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

extension UnsafeMutablePointer where Pointee == xmlNode {
    /// The tag name as libxml2's HTML parser stores it (lower case).
    var name: String {
        guard let raw = pointee.name else { return "" }
        return String(cString: raw)
    }

    /// The value of attribute `name`, read without copying the tree.
    func attribute(_ name: String) -> String? {
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

    var isHidden: Bool {
        if attribute("hidden") != nil { return true }
        if attribute("aria-hidden")?.lowercased() == "true" { return true }
        guard let style = attribute("style")?.lowercased().filter({ !$0.isWhitespace }) else {
            return false
        }
        return style.contains("display:none") || style.contains("visibility:hidden")
    }

    /// Whether an `article`, `main` or `h1` lies inside this element.
    var containsMainContent: Bool {
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
    func readableTextLength(includingSelf: Bool) -> Int {
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
    var collapsedText: String {
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
