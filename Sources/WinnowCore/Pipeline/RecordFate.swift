/// Where a kept record ends up: as a canonical record, or folded into one.
public enum RecordFate: Sendable, Hashable {
    /// Written to `records.jsonl`; `duplicates` are the record numbers
    /// folded into it, in input order.
    case canonical(duplicates: [Int])
    /// Folded into record number `canonical` of this run.
    case duplicate(of: Int, similarity: Double)
    /// Folded into canonical `canonical` of the earlier night `night`
    /// (written to `duplicates.jsonl`); `evidence` compares this record
    /// (first) with it.
    case duplicateOfEarlierNight(canonical: String, night: String, evidence: PairEvidence)

    public var isCanonical: Bool {
        if case .canonical = self { true } else { false }
    }
}
