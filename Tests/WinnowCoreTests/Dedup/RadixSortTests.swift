import Testing

@testable import WinnowCore

@Suite("RadixSort")
struct RadixSortTests {
    /// Words whose set bits lie in the bytes of `bytes`, drawn from few
    /// values per byte when `narrow`, so equal bytes and whole duplicates
    /// are common.
    private func randomWords(_ random: inout DedupTestRandom, count: Int, bytes: Range<Int>, narrow: Bool) -> [UInt64] {
        (0..<count).map { _ in
            var word: UInt64 = 0
            for byte in bytes {
                let value = narrow ? UInt64(random.below(3)) : random.next() & 0xFF
                word |= value << UInt64(byte * 8)
            }
            return word
        }
    }

    /// A non-empty range of a word's byte positions.
    private func randomByteRange(_ random: inout DedupTestRandom) -> Range<Int> {
        let lower = random.below(8)
        return lower..<lower + 1 + random.below(8 - lower)
    }

    @Test func sortingAllBitsEqualsTheStandardSort() {
        var random = DedupTestRandom(seed: 11)
        var scratch: [UInt64] = []
        for round in 0..<200 {
            let count = random.below(300)
            let bytes = randomByteRange(&random)
            var words = randomWords(&random, count: count, bytes: bytes, narrow: round.isMultiple(of: 2))
            let expected = words.sorted()
            RadixSort.sort(&words, scratch: &scratch)
            #expect(words == expected)
        }
    }

    @Test func sortingSomeBytesIsStableAndIgnoresTheOthers() {
        var random = DedupTestRandom(seed: 12)
        var scratch: [UInt64] = []
        for round in 0..<200 {
            let count = random.below(300)
            let bytes = randomByteRange(&random)
            let bits = bytes.lowerBound * 8..<bytes.upperBound * 8
            var words = randomWords(&random, count: count, bytes: 0..<8, narrow: round.isMultiple(of: 2))
            let mask: UInt64 = bits.count == 64 ? .max : ((1 << UInt64(bits.count)) - 1) << UInt64(bits.lowerBound)
            // The reference: a stable sort on the masked bits, by position.
            let expected = words.enumerated()
                .sorted { ($0.element & mask, $0.offset) < ($1.element & mask, $1.offset) }
                .map(\.element)
            RadixSort.sort(&words, bits: bits, scratch: &scratch)
            #expect(words == expected)
        }
    }

    @Test func aBandJoinSortOnTheKeyHalfOrdersWholeWords() {
        var random = DedupTestRandom(seed: 13)
        var scratch: [UInt64] = []
        // (key, record) words appended in record order, as the band join does.
        var words = (0..<5_000).map { record in UInt64(random.below(40)) << 32 | UInt64(record) }
        let expected = words.sorted()
        RadixSort.sort(&words, bits: 32..<64, scratch: &scratch)
        #expect(words == expected)
    }

    @Test func emptyAndSingleWordsAreSorted() {
        var scratch: [UInt64] = []
        var empty: [UInt64] = []
        RadixSort.sort(&empty, scratch: &scratch)
        #expect(empty.isEmpty)
        var one: [UInt64] = [42]
        RadixSort.sort(&one, scratch: &scratch)
        #expect(one == [42])
    }

    @Test func sortingByTheTopByteEqualsTheStandardSort() {
        var random = DedupTestRandom(seed: 14)
        for round in 0..<300 {
            let count = random.below(200)
            // Samples as the verifier packs them: position, own flag, minimum.
            let words: [UInt64] = (0..<count).map { _ in
                let position = UInt64(random.below(round.isMultiple(of: 3) ? 4 : 256))
                let own = UInt64(random.below(2))
                let minimum = UInt64(random.below(round.isMultiple(of: 2) ? 3 : 1 << 24)) << 8
                return position << 40 | own << 32 | minimum
            }
            var sorted = [UInt64](repeating: 0, count: count)
            words.withUnsafeBufferPointer { words in
                sorted.withUnsafeMutableBufferPointer { RadixSort.sortByTopByte(words, shift: 40, into: $0) }
            }
            #expect(sorted == words.sorted())
        }
    }
}
