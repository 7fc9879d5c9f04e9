/// Compact JSON as UTF-8 bytes, written member by member: each scalar is
/// serialized on its own and the containers are assembled in a byte
/// buffer, so building the page's large chunks and index never grows one
/// String by many small appends. The output is exactly
/// `value.serialized()`.
enum CompactJSON {
    static func bytes(_ value: JSONValue) -> [UInt8] {
        var output: [UInt8] = []
        write(value, to: &output)
        return output
    }

    static func write(_ value: JSONValue, to output: inout [UInt8]) {
        switch value {
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                write(element, to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            output.append(UInt8(ascii: "{"))
            for (index, entry) in object.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                output.append(contentsOf: JSONValue.string(entry.key).serialized().utf8)
                output.append(UInt8(ascii: ":"))
                write(entry.value, to: &output)
            }
            output.append(UInt8(ascii: "}"))
        default:
            output.append(contentsOf: value.serialized().utf8)
        }
    }
}
