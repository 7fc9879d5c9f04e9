/// Splits `class` and `id` values into lower-case words: at anything that
/// is not an ASCII letter or digit, and where camelCase turns from lower to
/// upper case. Each pair of neighbouring words is also given joined
/// (`most-read` gives `most`, `read` and `mostread`), so that marker lists
/// can name compounds however a site spells them.
///
/// `"share-bar adSlot"` gives `["share", "bar", "sharebar", "ad", "slot", "adslot"]`.
func classWords(_ value: some Collection<UInt8>) -> [String] {
    var words: [String] = []
    var current: [UInt8] = []
    var previous: [UInt8] = []
    var previousWasLower = false
    func flush() {
        guard !current.isEmpty else {
            previous = []
            return
        }
        words.append(String(decoding: current, as: UTF8.self))
        if !previous.isEmpty { words.append(String(decoding: previous + current, as: UTF8.self)) }
        previous = current
        current = []
    }
    for byte in value {
        let isUpper = byte >= 0x41 && byte <= 0x5A
        let isLower = byte >= 0x61 && byte <= 0x7A
        let isDigit = byte >= 0x30 && byte <= 0x39
        guard isUpper || isLower || isDigit else {
            flush()
            if byte == 0x20 { previous = [] }  // separate class names are not compounds
            previousWasLower = false
            continue
        }
        if isUpper, previousWasLower { flush() }
        current.append(isUpper ? byte | 0x20 : byte)
        previousWasLower = isLower || isDigit
    }
    flush()
    return words
}

/// The same for a string.
func classWords(_ value: String) -> [String] { classWords(Array(value.utf8)) }
