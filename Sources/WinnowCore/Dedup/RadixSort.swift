/// A least-significant-digit radix sort of 64-bit words, a byte at a time.
///
/// The band join sorts a million (key, record) words per batch and then its
/// pairs; a comparison sort spends most of that time in merges. This sort
/// reads the words once to count all eight byte digits, then moves them
/// once per digit that is not the same in every word, so record numbers of
/// 16 bits cost two passes, not eight.
enum RadixSort {
    /// Sorts `words` ascending by their bits in `bits` (whole bytes: both
    /// bounds multiples of 8), stably: words equal there keep their order.
    /// With `bits` 0..<64 the result equals `words.sort()`.
    ///
    /// - Parameter scratch: A buffer the sort may resize and overwrite, kept
    ///   by the caller so repeated sorts allocate once.
    /// - Complexity: O(*n*) per byte that differs between the words.
    static func sort(_ words: inout [UInt64], bits: Range<Int> = 0..<64, scratch: inout [UInt64]) {
        precondition(
            bits.lowerBound >= 0 && bits.upperBound <= 64 && bits.lowerBound.isMultiple(of: 8)
                && bits.upperBound.isMultiple(of: 8),
            "radix sort bits must be whole bytes of a 64-bit word"
        )
        let count = words.count
        guard count > 1 else { return }
        let digits = bits.lowerBound / 8..<bits.upperBound / 8
        var counts = [Int](repeating: 0, count: 8 * 256)
        words.withUnsafeBufferPointer { source in
            counts.withUnsafeMutableBufferPointer { counts in
                for word in source {
                    for digit in digits {
                        counts[digit << 8 | Int(truncatingIfNeeded: word >> (digit * 8) & 0xFF)] += 1
                    }
                }
            }
        }
        if scratch.count < count { scratch = [UInt64](repeating: 0, count: count) }
        var sortedInScratch = false
        for digit in digits {
            let shift = UInt64(digit * 8)
            // A digit every word shares orders nothing.
            let first = Int(truncatingIfNeeded: words[0] >> shift & 0xFF)
            if counts[digit << 8 | first] == count { continue }
            counts.withUnsafeMutableBufferPointer { counts in
                var offset = 0
                for bucket in digit << 8..<(digit + 1) << 8 {
                    let size = counts[bucket]
                    counts[bucket] = offset
                    offset += size
                }
            }
            if sortedInScratch {
                scatter(from: &scratch, into: &words, count: count, shift: shift, digit: digit, counts: &counts)
            } else {
                scatter(from: &words, into: &scratch, count: count, shift: shift, digit: digit, counts: &counts)
            }
            sortedInScratch.toggle()
        }
        if sortedInScratch {
            words.withUnsafeMutableBufferPointer { words in
                scratch.withUnsafeBufferPointer { scratch in
                    for index in 0..<count { words[index] = scratch[index] }
                }
            }
        }
    }

    /// Moves the first `count` words of `source` to their places by one
    /// digit, given that digit's bucket offsets in `counts`.
    @inline(__always)
    private static func scatter(
        from source: inout [UInt64],
        into target: inout [UInt64],
        count: Int,
        shift: UInt64,
        digit: Int,
        counts: inout [Int]
    ) {
        source.withUnsafeBufferPointer { source in
            target.withUnsafeMutableBufferPointer { target in
                counts.withUnsafeMutableBufferPointer { counts in
                    let base = digit << 8
                    for index in 0..<count {
                        let word = source[index]
                        let bucket = base | Int(truncatingIfNeeded: word >> shift & 0xFF)
                        target[counts[bucket]] = word
                        counts[bucket] += 1
                    }
                }
            }
        }
    }

    /// Sorts the words of `words` ascending into `sorted` (as long), for
    /// short buffers whose words all have their highest set bits in the
    /// byte at `shift`: a counting sort on that byte, then an insertion
    /// sort that orders the few words sharing it. The verifier sorts the
    /// own-text samples of each pair by position this way, with no
    /// allocation.
    ///
    /// - Complexity: O(*n* + 256) plus the pairs out of order within one
    ///   value of the byte.
    static func sortByTopByte(
        _ words: UnsafeBufferPointer<UInt64>,
        shift: Int,
        into sorted: UnsafeMutableBufferPointer<UInt64>
    ) {
        precondition(sorted.count == words.count, "a sort into a buffer of another length")
        precondition(shift >= 0 && shift <= 56, "the top byte must lie within the word")
        let byteShift = UInt64(shift)
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { starts in
            starts.initialize(repeating: 0)
            for word in words { starts[Int(truncatingIfNeeded: word >> byteShift & 0xFF)] += 1 }
            var offset = 0
            for value in 0..<256 {
                let size = starts[value]
                starts[value] = offset
                offset += size
            }
            for word in words {
                let value = Int(truncatingIfNeeded: word >> byteShift & 0xFF)
                sorted[starts[value]] = word
                starts[value] += 1
            }
        }
        for index in sorted.indices.dropFirst() {
            let word = sorted[index]
            var hole = index
            while hole > 0, sorted[hole - 1] > word {
                sorted[hole] = sorted[hole - 1]
                hole -= 1
            }
            sorted[hole] = word
        }
    }
}
