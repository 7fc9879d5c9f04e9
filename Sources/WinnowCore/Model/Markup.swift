/// A page's markup as UTF-8 bytes, the form the `html` stage parses.
///
/// A page read from a file stays bytes from the read to the parser: its
/// UTF-8 is checked once (see ``UTF8Validation``) and never copied into a
/// `String`, which would validate and copy it again. The string form is
/// made only when something asks for it.
public struct Markup: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// Well-formed UTF-8.
    public let bytes: [UInt8]

    public init(_ text: String) {
        bytes = Array(text.utf8)
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// Wraps bytes already known to be well-formed UTF-8.
    init(validUTF8 bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The markup as a string.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    public var description: String { string }
}
