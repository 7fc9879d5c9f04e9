/// Verifies candidate pairs against ``DuplicateCriteria``.
///
/// The Jaccard estimate *J* and the two distinct-shingle counts give the
/// overlap |A ∩ B| ≈ *J*(|A| + |B|) / (1 + *J*), and so the containment of
/// the smaller set. For the block guard, a bin where A's minimum is smaller
/// than B's holds a shingle of A \ B, and a bin where they agree a shingle
/// of A ∩ B; the positions stored with the minimums show whether A's own
/// shingles are scattered (typos, junk tokens) or one stretch of text.
public struct PairVerifier: Sendable {
    public let criteria: DuplicateCriteria
    public let index: BandIndex

    public init(criteria: DuplicateCriteria, parameters: LSHParameters) {
        self.criteria = criteria
        index = BandIndex(parameters: parameters)
    }

    /// The evidence about records `a` and `b` of `table` (both signed).
    ///
    /// - Complexity: O(*p*) for *p* permutations.
    public func evaluate(_ a: Int, _ b: Int, in table: SketchTable) -> PairEvidence {
        let permutations = table.permutations
        return table.withValues { values in
            let first = UnsafeBufferPointer(rebasing: values[a * permutations..<(a + 1) * permutations])
            let second = UnsafeBufferPointer(rebasing: values[b * permutations..<(b + 1) * permutations])
            return evaluate(
                first,
                second,
                sizes: (table.shingleCount(of: a), table.shingleCount(of: b)),
                words: (table.wordCount(of: a), table.wordCount(of: b))
            )
        }
    }

    /// The evidence about two sketches.
    public func evaluate(_ a: DedupSketch, _ b: DedupSketch) -> PairEvidence {
        a.signature.values.withUnsafeBufferPointer { first in
            b.signature.values.withUnsafeBufferPointer { second in
                evaluate(
                    first,
                    second,
                    sizes: (Int(a.shingleCount), Int(b.shingleCount)),
                    words: (Int(a.wordCount), Int(b.wordCount))
                )
            }
        }
    }

    private func evaluate(
        _ a: UnsafeBufferPointer<UInt32>,
        _ b: UnsafeBufferPointer<UInt32>,
        sizes: (Int, Int),
        words: (Int, Int)
    ) -> PairEvidence {
        let agreements = countAgreements(a, b)
        let jaccard = Double(agreements) / Double(a.count)
        let containment = Self.containment(jaccard: jaccard, sizes: sizes)
        var evidence = PairEvidence(
            jaccard: jaccard,
            containment: containment,
            agreements: agreements,
            sharedBands: 0,
            firstBlock: nil,
            secondBlock: nil,
            verdict: .belowThreshold
        )
        let shorterWords = sizes.0 <= sizes.1 ? words.0 : words.1
        let basis: MatchBasis
        var blocks: (OwnTextBlock, OwnTextBlock)?
        if jaccard >= criteria.threshold {
            basis = .jaccard
        } else if containment >= criteria.containment, isLongEnoughToBeContained(words: shorterWords, sizes: sizes) {
            basis = .containment
        } else if jaccard >= criteria.editedThreshold {
            let found = (ownTextBlock(of: a, against: b, size: sizes.0), ownTextBlock(of: b, against: a, size: sizes.1))
            blocks = found
            evidence.firstBlock = found.0
            evidence.secondBlock = found.1
            guard isScatteredEdits(found.0), isScatteredEdits(found.1) else {
                if containment >= criteria.containment {
                    evidence.verdict = .tooShortToBeContained(words: shorterWords)
                }
                return evidence
            }
            basis = .edits
        } else {
            if containment >= criteria.containment {
                evidence.verdict = .tooShortToBeContained(words: shorterWords)
            }
            return evidence
        }
        for band in 0..<index.parameters.bands where index.sharesBand(a, b, band: band) {
            evidence.sharedBands += 1
        }
        evidence.verdict = .duplicate(basis)
        if criteria.minimumBlockShingles > 0 {
            let (first, second) =
                blocks ?? (
                    ownTextBlock(of: a, against: b, size: sizes.0), ownTextBlock(of: b, against: a, size: sizes.1)
                )
            evidence.firstBlock = first
            evidence.secondBlock = second
            if isBlock(first) && isBlock(second) { evidence.verdict = .distinctBlocks }
        }
        return evidence
    }

    /// Whether the shorter text of a pair, of `words` words, can count as
    /// contained: long enough on its own, or a short text that makes up
    /// enough of the longer one (a short story in a few wrapper lines).
    private func isLongEnoughToBeContained(words: Int, sizes: (Int, Int)) -> Bool {
        if words >= criteria.minimumContainedWords { return true }
        guard words * 2 >= criteria.minimumContainedWords, criteria.shortContainedShare <= 1 else { return false }
        let longer = max(sizes.0, sizes.1)
        return longer > 0 && Double(min(sizes.0, sizes.1)) >= criteria.shortContainedShare * Double(longer)
    }

    /// Whether `a` and `b` each hold a block of text the other lacks: two
    /// different texts, rather than one text and an edited, wrapped or
    /// trimmed copy of it (where at most one side holds a block). With the
    /// block guard off (`minimumBlockShingles` 0) any two records count.
    ///
    /// - Complexity: O(*p* log *p*) for *p* permutations.
    public func holdDistinctBlocks(_ a: Int, _ b: Int, in table: SketchTable) -> Bool {
        guard criteria.minimumBlockShingles > 0 else { return true }
        let permutations = table.permutations
        return table.withValues { values in
            let first = UnsafeBufferPointer(rebasing: values[a * permutations..<(a + 1) * permutations])
            let second = UnsafeBufferPointer(rebasing: values[b * permutations..<(b + 1) * permutations])
            return isBlock(ownTextBlock(of: first, against: second, size: table.shingleCount(of: a)))
                && isBlock(ownTextBlock(of: second, against: first, size: table.shingleCount(of: b)))
        }
    }

    /// Whether `block` is a stretch of different text rather than scattered
    /// edits: most own samples in one run, long enough to be text.
    private func isBlock(_ block: OwnTextBlock) -> Bool {
        block.ownSamples >= 3 && block.longestRun * 2 >= block.ownSamples
            && block.estimatedShingles >= criteria.minimumBlockShingles
    }

    /// Whether every run of `block`'s own samples spans no more text than
    /// one word edit touches.
    private func isScatteredEdits(_ block: OwnTextBlock) -> Bool {
        block.widestRunShingles <= criteria.maximumEditShingles
    }

    /// The estimated share of the smaller set inside the larger.
    static func containment(jaccard: Double, sizes: (Int, Int)) -> Double {
        let smaller = min(sizes.0, sizes.1)
        guard smaller > 0 else { return 0 }
        let overlap = jaccard * Double(sizes.0 + sizes.1) / (1 + jaccard)
        return min(1, overlap / Double(smaller))
    }

    /// The own-text samples of `a` (bins where its minimum is below `b`'s),
    /// their longest run in text order, and that run's estimated size.
    private func ownTextBlock(
        of a: UnsafeBufferPointer<UInt32>,
        against b: UnsafeBufferPointer<UInt32>,
        size: Int
    )
        -> OwnTextBlock
    {
        // Distinct samples (a densified bin repeats its donor's value), each
        // tagged own (1) or shared (0), ordered by position in the text.
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: a.count) { samples in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: a.count) { byPosition in
                let count = Self.collectSamples(of: a, against: b, into: samples)
                var sorted = UnsafeMutableBufferPointer(rebasing: byPosition[0..<count])
                let collected = UnsafeBufferPointer(rebasing: samples[0..<count])
                if a.count <= 256 {
                    // Bits 40..<48 hold the position, and no higher bit is set.
                    RadixSort.sortByTopByte(collected, shift: 40, into: sorted)
                } else {
                    // Positions past one byte: a comparison sort, not an
                    // insertion sort over interleaved runs.
                    _ = sorted.initialize(from: collected)
                    sorted.sort()
                }
                return Self.block(of: UnsafeBufferPointer(sorted), size: size)
            }
        }
    }

    /// Writes `a`'s samples (bins where its minimum is not above `b`'s) to
    /// `samples` as position, own flag and minimum in one word; returns how
    /// many there are.
    @inline(__always)
    private static func collectSamples(
        of a: UnsafeBufferPointer<UInt32>,
        against b: UnsafeBufferPointer<UInt32>,
        into samples: UnsafeMutableBufferPointer<UInt64>
    ) -> Int {
        var count = 0
        let mask = MinHashSignature.valueMask
        for index in 0..<a.count {
            let mine = a[index] & mask
            let theirs = b[index] & mask
            guard mine <= theirs else { continue }
            let position = UInt64(a[index] & ~mask)
            let own: UInt64 = mine < theirs ? 1 : 0
            // Shared samples sort before own ones at the same position, so a
            // shared shingle always breaks a run.
            samples[count] = position << 40 | own << 32 | UInt64(mine)
            count += 1
        }
        return count
    }

    /// The own-text block seen in `samples` (sorted) of a text of `size`
    /// shingles.
    @inline(__always)
    private static func block(of samples: UnsafeBufferPointer<UInt64>, size: Int) -> OwnTextBlock {
        var ownSamples = 0
        var distinct = 0
        var run = 0
        var longest = 0
        var runStart: UInt64 = 0
        var widest: UInt64 = 0
        var previous: UInt64?
        for sample in samples where sample != previous {
            previous = sample
            distinct += 1
            if sample >> 32 & 1 == 1 {
                let place = sample >> 40
                if run == 0 { runStart = place }
                ownSamples += 1
                run += 1
                longest = max(longest, run)
                widest = max(widest, place - runStart)
            } else {
                run = 0
            }
        }
        // The run's share of all distinct samples, scaled to the text.
        let estimated = distinct > 0 ? longest * size / distinct : 0
        // Places are 256ths of the text; a run's span, scaled to shingles,
        // less one place for the rounding of its two ends (a lower bound).
        let widestShingles = widest > 0 ? (Int(widest) - 1) * size / 256 : 0
        return OwnTextBlock(
            ownSamples: ownSamples,
            longestRun: longest,
            estimatedShingles: estimated,
            widestRunShingles: widestShingles
        )
    }
}
