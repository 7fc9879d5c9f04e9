/// Turns a text into hashed word shingles (runs of `size` consecutive words).
///
/// Words are runs of letters, digits and combining marks, lower-cased; all
/// punctuation (quotes, dashes, apostrophes) and spacing separate words, so
/// curly and straight quotes, re-wrapped lines and extra spaces do not
/// change a text's shingles. A text with fewer than `size` words gives one
/// shingle of all its words; a text without words gives none.
///
/// The scan works on UTF-8 bytes: ASCII bytes are classified through a
/// 256-entry table, and only non-ASCII scalars are decoded and looked up in
/// the Unicode tables. Each word is hashed once (FNV-1a over its lower-cased
/// bytes, then finalised), and each shingle's hash is a rolling polynomial of
/// its words' hashes, finalised once: O(1) work per shingle whatever `size`.
public struct WordShingler: Sendable {
    public let size: Int
    /// M^(size−1) mod 2⁶⁴: what the word leaving the window weighed.
    private let leavingWeight: UInt64

    public init(size: Int) {
        precondition(size > 0, "shingle size must be positive")
        self.size = size
        var weight: UInt64 = 1
        for _ in 1..<max(size, 1) { weight = weight &* polynomialBase }
        leavingWeight = weight
    }

    /// Calls `body` with the 64-bit hash of every shingle of `text`, in
    /// order (repeats included), and returns the number of words.
    ///
    /// - Complexity: O(*n*) in the UTF-8 length of the text.
    public func forEachShingle(in text: String, _ body: (UInt64) -> Void) -> Int {
        var storage = [UInt64](repeating: 0, count: size)
        // The ring borrowed once: a captured array written per word would
        // be checked for uniqueness every time.
        return storage.withUnsafeMutableBufferPointer { ring in
            var window: UInt64 = 0
            var words = 0
            let size = self.size
            let leavingWeight = self.leavingWeight
            // The ring slot of the next word (`words % size`, kept without a
            // division per word).
            var slot = 0
            forEachWord(in: text) { word in
                if words >= size { window = window &- ring[slot] &* leavingWeight }
                window = window &* polynomialBase &+ word
                ring[slot] = word
                slot += 1
                if slot == size { slot = 0 }
                words += 1
                if words >= size { body(finalise(window)) }
            }
            if words > 0, words < size { body(finalise(window)) }
            return words
        }
    }

    /// The 64-bit hash of every shingle in `text`, in order (repeats kept).
    ///
    /// - Complexity: O(*n*) in the length of the text.
    public func shingles(_ text: String) -> [UInt64] {
        var shingles: [UInt64] = []
        _ = forEachShingle(in: text) { shingles.append($0) }
        return shingles
    }

    /// The distinct shingles of `text`: the set MinHash estimates the
    /// Jaccard similarity of.
    public func shingleSet(_ text: String) -> Set<UInt64> {
        Set(shingles(text))
    }

    /// One hash per word of `text`, in order.
    func wordHashes(_ text: String) -> [UInt64] {
        var hashes: [UInt64] = []
        forEachWord(in: text) { hashes.append($0) }
        return hashes
    }

    /// Calls `body` with the hash of each word of `text`.
    func forEachWord(in text: String, _ body: (UInt64) -> Void) {
        var text = text
        // The table borrowed once: a global's accessor per byte would check
        // its one-time initialisation every time.
        asciiWordByte.withUnsafeBufferPointer { asciiWordByte in
            text.withUTF8 { bytes in
                forEachWord(in: bytes, table: asciiWordByte, body)
            }
        }
    }

    private func forEachWord(
        in bytes: UnsafeBufferPointer<UInt8>,
        table asciiWordByte: UnsafeBufferPointer<UInt8>,
        _ body: (UInt64) -> Void
    ) {
        var hash = fnvOffset
        var inWord = false
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                let folded = asciiWordByte[Int(byte)]
                index += 1
                if folded != 0 {
                    hash = (hash ^ UInt64(folded)) &* fnvPrime
                    inWord = true
                    continue
                }
            } else {
                let (scalar, length) = decodeScalar(bytes, at: index)
                index += length
                if let scalar, isWordScalar(scalar) {
                    for lower in scalar.properties.lowercaseMapping.utf8 {
                        hash = (hash ^ UInt64(lower)) &* fnvPrime
                    }
                    inWord = true
                    continue
                }
            }
            if inWord {
                body(finaliseWord(hash))
                hash = fnvOffset
                inWord = false
            }
        }
        if inWord { body(finaliseWord(hash)) }
    }

    private func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark: return true
        default: return false
        }
    }
}

/// Decodes the scalar starting at `index` (a non-ASCII lead byte); a
/// malformed sequence yields nil and a length of one byte.
private func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar?, Int) {
    let lead = UInt32(bytes[index])
    let length: Int
    var value: UInt32
    switch lead {
    case 0xC2...0xDF:
        length = 2
        value = lead & 0x1F
    case 0xE0...0xEF:
        length = 3
        value = lead & 0x0F
    case 0xF0...0xF4:
        length = 4
        value = lead & 0x07
    default: return (nil, 1)
    }
    guard index + length <= bytes.count else { return (nil, 1) }
    for offset in 1..<length {
        let next = UInt32(bytes[index + offset])
        guard next & 0xC0 == 0x80 else { return (nil, 1) }
        value = value << 6 | (next & 0x3F)
    }
    return (Unicode.Scalar(value), length)
}

/// For each ASCII byte: its lower-cased form when it belongs to a word
/// (a letter or digit), else 0.
private let asciiWordByte: [UInt8] = (0..<256).map { byte -> UInt8 in
    switch byte {
    case 0x30...0x39, 0x61...0x7A: UInt8(byte)
    case 0x41...0x5A: UInt8(byte | 0x20)
    default: 0
    }
}

private let fnvOffset: UInt64 = 0xCBF2_9CE4_8422_2325
private let fnvPrime: UInt64 = 0x0000_0100_0000_01B3
let polynomialBase: UInt64 = 0x9FB2_1C65_1E98_DF25

@inline(__always)
private func finaliseWord(_ hash: UInt64) -> UInt64 {
    mix64(hash)
}

/// Spreads a shingle's polynomial over all 64 bits.
@inline(__always)
func finalise(_ window: UInt64) -> UInt64 {
    mix64(window ^ 0x243F_6A88_85A3_08D3)
}

/// The SplitMix64 finaliser: a fast, well-mixing 64-bit bijection.
@inline(__always)
func mix64(_ value: UInt64) -> UInt64 {
    var z = value &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
}
