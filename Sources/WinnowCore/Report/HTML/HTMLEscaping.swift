internal import Mustache

/// report.html's escaping for Mustache: `<`, `>`, `&`, `"` and `'` become
/// entities, as the engine's own `HTML` content type does, but on the
/// UTF-8 bytes (the engine's looks each character up in a dictionary,
/// which dominated rendering a rule table of a few hundred rows with
/// their sample texts). A text with none of the five is returned as it is.
struct HTMLEscaping: MustacheContentType {
    /// The name the templates select it by (`{{% CONTENT_TYPE: … }}`).
    static let name = "winnow-html"

    /// Registers the content type with the engine; evaluated once, before
    /// the first template is compiled.
    static let registered: Void = MustacheContentTypes.register(HTMLEscaping(), named: name)

    func escapeText(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard bytes.contains(where: Self.needsEscaping) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
                default: out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
