/// The units an offset into a text can count.
enum TextUnit: Sendable {
    /// UTF-8 bytes: how ``Removal/range`` counts.
    case utf8
    /// Unicode code points: how `report.json`'s `start` and `end` count.
    case scalars
    /// UTF-16 code units: how JavaScript strings count (`report.html`).
    case utf16
}

/// Offsets into one text converted from one unit to another, in one pass
/// over the text.
///
/// An offset inside a character's encoding (a UTF-8 offset in the middle
/// of a multi-byte sequence) moves to the end of that character; offsets
/// past the end become the text's length.
struct TextOffsets {
    private let converted: [Int: Int]

    init(_ offsets: some Sequence<Int>, in text: String, from source: TextUnit, to target: TextUnit) {
        var wanted = offsets.sorted()
        wanted.removeDuplicatesFromSorted()
        var converted: [Int: Int] = [:]
        converted.reserveCapacity(wanted.count)
        guard !wanted.isEmpty else {
            self.converted = converted
            return
        }
        if source == .utf8 {
            self.converted = Self.fromUTF8(wanted, in: text, to: target)
            return
        }
        var next = 0
        var utf8 = 0
        var scalars = 0
        var utf16 = 0
        func count(_ unit: TextUnit) -> Int {
            switch unit {
            case .utf8: utf8
            case .scalars: scalars
            case .utf16: utf16
            }
        }
        // Scalar by scalar over the UTF-8 bytes (a String's are valid): the
        // lead byte gives the width in each unit.
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let here = count(source)
                while next < wanted.count, wanted[next] <= here {
                    converted[wanted[next]] = count(target)
                    next += 1
                }
                if next == wanted.count { return }
                let lead = bytes[index]
                let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                utf8 += width
                scalars += 1
                utf16 += width == 4 ? 2 : 1
                index += width
            }
        }
        while next < wanted.count {
            converted[wanted[next]] = count(target)
            next += 1
        }
        self.converted = converted
    }

    /// UTF-8 offsets (sorted, unique) converted by counting, between one
    /// offset and the next, the bytes that start a scalar (and, for UTF-16,
    /// the four-byte ones, which take two units): a tight loop over bytes,
    /// which on ASCII text counts every byte.
    private static func fromUTF8(_ wanted: [Int], in text: String, to target: TextUnit) -> [Int: Int] {
        var converted: [Int: Int] = [:]
        converted.reserveCapacity(wanted.count)
        var text = text
        text.withUTF8 { bytes in
            var position = 0
            var count = 0
            for offset in wanted {
                // An offset inside a character moves to its end.
                var end = min(max(offset, 0), bytes.count)
                while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
                if end > position {
                    switch target {
                    case .utf8: count = end
                    case .scalars:
                        for index in position..<end where bytes[index] & 0xC0 != 0x80 { count += 1 }
                    case .utf16:
                        for index in position..<end where bytes[index] & 0xC0 != 0x80 {
                            count += bytes[index] >= 0xF0 ? 2 : 1
                        }
                    }
                    position = end
                }
                converted[offset] = count
            }
        }
        return converted
    }

    /// The converted offset; nil when `offset` was not asked for.
    subscript(offset: Int) -> Int? { converted[offset] }

    /// Each removal's range in `target` units, by position; nil for a
    /// removal without a range.
    static func spans(of removals: [Removal], in text: String, to target: TextUnit) -> [Range<Int>?] {
        var bounds: [Int] = []
        bounds.reserveCapacity(2 * removals.count)
        for range in removals.lazy.compactMap(\.range) {
            bounds.append(range.lowerBound)
            bounds.append(range.upperBound)
        }
        let offsets = TextOffsets(bounds, in: text, from: .utf8, to: target)
        return removals.map { removal in
            removal.range.flatMap { range in
                guard let start = offsets[range.lowerBound], let end = offsets[range.upperBound] else { return nil }
                return start..<max(start, end)
            }
        }
    }
}

extension Array where Element: Equatable {
    /// Drops each element equal to the one before it.
    fileprivate mutating func removeDuplicatesFromSorted() {
        var kept = 0
        for index in indices where index == 0 || self[index] != self[kept - 1] {
            self[kept] = self[index]
            kept += 1
        }
        removeLast(count - kept)
    }
}
