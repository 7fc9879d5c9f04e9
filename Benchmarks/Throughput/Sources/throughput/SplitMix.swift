/// A small seeded generator (SplitMix64): the same seed gives the same
/// articles on every machine.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A generator for item `index` of stream `stream`, independent of the
    /// order items are made in.
    static func forItem(_ index: Int, stream: UInt64, seed: UInt64) -> SplitMix {
        var mixer = SplitMix(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03) ^ UInt64(index))
        _ = mixer.next()
        return SplitMix(seed: mixer.next())
    }

    mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < probability
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[Int.random(in: 0..<items.count, using: &self)]
    }
}
