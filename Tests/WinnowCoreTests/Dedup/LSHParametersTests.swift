import Foundation
import Testing

@testable import WinnowCore

@Suite("LSHParameters")
struct LSHParametersTests {
    @Test func thresholdPointEightWith128PermutationsGivesNineBandsOfThirteenRows() {
        // datasketch.MinHashLSH(threshold=0.8, num_perm=128) picks b=9, r=13.
        let parameters = LSHParameters.optimal(threshold: 0.8, permutations: 128)
        #expect(parameters == LSHParameters(bands: 9, rows: 13))
        #expect(parameters.description == "9 bands × 13 rows")
    }

    @Test(arguments: [0.1, 0.3, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.99], [1, 2, 7, 16, 64, 128, 200, 256])
    func optimalParametersFitInThePermutations(threshold: Double, permutations: Int) {
        let parameters = LSHParameters.optimal(threshold: threshold, permutations: permutations)
        #expect(parameters.bands >= 1)
        #expect(parameters.rows >= 1)
        #expect(parameters.bands * parameters.rows <= permutations)
    }

    @Test(arguments: [0.5, 0.7, 0.8, 0.9], [32, 128])
    func optimalParametersMinimiseTheMissedAndFalseCandidateAreas(threshold: Double, permutations: Int) {
        // Brute force: every bands × rows that fits, each error integrated by
        // the midpoint rule with a fine step, independent of the library.
        func error(_ bands: Int, _ rows: Int) -> Double {
            func probability(_ s: Double) -> Double {
                1 - Foundation.pow(1 - Foundation.pow(s, Double(rows)), Double(bands))
            }
            let steps = 1_000
            var falsePositive = 0.0
            var falseNegative = 0.0
            for index in 0..<steps {
                let below = threshold * (Double(index) + 0.5) / Double(steps)
                falsePositive += probability(below) * threshold / Double(steps)
                let above = threshold + (1 - threshold) * (Double(index) + 0.5) / Double(steps)
                falseNegative += (1 - probability(above)) * (1 - threshold) / Double(steps)
            }
            return falsePositive + falseNegative
        }
        var best = Double.infinity
        for bands in 1...permutations {
            for rows in 1...(permutations / bands) { best = min(best, error(bands, rows)) }
        }
        let chosen = LSHParameters.optimal(threshold: threshold, permutations: permutations)
        #expect(error(chosen.bands, chosen.rows) <= best + 1e-4, "chose \(chosen)")
    }

    @Test(arguments: [
        LSHParameters(bands: 9, rows: 13), LSHParameters(bands: 1, rows: 1), LSHParameters(bands: 32, rows: 4),
        LSHParameters(bands: 1, rows: 128), LSHParameters(bands: 128, rows: 1), LSHParameters(bands: 20, rows: 5),
    ])
    func candidateProbabilityRisesFromZeroToOne(parameters: LSHParameters) {
        #expect(parameters.candidateProbability(0) == 0)
        #expect(parameters.candidateProbability(1) == 1)
        var previous = 0.0
        for step in 0...200 {
            let probability = parameters.candidateProbability(Double(step) / 200)
            #expect(probability >= previous, "at \(Double(step) / 200)")
            #expect(probability >= 0 && probability <= 1)
            previous = probability
        }
    }

    @Test func candidateProbabilityIsOneMinusMissingEveryBand() {
        let parameters = LSHParameters(bands: 9, rows: 13)
        var band = 1.0
        for _ in 0..<13 { band *= 0.8 }
        var miss = 1.0
        for _ in 0..<9 { miss *= 1 - band }
        #expect(abs(parameters.candidateProbability(0.8) - (1 - miss)) < 1e-12)
        #expect(abs(parameters.candidateProbability(0.8) - 0.3989) < 1e-3)
        #expect(LSHParameters(bands: 1, rows: 1).candidateProbability(0.37) == 0.37)
        #expect(abs(LSHParameters(bands: 2, rows: 1).candidateProbability(0.5) - 0.75) < 1e-12)
    }

    @Test func theCurveIsSteepAroundTheThreshold() {
        let parameters = LSHParameters.optimal(threshold: 0.8, permutations: 128)
        #expect(parameters.candidateProbability(0.5) < 0.05)
        #expect(parameters.candidateProbability(0.95) > 0.99)
    }
}
