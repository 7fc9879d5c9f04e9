import WinnowCore

/// libFuzzer entry: any bytes through the JSON parser. A value that parses
/// must survive serialisation and parse back to itself.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let value = try? JSONParser.parse(bytes) else { return 0 }
    let text = value.serialized()
    guard let again = try? JSONParser.parse(text) else {
        fatalError("serialised JSON does not parse again: \(text)")
    }
    precondition(again == value, "JSON round trip changed the value: \(text)")
    return 0
}
