/// What dedup keeps about one record: its signature and two counts, never
/// its text.
///
/// This is the map side of near-duplicate detection: computed per record on
/// the worker tasks, small (4 bytes per permutation plus 8), and all the
/// batch step and a store of earlier nights need.
public struct DedupSketch: Sendable, Hashable {
    public var signature: MinHashSignature
    /// Distinct shingles of the text: with the Jaccard estimate this gives
    /// the overlap's size, and so how much of one text the other contains.
    public var shingleCount: UInt32
    /// Words in the text; a text shorter than the containment minimum never
    /// counts as contained in another.
    public var wordCount: UInt32

    public init(signature: MinHashSignature, shingleCount: UInt32, wordCount: UInt32) {
        self.signature = signature
        self.shingleCount = shingleCount
        self.wordCount = wordCount
    }
}
