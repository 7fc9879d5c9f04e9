extension StringProtocol {
    /// The number of characters (grapheme clusters), as `count` gives it,
    /// without Unicode property lookups for text made only of scalars
    /// that always stand alone: ASCII, Latin-1 and the Latin extensions
    /// (below U+0300, where the combining marks start), general
    /// punctuation (dashes, quotes, ellipsis, bullets) and currency signs.
    /// Between two such scalars there is always a character boundary
    /// except in CR LF, so the count is the scalars less the CR LF pairs.
    /// Any other scalar sends the whole text to `count`.
    var characterCount: Int {
        let fast = utf8.withContiguousStorageIfAvailable(Self.standaloneScalarCount) ?? nil
        return fast ?? count
    }

    /// Scalars less CR LF pairs, or nil when a scalar may join its
    /// neighbour into one character.
    private static func standaloneScalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var characters = 0
        var index = 0
        var previous: UInt8 = 0
        let end = bytes.count
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                if !(byte == 0x0A && previous == 0x0D) { characters += 1 }
                previous = byte
                index += 1
                continue
            }
            previous = byte
            if byte >= 0xC2 && byte <= 0xCB {
                // U+0080 ..< U+0300.
                characters += 1
                index += 2
            } else if byte == 0xE2, index + 2 < end {
                let scalar = (UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)) | 0x2000
                guard
                    (0x2010...0x2027).contains(scalar) || (0x2030...0x205E).contains(scalar)
                        || (0x20A0...0x20C0).contains(scalar)
                else { return nil }
                characters += 1
                index += 3
            } else {
                return nil
            }
        }
        return characters
    }
}
