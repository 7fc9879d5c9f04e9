/// Writes compact JSON text straight from typed values into a byte buffer,
/// byte for byte as ``JSONValue/serializedBytes(pretty:)`` writes the tree
/// of the same values, without building that tree.
///
/// The writer tracks only whether the next member or element needs a
/// comma; the caller opens and closes containers in a well-formed order
/// (`key` only inside an object, before each of its values):
///
/// ```swift
/// var json = JSONWriter()
/// json.beginObject()
/// json.key("id")
/// json.string(record.id)
/// json.key("duplicates")
/// json.beginArray()
/// for id in duplicates { json.string(id) }
/// json.endArray()
/// json.endObject()
/// ```
struct JSONWriter {
    /// The text written so far, as UTF-8.
    var bytes: [UInt8]
    /// Whether a value was written at the current level, so the next
    /// member or element is preceded by a comma.
    private var needsComma = false

    init(bytes: [UInt8] = []) {
        self.bytes = bytes
    }

    @inline(__always)
    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
    }

    mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// An object member's key: a name that needs no escaping (ASCII
    /// letters and digits), as every key winnow writes itself is.
    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// An object member's key that may need escaping (a key read from
    /// input).
    mutating func key(escaping name: String) {
        separate()
        JSONValue.writeString(name, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    mutating func string(_ text: String) {
        separate()
        JSONValue.writeString(text, to: &bytes)
        needsComma = true
    }

    /// `text`, or `null` when it is nil.
    mutating func string(_ text: String?) {
        if let text { string(text) } else { null() }
    }

    /// A string that needs no escaping (a fixed word such as a status).
    mutating func word(_ text: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    mutating func number(_ value: Int) {
        separate()
        Self.appendDecimal(value, to: &bytes)
        needsComma = true
    }

    /// `value`, or `null` when it is nil.
    mutating func number(_ value: Int?) {
        if let value { number(value) } else { null() }
    }

    /// A finite double as ``JSONNumber/init(_:)-(Double)`` writes it.
    mutating func number(_ value: Double) {
        separate()
        bytes.append(contentsOf: JSONNumber(value).literal.utf8)
        needsComma = true
    }

    mutating func bool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
        needsComma = true
    }

    mutating func null() {
        separate()
        bytes.append(contentsOf: "null".utf8)
        needsComma = true
    }

    /// A value that is already a tree (metadata carried from the input).
    mutating func value(_ value: JSONValue) {
        separate()
        value.write(to: &bytes)
        needsComma = true
    }

    /// Writes `text` between two values in place of the comma (a comma and
    /// a line break between a pretty-printed array's elements).
    mutating func separator(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
        needsComma = false
    }

    /// Appends `value` in decimal, as `String(value)` spells it.
    static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        guard value != 0 else {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        // The magnitude as unsigned, so Int.min has one too.
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while magnitude > 0 {
                buffer[23 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            bytes.append(contentsOf: buffer[(24 - count)...])
        }
    }
}
