extension JSONValue {
    /// The value as compact JSON text (or indented with two spaces when
    /// `pretty`). Non-ASCII characters are written as they are.
    public func serialized(pretty: Bool = false) -> String {
        String(decoding: serializedBytes(pretty: pretty), as: UTF8.self)
    }

    /// ``serialized(pretty:)`` as UTF-8 bytes, the form files are written in.
    public func serializedBytes(pretty: Bool = false) -> [UInt8] {
        var output: [UInt8] = []
        write(to: &output, pretty: pretty, indent: 0)
        return output
    }

    /// Appends the value's JSON text to `output`.
    func write(to output: inout [UInt8], pretty: Bool = false, indent: Int = 0) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .number(let number): output.append(contentsOf: number.literal.utf8)
        case .string(let text): Self.writeString(text, to: &output)
        case .array(let elements):
            guard !elements.isEmpty else {
                output.append(contentsOf: "[]".utf8)
                return
            }
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.newline(&output, pretty: pretty, indent: indent + 1)
                element.write(to: &output, pretty: pretty, indent: indent + 1)
            }
            Self.newline(&output, pretty: pretty, indent: indent)
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            guard !object.isEmpty else {
                output.append(contentsOf: "{}".utf8)
                return
            }
            output.append(UInt8(ascii: "{"))
            for (index, entry) in object.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.newline(&output, pretty: pretty, indent: indent + 1)
                Self.writeString(entry.key, to: &output)
                output.append(UInt8(ascii: ":"))
                if pretty { output.append(UInt8(ascii: " ")) }
                entry.value.write(to: &output, pretty: pretty, indent: indent + 1)
            }
            Self.newline(&output, pretty: pretty, indent: indent)
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(_ output: inout [UInt8], pretty: Bool, indent: Int) {
        guard pretty else { return }
        output.append(0x0A)
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
    }

    /// Appends `text` as a JSON string: quotes, backslashes and control
    /// characters escaped, everything else copied as UTF-8 in runs.
    ///
    /// - Complexity: O(*n*) in the UTF-8 length of `text`.
    static func writeString(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            // Room for the string unescaped, growing geometrically: asking
            // for exactly what each string needs would copy a buffer that
            // collects many strings once per string.
            let needed = output.count + utf8.count + 2
            if needed > output.capacity { output.reserveCapacity(Swift.max(needed, 2 * output.capacity)) }
            output.append(UInt8(ascii: "\""))
            var runStart = 0
            var index = 0
            while index < utf8.count {
                // Eight bytes at a time while none needs escaping (most text).
                if index + 8 <= utf8.count, !Self.mayNeedEscaping(utf8, at: index) {
                    index += 8
                    continue
                }
                // A word that may hold one: its bytes one by one.
                let wordEnd = min(index + 8, utf8.count)
                while index < wordEnd {
                    let byte = utf8[index]
                    index += 1
                    guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                    let escaped = index - 1
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<escaped]))
                    runStart = escaped + 1
                    Self.appendEscape(of: byte, to: &output)
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
            output.append(UInt8(ascii: "\""))
        }
    }

    /// Appends the escape of a quote, a backslash or a control byte.
    private static func appendEscape(of byte: UInt8, to output: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""): output.append(contentsOf: #"\""#.utf8)
        case UInt8(ascii: "\\"): output.append(contentsOf: #"\\"#.utf8)
        case 0x0A: output.append(contentsOf: #"\n"#.utf8)
        case 0x0D: output.append(contentsOf: #"\r"#.utf8)
        case 0x09: output.append(contentsOf: #"\t"#.utf8)
        default:
            let digits: StaticString = "0123456789abcdef"
            output.append(contentsOf: #"\u00"#.utf8)
            digits.withUTF8Buffer { digits in
                output.append(digits[Int(byte >> 4)])
                output.append(digits[Int(byte & 0x0F)])
            }
        }
    }

    /// Whether any of the eight bytes from `index` is a control character,
    /// a quote or a backslash (a word-wide test: no byte of such a word
    /// can pass it by mistake; a few others, such as bytes over 0x7F next
    /// to a borrow, may fail it and are then looked at one by one).
    @inline(__always)
    private static func mayNeedEscaping(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let word = UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: index, as: UInt64.self)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        // A byte under 0x20: subtracting 0x20 borrows into its high bit.
        let control = (word &- 0x2020_2020_2020_2020) & ~word & highs != 0
        return control || hasZeroByte(word ^ 0x2222_2222_2222_2222) || hasZeroByte(word ^ 0x5C5C_5C5C_5C5C_5C5C)
    }

    /// Appends `text` as a JSON string to a `String`.
    static func writeString(_ text: String, to output: inout String) {
        var bytes: [UInt8] = []
        writeString(text, to: &bytes)
        output += String(decoding: bytes, as: UTF8.self)
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByNilLiteral, ExpressibleByFloatLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .number(JSONNumber(value)) }
    public init(floatLiteral value: Double) { self = .number(JSONNumber(value)) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(nilLiteral: ()) { self = .null }
}

extension JSONValue {
    /// `.string(text)`, or `.null` when `text` is nil.
    public init(_ text: String?) {
        self = text.map(JSONValue.string) ?? .null
    }
}
