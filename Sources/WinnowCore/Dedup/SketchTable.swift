/// The sketches of a batch in flat buffers: the batch step's whole memory.
///
/// Record `r`'s signature is `values[r × permutations ..< (r + 1) ×
/// permutations]`; a record without a sketch (a text without words) has
/// zeros there and `hasSketch[r] == false`. Per record this is 4 bytes per
/// permutation plus 9: 521 bytes at 128 permutations, and no per-record
/// allocation.
public struct SketchTable: Sendable {
    public let permutations: Int
    private(set) var values: [UInt32] = []
    private(set) var shingleCounts: [UInt32] = []
    private(set) var wordCounts: [UInt32] = []
    private(set) var hasSketch: [Bool] = []

    public init(permutations: Int) {
        precondition(permutations > 0, "permutations must be positive")
        self.permutations = permutations
    }

    /// A table of `sketches`, in record order.
    public init(permutations: Int, sketches: some Sequence<DedupSketch?>) {
        self.init(permutations: permutations)
        for sketch in sketches { append(sketch) }
    }

    /// The number of records.
    public var count: Int { hasSketch.count }

    /// Adds the next record's sketch (nil for a text without words).
    public mutating func append(_ sketch: DedupSketch?) {
        if let sketch {
            precondition(sketch.signature.values.count == permutations, "a signature of another length")
            values.append(contentsOf: sketch.signature.values)
            shingleCounts.append(sketch.shingleCount)
            wordCounts.append(sketch.wordCount)
            hasSketch.append(true)
        } else {
            values.append(contentsOf: repeatElement(0, count: permutations))
            shingleCounts.append(0)
            wordCounts.append(0)
            hasSketch.append(false)
        }
    }

    /// Record `record`'s sketch, rebuilt as a value.
    public func sketch(at record: Int) -> DedupSketch? {
        guard hasSketch[record] else { return nil }
        let start = record * permutations
        return DedupSketch(
            signature: MinHashSignature(values: Array(values[start..<start + permutations])),
            shingleCount: shingleCounts[record],
            wordCount: wordCounts[record]
        )
    }

    /// Takes record `record` out of the batch (it was rejected later): it
    /// keeps its slot but no longer has a sketch.
    public mutating func forget(_ record: Int) {
        guard hasSketch[record] else { return }
        hasSketch[record] = false
        let start = record * permutations
        for index in start..<start + permutations { values[index] = 0 }
    }

    /// Whether record `record` has a sketch.
    public func isSigned(_ record: Int) -> Bool { hasSketch[record] }

    func shingleCount(of record: Int) -> Int { Int(shingleCounts[record]) }
    func wordCount(of record: Int) -> Int { Int(wordCounts[record]) }

    /// Calls `body` with the flat value buffer.
    func withValues<Result>(_ body: (UnsafeBufferPointer<UInt32>) throws -> Result) rethrows -> Result {
        try values.withUnsafeBufferPointer(body)
    }
}
