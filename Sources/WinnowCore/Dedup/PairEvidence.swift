/// Why a pair of records was or was not judged near-duplicate.
public struct PairEvidence: Sendable, Hashable {
    /// Estimated Jaccard similarity of the two shingle sets.
    public var jaccard: Double
    /// Estimated share of the smaller shingle set inside the larger.
    public var containment: Double
    /// Bins (of all permutations) in which the signatures agree.
    public var agreements: Int
    /// LSH bands the two signatures share.
    public var sharedBands: Int
    /// The own text each side holds (nil until a pair passes a threshold).
    public var firstBlock: OwnTextBlock?
    public var secondBlock: OwnTextBlock?
    public var verdict: PairVerdict

    public var isDuplicate: Bool {
        if case .duplicate = verdict { true } else { false }
    }
}

/// The outcome of verifying one pair.
public enum PairVerdict: Sendable, Hashable {
    /// Near-duplicates, matched by this test.
    case duplicate(MatchBasis)
    /// Neither similar nor contained enough.
    case belowThreshold
    /// Contained enough, but the shorter text is too short to count.
    case tooShortToBeContained(words: Int)
    /// Similar, but each text holds its own block of different text.
    case distinctBlocks
}

/// Which test made a pair near-duplicates.
public enum MatchBasis: String, Sendable, Hashable {
    /// Estimated Jaccard similarity at or above the threshold.
    case jaccard
    /// The shorter text is (almost) wholly inside the longer.
    case containment
    /// Similar at the edited threshold, and every stretch of text either
    /// side holds alone is no longer than a few shingles: one text is the
    /// other with scattered word edits (typos, junk tokens).
    case edits
}

/// What one side of a pair holds that the other does not, as seen by the
/// bins where that side's minimum is its own shingle.
public struct OwnTextBlock: Sendable, Hashable {
    /// Distinct sampled shingles found only in this text.
    public var ownSamples: Int
    /// The most of them that sit next to each other in the text, with no
    /// shared shingle between.
    public var longestRun: Int
    /// Estimated size, in shingles, of that run's stretch of text.
    public var estimatedShingles: Int
    /// Estimated length, in shingles, of the widest stretch of text between
    /// the first and last own sample of one run (a lower bound, 0 with no
    /// own samples).
    public var widestRunShingles: Int = 0
}
