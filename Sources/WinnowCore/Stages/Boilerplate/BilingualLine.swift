/// A line written twice, in two languages, around one spaced separator:
/// "Stori gan / Story by Cerys Pugh", "Noddir · Sponsored", "Gwall? Rhowch
/// wybod i ni / Error? Let us know", or a caption whose credit label is
/// glossed ("… Porthgwyn. Llun / Photo: Glannau").
///
/// The rules judge each reading on its own: the half before the separator,
/// the half after it, and the line without the word glossed before the
/// separator. A line with more than one separator is a menu or a
/// breadcrumb, for the rules that know those.
enum BilingualLine {
    static let separators: [[UInt8]] = [Array(" / ".utf8), Array(" · ".utf8), Array(" | ".utf8)]
    /// The rules whose one-word lines a half may be on its own
    /// ("Sponsored", "Comments", "Share").
    static let oneWordRules: Set<String> = ["advertisement", "comments", "share"]
    /// Longer lines are prose that happens to hold a slash.
    static let maximumBytes = 320

    /// The readings of `bytes` (a trimmed line) when it holds exactly one
    /// spaced separator, else none.
    static func readings(of bytes: ArraySlice<UInt8>) -> [String] {
        guard bytes.count <= maximumBytes, bytes.contains(0x20) else { return [] }
        var found: Range<Int>?
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard bytes[index] == 0x20,
                let separator = separators.first(where: { bytes[index...].starts(with: $0) })
            else {
                index += 1
                continue
            }
            if found != nil { return [] }
            found = index..<(index + separator.count)
            index += separator.count
        }
        guard let split = found else { return [] }
        let before = bytes[..<split.lowerBound]
        let after = bytes[split.upperBound...]
        guard !before.isEmpty, !after.isEmpty else { return [] }
        var readings = [String(decoding: before, as: UTF8.self), String(decoding: after, as: UTF8.self)]
        // "… Llun / Photo: Glannau": the caption with its credit in one
        // language. Only when the glossed word is one word of a longer half.
        if let space = before.lastIndex(of: 0x20) {
            let kept = before[..<space]
            readings.append(String(decoding: kept, as: UTF8.self) + " " + String(decoding: after, as: UTF8.self))
        }
        return readings
    }
}
