/// Splits a `class` or `id` value into lower-case words: at anything that is
/// not a letter or digit, and where camelCase turns from lower to upper case.
///
/// `"share-bar adSlot"` gives `["share", "bar", "ad", "slot"]`.
func classWords(_ value: String) -> [String] {
    var words: [String] = []
    var current = ""
    var previousWasLower = false
    for character in value {
        guard character.isLetter || character.isNumber else {
            if !current.isEmpty { words.append(current) }
            current = ""
            previousWasLower = false
            continue
        }
        if character.isUppercase, previousWasLower, !current.isEmpty {
            words.append(current)
            current = ""
        }
        current += character.lowercased()
        previousWasLower = character.isLowercase || character.isNumber
    }
    if !current.isEmpty { words.append(current) }
    return words
}
