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

/// A ``LineGate`` ready to test bytes: a class, so that reading it for
/// every line and rule costs no copy of its arrays.
final class CompiledLineGate: Sendable {
    enum Mode: Sendable {
        case always, prefix, contains, suffix, all
        case tail(Int)
    }
    let mode: Mode
    let needles: [[UInt8]]
    /// The gates of an `.all` gate.
    let parts: [CompiledLineGate]
    /// The needles' first bytes, one bit each (bit `b % 64` of word
    /// `b / 64`): a prefix gate rejects a line whose first word starts with
    /// none of them without comparing any needle.
    let firstBytes: (UInt64, UInt64, UInt64, UInt64)
    /// Each needle's rarest byte (see ``anchor(of:)``).
    let anchors: [Int]

    init(mode: Mode, needles: [[UInt8]], parts: [CompiledLineGate] = []) {
        self.mode = mode
        self.needles = needles
        self.parts = parts
        anchors = needles.map(Self.anchor(of:))
        var bits: [UInt64] = [0, 0, 0, 0]
        for needle in needles {
            guard let first = needle.first else {
                // An empty needle admits every line.
                bits = [.max, .max, .max, .max]
                break
            }
            bits[Int(first >> 6)] |= 1 << UInt64(first & 63)
        }
        firstBytes = (bits[0], bits[1], bits[2], bits[3])
    }

    @inline(__always)
    private func mayStart(with byte: UInt8) -> Bool {
        let word: UInt64
        switch byte >> 6 {
        case 0: word = firstBytes.0
        case 1: word = firstBytes.1
        case 2: word = firstBytes.2
        default: word = firstBytes.3
        }
        return word & (1 << UInt64(byte & 63)) != 0
    }

    func admits(_ line: ArraySlice<UInt8>) -> Bool {
        line.withUnsafeBufferPointer { admits($0) }
    }

    /// Whether the folded line `line` passes the gate.
    func admits(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        switch mode {
        case .always:
            return true
        case .prefix:
            let start = Self.firstWordStart(line)
            guard start < line.count else { return needles.contains { $0.isEmpty } }
            guard mayStart(with: line[start]) else { return false }
            let rest = UnsafeBufferPointer(rebasing: line[start...])
            return needles.contains { Self.starts(rest, with: $0) }
        case .contains:
            for index in needles.indices where Self.find(needles[index], anchor: anchors[index], in: line) {
                return true
            }
            return false
        case .tail(let within):
            let tail = UnsafeBufferPointer(rebasing: line[max(0, line.count - within)...])
            for index in needles.indices where Self.find(needles[index], anchor: anchors[index], in: tail) {
                return true
            }
            return false
        case .all:
            for part in parts where !part.admits(line) { return false }
            return true
        case .suffix:
            var end = line.count
            while end > 0, line[end - 1] == 0x20 || line[end - 1] == 0x2E { end -= 1 }
            let head = UnsafeBufferPointer(rebasing: line[..<end])
            return needles.contains { needle in
                head.count >= needle.count
                    && Self.starts(UnsafeBufferPointer(rebasing: head[(end - needle.count)...]), with: needle)
            }
        }
    }

    /// Whether `bytes` starts with `prefix`.
    @inline(__always)
    static func starts(_ bytes: UnsafeBufferPointer<UInt8>, with prefix: [UInt8]) -> Bool {
        guard bytes.count >= prefix.count else { return false }
        if prefix.isEmpty { return true }
        return prefix.withUnsafeBufferPointer { pin in
            guard let base = bytes.baseAddress, let pinBase = pin.baseAddress else { return false }
            return memcmp(base, pinBase, pin.count) == 0
        }
    }

    /// Where the first letter or digit is: leading ASCII punctuation and
    /// symbols (and U+0080–U+00BF, U+2000–U+2FFF: quotes, dashes, arrows,
    /// bullets; U+10000–U+3FFFF: emoji icons such as 🎧; U+FE00–U+FE0F:
    /// variation selectors) skipped.
    static func firstWordStart(_ line: ArraySlice<UInt8>) -> Int {
        line.startIndex + line.withUnsafeBufferPointer { firstWordStart($0) }
    }

    /// ``firstWordStart(_:)-(ArraySlice<UInt8>)`` on a buffer: an offset in
    /// it.
    static func firstWordStart(_ line: UnsafeBufferPointer<UInt8>) -> Int {
        var index = 0
        while index < line.count {
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
            } else if byte == 0xF0 {
                index += 4
            } else if byte == 0xEF, index + 1 < line.count, line[index + 1] == 0xB8 {
                index += 3
            } else {
                return index
            }
        }
        return line.count
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

    /// The offset of `needle`'s rarest byte (see ``rarity``).
    static func anchor(of needle: [UInt8]) -> Int {
        var anchor = 0
        for offset in needle.indices.dropFirst() where rarity[Int(needle[offset])] > rarity[Int(needle[anchor])] {
            anchor = offset
        }
        return anchor
    }

    /// Whether `needle` occurs in `haystack`.
    static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        let anchor = anchor(of: needle)
        return haystack.withUnsafeBufferPointer { find(needle, anchor: anchor, in: $0) }
    }

    /// Whether `needle` occurs in `hay`: its byte at `anchor` (its rarest)
    /// is looked for, then the rest compared.
    static func find(_ needle: [UInt8], anchor: Int, in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !needle.isEmpty else { return true }
        guard hay.count >= needle.count else { return false }
        return needle.withUnsafeBufferPointer { pin in
            guard let base = hay.baseAddress, let pinBase = pin.baseAddress else { return false }
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

extension CompiledLineGate {
    /// Whether the folded line starts (once leading punctuation is skipped)
    /// with one of `words`.
    static func startsWithAny(_ line: ArraySlice<UInt8>, _ words: [[UInt8]]) -> Bool {
        let rest = line[firstWordStart(line)...]
        return words.contains { rest.starts(with: $0) }
    }
}
