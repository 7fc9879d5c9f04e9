/// Tonight's sketches with what a nightly store keeps beside each
/// canonical (source, url, publication date as given), by record number.
public struct SignedBatch: Sendable {
    public var sketches: SketchTable
    public var sources: [String?]
    public var urls: [String?]
    public var published: [String?]

    /// What the store keeps of record `record`, nil when it has no sketch.
    public func canonical(_ record: Int, id: String, index: BandIndex) -> NightCanonical? {
        guard record < sketches.count, let sketch = sketches.sketch(at: record) else { return nil }
        return NightCanonical(
            id: id,
            source: sources[record],
            url: urls[record],
            published: published[record],
            sketch: sketch,
            bandKeys: index.bandKeys(of: sketch.signature)
        )
    }
}
