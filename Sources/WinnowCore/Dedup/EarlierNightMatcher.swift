/// Verifies tonight's records against the earlier canonicals the band
/// join proposed (the reduce side against history).
///
/// A record that verifies against any earlier canonical is a duplicate of
/// the one it resembles most (highest estimated Jaccard similarity, then
/// the earliest night, then the first stored); it takes no further part in
/// tonight's clustering, whatever else of tonight shares its cluster.
public struct EarlierNightMatcher: Sendable {
    public let verifier: PairVerifier

    public init(verifier: PairVerifier) {
        self.verifier = verifier
    }

    /// The matches of the records of `table` against `nights`, by record
    /// number ascending, with the counts of pairs refused.
    public func match(_ table: SketchTable, against nights: EarlierNights) throws(StateError) -> EarlierNightOutcome {
        var outcome = EarlierNightOutcome()
        let candidates = try nights.candidates(for: table, index: verifier.index)
        guard !candidates.isEmpty else { return outcome }
        let wanted = Array(Set(candidates.values.joined())).sorted()
        let canonicals = try nights.store.canonicals(wanted)
        for record in candidates.keys.sorted() {
            guard let sketch = table.sketch(at: record) else { continue }
            var best: (canonical: EarlierCanonical, evidence: PairEvidence)?
            for key in candidates[record] ?? [] {
                guard let canonical = canonicals[key] else { continue }
                outcome.candidatePairs += 1
                let evidence = verifier.evaluate(sketch, canonical.sketch)
                guard evidence.isDuplicate else {
                    outcome.refusedPairs += 1
                    continue
                }
                if let current = best {
                    let better =
                        evidence.jaccard > current.evidence.jaccard
                        || (evidence.jaccard == current.evidence.jaccard
                            && canonical.nightSequence < current.canonical.nightSequence)
                    if better { best = (canonical, evidence) }
                } else {
                    best = (canonical, evidence)
                }
            }
            if let best {
                outcome.matches.append(
                    EarlierNightMatch(record: record, canonical: best.canonical, evidence: best.evidence)
                )
            }
        }
        return outcome
    }
}

/// What matching against earlier nights found.
public struct EarlierNightOutcome: Sendable, Hashable {
    /// One per record folded into an earlier canonical, by record number.
    public var matches: [EarlierNightMatch] = []
    /// Pairs (tonight's record, earlier canonical) the band join proposed.
    public var candidatePairs = 0
    /// Of them, those verification refused.
    public var refusedPairs = 0

    public init() {}
}

/// Tonight's record `record` is a near-duplicate of an earlier night's
/// canonical.
public struct EarlierNightMatch: Sendable, Hashable {
    public var record: Int
    public var canonical: EarlierCanonical
    /// Tonight's record first, the earlier canonical second.
    public var evidence: PairEvidence
}
