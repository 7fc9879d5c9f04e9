/// A compact binary form for values that a run spools to disk between
/// passes: typed values written and read back by the same build, never
/// JSON text.
protocol SpoolCodable {
    func encode(to writer: inout SpoolWriter)
    init(from reader: inout SpoolReader) throws(SpoolReader.Corrupt)
}

/// Appends values to a byte buffer.
struct SpoolWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// A writer that appends to `bytes` (taken over; get them back with
    /// ``takeBytes()``).
    init(appendingTo bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The bytes written, leaving the writer empty.
    mutating func takeBytes() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }

    mutating func write(rawBytes: some Collection<UInt8>) {
        bytes.append(contentsOf: rawBytes)
    }

    mutating func write(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    mutating func write(_ value: Int) {
        // Zig-zag, so small negative numbers stay short.
        write(UInt64(bitPattern: Int64((value << 1) ^ (value >> 63))))
    }

    mutating func write(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    mutating func write(_ value: Double) {
        let bits = value.bitPattern
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
    }

    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            write(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func write(_ text: String?) {
        write(text != nil)
        if let text { write(text) }
    }

    mutating func write(_ value: Int?) {
        write(value != nil)
        if let value { write(value) }
    }

    mutating func write(_ value: some SpoolCodable) {
        value.encode(to: &self)
    }

    mutating func write<Element: SpoolCodable>(_ values: [Element]) {
        write(values.count)
        for value in values { value.encode(to: &self) }
    }

    mutating func write(_ values: [Int]) {
        write(values.count)
        for value in values { write(value) }
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }
}

/// Reads values in the order a ``SpoolWriter`` wrote them.
struct SpoolReader {
    /// The bytes are not what this build wrote: a truncated or foreign
    /// work file.
    struct Corrupt: Error {
        var offset: Int
    }

    private let bytes: [UInt8]
    private(set) var position: Int
    private let end: Int

    init(_ bytes: [UInt8], range: Range<Int>? = nil) {
        self.bytes = bytes
        position = range?.lowerBound ?? 0
        end = range?.upperBound ?? bytes.count
    }

    var isAtEnd: Bool { position >= end }

    mutating func readUInt64() throws(Corrupt) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < end, shift < 64 else { throw Corrupt(offset: position) }
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    mutating func readInt() throws(Corrupt) -> Int {
        let zigzag = try readUInt64()
        return Int(Int64(bitPattern: (zigzag >> 1) ^ (0 &- (zigzag & 1))))
    }

    mutating func readBool() throws(Corrupt) -> Bool {
        guard position < end else { throw Corrupt(offset: position) }
        defer { position += 1 }
        return bytes[position] != 0
    }

    mutating func readDouble() throws(Corrupt) -> Double {
        guard position + 8 <= end else { throw Corrupt(offset: position) }
        var bits: UInt64 = 0
        for index in 0..<8 { bits |= UInt64(bytes[position + index]) << UInt64(index * 8) }
        position += 8
        return Double(bitPattern: bits)
    }

    mutating func readString() throws(Corrupt) -> String {
        let count = try readInt()
        guard count >= 0, position + count <= end else { throw Corrupt(offset: position) }
        defer { position += count }
        return String(decoding: bytes[position..<position + count], as: UTF8.self)
    }

    mutating func readOptionalString() throws(Corrupt) -> String? {
        try readBool() ? try readString() : nil
    }

    mutating func readOptionalInt() throws(Corrupt) -> Int? {
        try readBool() ? try readInt() : nil
    }

    mutating func read<Value: SpoolCodable>(_ type: Value.Type = Value.self) throws(Corrupt) -> Value {
        try Value(from: &self)
    }

    mutating func readArray<Element: SpoolCodable>(of type: Element.Type = Element.self) throws(Corrupt) -> [Element] {
        let count = try readInt()
        guard count >= 0, count <= end - position else { throw Corrupt(offset: position) }
        var values: [Element] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try Element(from: &self)) }
        return values
    }

    mutating func readIntArray() throws(Corrupt) -> [Int] {
        let count = try readInt()
        guard count >= 0, count <= end - position else { throw Corrupt(offset: position) }
        var values: [Int] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try readInt()) }
        return values
    }
}
