/// When two records count as near-duplicates.
///
/// A pair is a near-duplicate when its estimated Jaccard similarity reaches
/// `threshold`, or when the shorter text is at least `containment` inside
/// the longer and has at least `minimumContainedWords` words (a trimmed or
/// wrapped copy), or has at least half that many words and makes up
/// `shortContainedShare` of the longer text (a short story inside a few
/// wrapper lines, never a brief taken from a long story). Either way the pair is refused when *both* texts hold a
/// block of their own text of at least `minimumBlockShingles` shingles: that
/// is two different stories in one shared frame (a site template), not one
/// story edited. A pair below `threshold` but at `editedThreshold` matches
/// when neither text holds a stretch of its own longer than
/// `maximumEditShingles`: the same text with scattered typos.
public struct DuplicateCriteria: Sendable, Hashable {
    /// Estimated Jaccard similarity at or above which a pair matches.
    public var threshold: Double
    /// Share of the shorter text's shingles inside the longer at or above
    /// which a pair matches; above 1 turns containment off.
    public var containment: Double
    /// Words the shorter text needs before it can match by containment.
    public var minimumContainedWords: Int
    /// Share of the longer text's shingles a shorter text of at least half
    /// `minimumContainedWords` words needs to match by containment; above 1
    /// turns this off.
    public var shortContainedShare: Double
    /// Shingles a block of a text's own words needs to count as different
    /// content; 0 turns the guard off.
    public var minimumBlockShingles: Int
    /// Estimated Jaccard similarity at or above which a pair matches when
    /// each text's own shingles are scattered word edits; above 1 turns
    /// this off.
    public var editedThreshold: Double
    /// The longest stretch, in shingles, of a text's own shingles that still
    /// counts as one word edit (a changed or inserted word touches as many
    /// shingles as the shingle size; two edits a few words apart, a few more).
    public var maximumEditShingles: Int

    public init(
        threshold: Double,
        containment: Double,
        minimumContainedWords: Int,
        shortContainedShare: Double = 2,
        minimumBlockShingles: Int,
        editedThreshold: Double = 2,
        maximumEditShingles: Int = 5
    ) {
        self.threshold = threshold
        self.containment = containment
        self.minimumContainedWords = minimumContainedWords
        self.shortContainedShare = shortContainedShare
        self.minimumBlockShingles = minimumBlockShingles
        self.editedThreshold = editedThreshold
        self.maximumEditShingles = maximumEditShingles
    }
}
