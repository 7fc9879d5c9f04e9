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
        let wanted = Array(Set(offsets)).sorted()
        var converted: [Int: Int] = [:]
        converted.reserveCapacity(wanted.count)
        guard !wanted.isEmpty else {
            self.converted = converted
            return
        }
        // ASCII text counts the same in every unit.
        let length = text.utf8.count
        if text.utf8.withContiguousStorageIfAvailable({ $0.allSatisfy { $0 < 0x80 } }) == true {
            for offset in wanted { converted[offset] = min(offset, length) }
            self.converted = converted
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
        for scalar in text.unicodeScalars {
            let here = count(source)
            while next < wanted.count, wanted[next] <= here {
                converted[wanted[next]] = count(target)
                next += 1
            }
            if next == wanted.count { break }
            utf8 += UTF8.width(scalar)
            scalars += 1
            utf16 += UTF16.width(scalar)
        }
        while next < wanted.count {
            converted[wanted[next]] = count(target)
            next += 1
        }
        self.converted = converted
    }

    /// The converted offset; nil when `offset` was not asked for.
    subscript(offset: Int) -> Int? { converted[offset] }

    /// Each removal's range in `target` units, by position; nil for a
    /// removal without a range.
    static func spans(of removals: [Removal], in text: String, to target: TextUnit) -> [Range<Int>?] {
        let bounds = removals.lazy.compactMap(\.range).flatMap { [$0.lowerBound, $0.upperBound] }
        let offsets = TextOffsets(bounds, in: text, from: .utf8, to: target)
        return removals.map { removal in
            removal.range.flatMap { range in
                guard let start = offsets[range.lowerBound], let end = offsets[range.upperBound] else { return nil }
                return start..<max(start, end)
            }
        }
    }
}
