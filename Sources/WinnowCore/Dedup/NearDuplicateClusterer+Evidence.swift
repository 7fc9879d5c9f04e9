extension NearDuplicateClusterer {
    /// The evidence about `record` against `canonical`, as
    /// ``PairVerifier/evaluate(_:_:in:)`` gives it: taken from `verified`
    /// (the verified candidate pairs, sorted by pair) when the pair is there,
    /// since most members of a cluster were verified against its canonical
    /// already, and evaluated otherwise.
    ///
    /// Evaluation is symmetric but for the order of the two blocks, and, when
    /// both texts have as many shingles, for which word count counts as the
    /// shorter text's; such a pair with different word counts is evaluated
    /// again.
    ///
    /// - Complexity: O(log *v*) for *v* verified pairs, or O(*p*) to evaluate.
    func evidence(
        of record: Int,
        against canonical: Int,
        verified: [(pair: CandidatePair, evidence: PairEvidence)],
        table: SketchTable
    ) -> PairEvidence {
        guard record != canonical, let position = Self.position(of: CandidatePair(record, canonical), in: verified)
        else { return verifier.evaluate(record, canonical, in: table) }
        let stored = verified[position].evidence
        if record < canonical { return stored }
        guard
            table.shingleCount(of: record) != table.shingleCount(of: canonical)
                || table.wordCount(of: record) == table.wordCount(of: canonical)
        else { return verifier.evaluate(record, canonical, in: table) }
        var reversed = stored
        reversed.firstBlock = stored.secondBlock
        reversed.secondBlock = stored.firstBlock
        return reversed
    }

    /// The index of `pair` in `verified` (sorted by pair), by binary search.
    private static func position(
        of pair: CandidatePair,
        in verified: [(pair: CandidatePair, evidence: PairEvidence)]
    ) -> Int? {
        var low = 0
        var high = verified.count
        while low < high {
            let middle = (low + high) / 2
            if verified[middle].pair < pair { low = middle + 1 } else { high = middle }
        }
        return low < verified.count && verified[low].pair == pair ? low : nil
    }
}
