/// Counts words, sentence ends and commas in UTF-8 text, byte by byte.
///
/// A sentence end is a `.`, `!`, `?` or `…` followed by a space inside the
/// text (a stop that ends the text does not count, so one short sentence on
/// its own, such as a caption or a byline, is not taken for prose).
///
/// A word is a run of letters and digits (any non-ASCII byte counts as a
/// letter), except that each Chinese or Japanese character counts as a
/// word of its own, since those scripts do not put spaces between words.
struct TextStatistics: Sendable, Equatable {
    var words = 0
    var sentenceEnds = 0
    var commas = 0
    var bytes = 0

    /// Whether the previous byte was inside a word (carried across
    /// segments of one block).
    private var inWord = false
    /// A `.`, `!` or `?` waiting for a space or the end to count.
    private var pendingStop = false

    init() {}

    mutating func add(_ text: ArraySlice<UInt8>) {
        bytes += text.count
        var index = text.startIndex
        let end = text.endIndex
        while index < end {
            let byte = text[index]
            if byte < 0x80 {
                let isWordByte =
                    (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
                if isWordByte {
                    if !inWord { words += 1 }
                    inWord = true
                    pendingStop = false
                } else {
                    inWord = false
                    switch byte {
                    case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
                        pendingStop = true
                    case UInt8(ascii: ","), UInt8(ascii: ";"):
                        commas += 1
                        pendingStop = false
                    case 0x20, 0x0A:
                        if pendingStop { sentenceEnds += 1 }
                        pendingStop = false
                    case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"):
                        break  // a stop followed by a closing quote still ends a sentence
                    default:
                        pendingStop = false
                    }
                }
                index += 1
                continue
            }
            // A multi-byte character.
            if byte >= 0xE3 && byte <= 0xE9 {
                // U+3000–U+9FFF: CJK punctuation, kana and ideographs.
                if byte == 0xE3, index + 2 < end, text[index + 1] == 0x80 {
                    let last = text[index + 2]
                    inWord = false
                    if last == 0x82 { sentenceEnds += 1 } else if last == 0x81 { commas += 1 }
                } else {
                    words += 1
                    inWord = false
                }
                index += 3
                continue
            }
            if byte == 0xEF, index + 2 < end, text[index + 1] == 0xBC {
                // Fullwidth ！ ， ？ ；
                switch text[index + 2] {
                case 0x81, 0x9F: sentenceEnds += 1
                case 0x8C, 0x9B: commas += 1
                default: break
                }
                inWord = false
                index += 3
                continue
            }
            if byte == 0xE2, index + 2 < end, text[index + 1] == 0x80 {
                // U+2000–U+203F: spaces, dashes, quotes, ellipsis.
                let last = text[index + 2]
                inWord = false
                if last == 0xA6 {
                    pendingStop = true
                }  // …
                else if last == 0x9D || last == 0x99 {
                    // closing quotes keep a pending stop
                } else {
                    if pendingStop, last <= 0x8B { sentenceEnds += 1 }
                    pendingStop = false
                }
                index += 3
                continue
            }
            if byte == 0xC2, index + 1 < end, text[index + 1] == 0xA0 {
                // No-break space.
                inWord = false
                if pendingStop { sentenceEnds += 1 }
                pendingStop = false
                index += 2
                continue
            }
            if byte >= 0xC0 {
                if !inWord { words += 1 }
                inWord = true
                pendingStop = false
            }
            index += 1
        }
    }
}
