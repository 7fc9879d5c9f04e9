import Foundation

/// How a signature is cut into bands for locality-sensitive hashing.
///
/// Two records become candidates when all `rows` values of at least one of
/// the `bands` bands agree; the chance of that for Jaccard similarity *s* is
/// 1 − (1 − *s*^rows)^bands, an S-curve whose steep part should sit at the
/// threshold.
public struct LSHParameters: Sendable, Hashable, CustomStringConvertible {
    public let bands: Int
    public let rows: Int

    public init(bands: Int, rows: Int) {
        precondition(bands > 0 && rows > 0, "bands and rows must be positive")
        self.bands = bands
        self.rows = rows
    }

    /// The bands and rows (bands × rows ≤ permutations) that minimise the
    /// sum of the false-positive and false-negative areas under the
    /// candidate curve around `threshold`, as datasketch's MinHashLSH does.
    ///
    /// - Complexity: O(*p* log *p*) parameter pairs, each integrated
    ///   numerically.
    public static func optimal(threshold: Double, permutations: Int) -> LSHParameters {
        var best = LSHParameters(bands: 1, rows: 1)
        var bestError = Double.infinity
        for bands in 1...permutations {
            for rows in 1...(permutations / bands) {
                let candidate = LSHParameters(bands: bands, rows: rows)
                let falsePositive = integrate(from: 0, to: threshold) { candidate.candidateProbability($0) }
                let falseNegative = integrate(from: threshold, to: 1) { 1 - candidate.candidateProbability($0) }
                let error = falsePositive + falseNegative
                if error < bestError {
                    bestError = error
                    best = candidate
                }
            }
        }
        return best
    }

    /// The probability that two records with Jaccard similarity `similarity`
    /// share at least one band.
    public func candidateProbability(_ similarity: Double) -> Double {
        1 - pow(1 - pow(similarity, Double(rows)), Double(bands))
    }

    public var description: String { "\(bands) bands × \(rows) rows" }
}

/// Composite Simpson's rule with 64 intervals: plenty for these smooth curves.
private func integrate(from lower: Double, to upper: Double, _ function: (Double) -> Double) -> Double {
    guard upper > lower else { return 0 }
    let intervals = 64
    let step = (upper - lower) / Double(intervals)
    var sum = function(lower) + function(upper)
    for index in 1..<intervals {
        sum += function(lower + Double(index) * step) * (index.isMultiple(of: 2) ? 2 : 4)
    }
    return sum * step / 3
}

private func pow(_ base: Double, _ exponent: Double) -> Double {
    Foundation.pow(base, exponent)
}
