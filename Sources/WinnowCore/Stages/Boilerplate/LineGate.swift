import Foundation

/// A cheap test on a line's case-folded bytes (see ``LineSheet/folded``)
/// that a pattern's line must pass before its regular expression runs: most
/// lines of an article fail every gate, so they never reach a regex.
///
/// A gate must admit every line its pattern matches; the test suite checks
/// this on the rules' examples and on the sample articles.
public enum LineGate: Sendable {
    /// Every line goes to the regex.
    case always
    /// The line starts with one of these (lower-case) words, once leading
    /// punctuation and symbols are skipped.
    case prefix([String])
    /// The line holds one of these (lower-case) strings.
    case contains([String])
    /// The line ends with one of these, once a final full stop and spacing
    /// are set aside.
    case suffix([String])
    /// The line holds one of these (lower-case) strings within its last
    /// `within` bytes: for patterns anchored at the end of the line.
    case tail(within: Int, [String])
    /// The line passes every one of these gates.
    indirect case all([LineGate])

    /// The gate, its strings as bytes.
    func compiled() -> CompiledLineGate {
        switch self {
        case .always: CompiledLineGate(mode: .always, needles: [])
        case .prefix(let words): CompiledLineGate(mode: .prefix, needles: words.map { Array($0.utf8) })
        case .contains(let words): CompiledLineGate(mode: .contains, needles: words.map { Array($0.utf8) })
        case .suffix(let words): CompiledLineGate(mode: .suffix, needles: words.map { Array($0.utf8) })
        case .tail(let within, let words):
            CompiledLineGate(mode: .tail(within), needles: words.map { Array($0.utf8) })
        case .all(let gates): CompiledLineGate(mode: .all, needles: [], parts: gates.map { $0.compiled() })
        }
    }
}

/// A ``LineGate`` ready to test bytes.
struct CompiledLineGate: Sendable {
    enum Mode: Sendable {
        case always, prefix, contains, suffix, all
        case tail(Int)
    }
    let mode: Mode
    let needles: [[UInt8]]
    /// The gates of an `.all` gate.
    var parts: [CompiledLineGate] = []

    func admits(_ line: ArraySlice<UInt8>) -> Bool {
        switch mode {
        case .always:
            return true
        case .prefix:
            let start = Self.firstWordStart(line)
            let rest = line[start...]
            return needles.contains { rest.starts(with: $0) }
        case .contains:
            return needles.contains { Self.contains(line, $0) }
        case .tail(let within):
            let tail = line[max(line.startIndex, line.endIndex - within)...]
            return needles.contains { Self.contains(tail, $0) }
        case .all:
            return parts.allSatisfy { $0.admits(line) }
        case .suffix:
            var end = line.endIndex
            while end > line.startIndex, line[end - 1] == 0x20 || line[end - 1] == 0x2E { end -= 1 }
            let head = line[..<end]
            return needles.contains { needle in
                head.count >= needle.count && head[(end - needle.count)...].elementsEqual(needle)
            }
        }
    }

    /// Where the first letter or digit is: leading ASCII punctuation and
    /// symbols (and U+0080–U+00BF, U+2000–U+2FFF: quotes, dashes, arrows,
    /// bullets) skipped.
    static func firstWordStart(_ line: ArraySlice<UInt8>) -> Int {
        var index = line.startIndex
        while index < line.endIndex {
            let byte = line[index]
            if byte < 0x80 {
                let isWord =
                    (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte)
                if isWord { return index }
                index += 1
            } else if byte == 0xC2 {
                index += 2
            } else if byte == 0xE2 {
                index += 3
            } else {
                return index
            }
        }
        return line.endIndex
    }

    /// How rare each byte is in folded text: space and frequent letters
    /// low, rare letters higher, digits, punctuation and non-ASCII bytes
    /// highest.
    static let rarity: [UInt8] = {
        var rarity = [UInt8](repeating: 40, count: 256)
        rarity[0x20] = 0
        for (rank, letter) in "etaoinshrdlcumwfgypbvkjxqz".utf8.enumerated() { rarity[Int(letter)] = UInt8(rank + 1) }
        return rarity
    }()

    /// Whether `needle` occurs in `haystack`.
    static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                guard let base = hay.baseAddress, let pinBase = pin.baseAddress else { return false }
                // Look for the needle's rarest byte, then compare the rest.
                var anchor = 0
                for offset in 1..<pin.count where rarity[Int(pin[offset])] > rarity[Int(pin[anchor])] {
                    anchor = offset
                }
                let byte = Int32(pin[anchor])
                var position = anchor
                let last = hay.count - pin.count + anchor
                while position <= last {
                    guard let found = memchr(base + position, byte, last - position + 1) else { return false }
                    let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + at - anchor, pinBase, pin.count) == 0 { return true }
                    position = at + 1
                }
                return false
            }
        }
    }
}

extension CompiledLineGate {
    /// Whether the folded line starts (once leading punctuation is skipped)
    /// with one of `words`.
    static func startsWithAny(_ line: ArraySlice<UInt8>, _ words: [[UInt8]]) -> Bool {
        let rest = line[firstWordStart(line)...]
        return words.contains { rest.starts(with: $0) }
    }
}
