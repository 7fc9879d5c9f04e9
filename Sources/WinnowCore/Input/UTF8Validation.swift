/// Whether bytes are well-formed UTF-8 (no overlong forms, no surrogates,
/// nothing past U+10FFFF), checked sixteen bytes at a time while they are
/// ASCII: the bulk of any page's markup.
enum UTF8Validation {
    static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer(isValid)
    }

    static func isValid(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buffer.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let count = buffer.count
        var index = 0
        while index < count {
            // Two words at a time while no byte has its high bit set.
            while index + 16 <= count {
                let words =
                    raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)
                if words & 0x8080_8080_8080_8080 != 0 { break }
                index += 16
            }
            guard index < count else { break }
            let lead = base[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            func continuation(_ offset: Int) -> UInt8? {
                guard index + offset < count else { return nil }
                let byte = base[index + offset]
                return byte & 0xC0 == 0x80 ? byte : nil
            }
            switch lead {
            case 0xC2...0xDF:
                guard continuation(1) != nil else { return false }
                index += 2
            case 0xE0...0xEF:
                guard let second = continuation(1), continuation(2) != nil else { return false }
                if lead == 0xE0, second < 0xA0 { return false }  // overlong
                if lead == 0xED, second > 0x9F { return false }  // a surrogate
                index += 3
            case 0xF0...0xF4:
                guard let second = continuation(1), continuation(2) != nil, continuation(3) != nil else { return false }
                if lead == 0xF0, second < 0x90 { return false }  // overlong
                if lead == 0xF4, second > 0x8F { return false }  // past U+10FFFF
                index += 4
            default:
                return false
            }
        }
        return true
    }
}
