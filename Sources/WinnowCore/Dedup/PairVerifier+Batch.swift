import Dispatch

extension PairVerifier {
    /// Candidates per thread below which one thread evaluates them all
    /// (starting threads would cost more than it saves).
    static let pairsPerThread = 4096

    /// The evidence of every pair of `pairs`, in their order, evaluated
    /// on up to `jobs` threads, each taking one contiguous stretch of the
    /// list. Each pair's evidence depends on the two sketches alone, so
    /// the result is the same for any `jobs`.
    ///
    /// - Complexity: O(*c* · *p*) for *c* pairs and *p* permutations,
    ///   over `jobs` threads.
    func evaluate(_ pairs: [CandidatePair], in table: SketchTable, jobs: Int) -> [PairEvidence] {
        let threads = min(max(1, jobs), pairs.count / Self.pairsPerThread)
        guard threads > 1 else { return pairs.map { evaluate($0.first, $0.second, in: table) } }
        let count = pairs.count
        return [PairEvidence](unsafeUninitializedCapacity: count) { buffer, initialized in
            // Each thread initialises its own stretch, and the stretches
            // do not overlap.
            nonisolated(unsafe) let evidence = buffer
            DispatchQueue.concurrentPerform(iterations: threads) { thread in
                for index in (thread * count / threads)..<((thread + 1) * count / threads) {
                    let pair = pairs[index]
                    (evidence.baseAddress.unsafelyUnwrapped + index).initialize(
                        to: evaluate(pair.first, pair.second, in: table)
                    )
                }
            }
            initialized = count
        }
    }
}
