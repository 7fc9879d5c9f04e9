import TestSupport

/// The Dedup tests' seeded generator: ``SplitMix`` with helpers for
/// invented words and texts.
struct DedupTestRandom: RandomNumberGenerator {
    private var generator: SplitMix

    init(seed: UInt64) {
        generator = SplitMix(seed: seed)
    }

    mutating func next() -> UInt64 { generator.next() }

    /// A number in `0..<bound` (bound > 0), by plain modulo: the tiny bias
    /// does not matter here and the sequence depends on nothing but the seed.
    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    /// A made-up lower-case word of two to four syllables.
    mutating func word() -> String {
        let syllables = [
            "ka", "lo", "mi", "ren", "to", "sha", "vel", "dor", "pa", "qui", "ne", "bro", "sil", "tam", "eu", "gar",
            "fi", "zon", "wy", "hal", "cre", "mu", "sto", "ja",
        ]
        return (0..<(2 + below(3))).map { _ in syllables[below(syllables.count)] }.joined()
    }

    /// `count` made-up words, all different.
    mutating func vocabulary(_ count: Int) -> [String] {
        var seen = Set<String>()
        var words: [String] = []
        while words.count < count {
            let candidate = word()
            if seen.insert(candidate).inserted { words.append(candidate) }
        }
        return words
    }

    /// A text of `count` words drawn from `vocabulary`.
    mutating func text(_ count: Int, from vocabulary: [String]) -> [String] {
        (0..<count).map { _ in vocabulary[below(vocabulary.count)] }
    }

    /// A copy of the Fisher-Yates shuffle driven by this generator.
    mutating func shuffled<T>(_ items: [T]) -> [T] {
        var items = items
        guard items.count > 1 else { return items }
        for index in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(index, below(index + 1))
        }
        return items
    }
}
