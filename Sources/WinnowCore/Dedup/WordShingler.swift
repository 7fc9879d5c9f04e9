/// Turns a text into hashed word shingles (runs of `size` consecutive words).
///
/// Words are runs of letters, digits and combining marks, lower-cased; all
/// punctuation (quotes, dashes, apostrophes) and spacing separate words, so
/// curly and straight quotes, re-wrapped lines and extra spaces do not
/// change a text's shingles. A text with fewer than `size` words gives one
/// shingle of all its words; a text without words gives none.
public struct WordShingler: Sendable {
    public let size: Int

    public init(size: Int) {
        precondition(size > 0, "shingle size must be positive")
        self.size = size
    }

    /// The 64-bit hash of every shingle in `text`, in order (repeats kept).
    ///
    /// - Complexity: O(*n*) in the length of the text.
    public func shingles(_ text: String) -> [UInt64] {
        let words = wordHashes(text)
        guard !words.isEmpty else { return [] }
        guard words.count >= size else { return [combine(words[...])] }
        var shingles: [UInt64] = []
        shingles.reserveCapacity(words.count - size + 1)
        for start in 0...(words.count - size) {
            shingles.append(combine(words[start..<start + size]))
        }
        return shingles
    }

    /// The distinct shingles of `text`: the set MinHash estimates the
    /// Jaccard similarity of.
    public func shingleSet(_ text: String) -> Set<UInt64> {
        Set(shingles(text))
    }

    /// One FNV-1a hash per word, over the lower-cased scalars.
    func wordHashes(_ text: String) -> [UInt64] {
        var hashes: [UInt64] = []
        var hash = fnvOffset
        var inWord = false
        func add(_ value: UInt32) {
            var value = value
            repeat {
                hash = (hash ^ UInt64(value & 0xFF)) &* fnvPrime
                value >>= 8
            } while value != 0
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x30...0x39, 0x61...0x7A:
                    add(value)
                    inWord = true
                    continue
                case 0x41...0x5A:
                    add(value | 0x20)
                    inWord = true
                    continue
                default:
                    break
                }
            } else if isWordScalar(scalar) {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { add(lower.value) }
                inWord = true
                continue
            }
            if inWord {
                hashes.append(hash)
                hash = fnvOffset
                inWord = false
            }
        }
        if inWord { hashes.append(hash) }
        return hashes
    }

    private func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark: return true
        default: return false
        }
    }

    /// An order-sensitive hash of a run of word hashes.
    private func combine(_ words: ArraySlice<UInt64>) -> UInt64 {
        var hash: UInt64 = 0x243F_6A88_85A3_08D3
        for word in words { hash = mix64(hash ^ word) }
        return hash
    }
}

private let fnvOffset: UInt64 = 0xCBF2_9CE4_8422_2325
private let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

/// The SplitMix64 finaliser: a fast, well-mixing 64-bit bijection.
@inline(__always)
func mix64(_ value: UInt64) -> UInt64 {
    var z = value &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
}
