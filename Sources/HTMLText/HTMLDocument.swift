internal import CLibXML2

/// A parsed HTML document that owns its libxml2 tree and frees it on deinit.
///
/// Parsing never touches the network, loads no DTD and substitutes no
/// external entities; malformed markup is repaired the way browsers do
/// (libxml2's recover mode). The input is always handed over as UTF-8, so a
/// `<meta charset>` in the markup cannot re-decode text that the caller has
/// already decoded.
final class HTMLDocument {
    let pointer: htmlDocPtr

    /// Parser options: repair errors, stay silent, no network, allow large
    /// text nodes.
    private static let parserOptions: Int32 =
        Int32(HTML_PARSE_RECOVER.rawValue)
        | Int32(HTML_PARSE_NOERROR.rawValue)
        | Int32(HTML_PARSE_NOWARNING.rawValue)
        | Int32(HTML_PARSE_NONET.rawValue)
        | Int32(XML_PARSE_HUGE.rawValue)

    /// Parses `html`.
    ///
    /// - Throws: ``HTMLParseError/empty`` when libxml2 produces no document
    ///   (an empty or whitespace-only input).
    init(parsing html: String) throws(HTMLParseError) {
        _ = LibXML2.initialised
        var source = html
        guard source.utf8.count < Int(Int32.max) else {
            throw .tooLarge(bytes: source.utf8.count, limit: Int(Int32.max) - 1)
        }
        let parsed: htmlDocPtr? = source.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count > 0 else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                htmlReadMemory(chars, Int32(clamping: bytes.count), nil, "UTF-8", Self.parserOptions)
            }
        }
        guard let parsed else { throw .empty }
        pointer = parsed
    }

    deinit { xmlFreeDoc(pointer) }

    /// The first top-level node, where a walk starts.
    var firstNode: xmlNodePtr? { pointer.pointee.children }
}

/// Why a document could not be parsed.
public enum HTMLParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The markup produced no document at all.
    case empty
    /// The markup is larger than the limit (at most 2 GiB, what libxml2
    /// accepts).
    case tooLarge(bytes: Int, limit: Int)

    public var description: String {
        switch self {
        case .empty: "the HTML is empty"
        case .tooLarge(let bytes, let limit): "the HTML is \(bytes) bytes, over the limit of \(limit) bytes"
        }
    }
}
