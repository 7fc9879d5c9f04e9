extension [UInt8] {
    /// Appends `value` in decimal ASCII digits, as `String(value)` spells
    /// it, without making a string.
    mutating func appendDecimal(_ value: Int) {
        var magnitude = value.magnitude
        if value < 0 { append(UInt8(ascii: "-")) }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes; at most 20 digits, reversed
        var count = 0
        Swift.withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
        }
        Swift.withUnsafeBytes(of: &digits) { buffer in
            for index in stride(from: count - 1, through: 0, by: -1) { append(buffer[index]) }
        }
    }
}
