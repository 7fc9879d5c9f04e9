/// Which language a line is written in, told by its stopwords: the small
/// words every sentence of a language uses. Enough to tell an English
/// article from a Portuguese footer, not to identify languages in general.
enum StopwordProfile {
    static let languages = ["en", "fr", "es", "pt", "de", "it", "nl", "af", "ga", "tl", "sv", "ms"]

    private static let lists: [[String]] = [
        [
            "the", "and", "of", "to", "in", "is", "that", "for", "it", "with", "was", "on", "as", "are", "be", "this",
            "by", "at", "from", "has", "have", "an", "or", "not", "but", "his", "her", "they", "will", "said", "which",
            "their", "been", "were", "who", "would", "after", "about", "our", "your", "you", "we", "a", "us",
        ],
        [
            "le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "dans", "pour", "que", "qui", "sur", "pas",
            "plus", "avec", "nous", "vous", "ce", "cette", "au", "aux", "son", "sa", "ses", "mais", "ou", "été", "être",
            "sont", "par", "leur", "aussi", "comme", "très", "tout", "notre", "votre", "nos", "vos",
        ],
        [
            "el", "los", "las", "del", "de", "y", "es", "una", "un", "en", "para", "que", "por", "con", "no", "se",
            "lo", "su", "sus", "más", "pero", "como", "está", "fue", "ha", "al", "este", "esta", "nuestro",
            "nuestra", "también", "usted",
        ],
        [
            "o", "os", "as", "do", "da", "dos", "das", "de", "e", "é", "uma", "um", "em", "no", "na", "nos", "nas",
            "para", "que", "por", "com", "não", "se", "seu", "sua", "mais", "mas", "como", "está", "foi", "ao", "pelo",
            "pela", "nosso", "nossa", "você", "mesmo", "sempre", "melhor", "também",
        ],
        [
            "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "einen", "dem", "den", "des", "mit", "auf",
            "für", "von", "zu", "im", "sich", "auch", "es", "sie", "wir", "ihr", "bei", "aus", "nach", "wird",
            "werden", "wurde", "oder", "aber", "noch", "unsere", "unser", "ihre",
        ],
        [
            "il", "lo", "gli", "le", "i", "da", "in", "a", "della", "delle", "dei", "degli", "di", "e", "è", "una",
            "un", "che", "per", "con",
            "non", "si", "sono", "del", "al", "alla", "nel", "nella", "anche", "più", "ma", "come", "questo", "questa",
            "nostro", "nostra",
        ],
        [
            "de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "voor", "met", "zijn", "ook", "aan", "er",
            "bij", "om", "worden", "wordt", "maar", "uit", "nog", "onze",
        ],
        [
            "die", "nie", "vir", "ons", "jou", "julle", "hulle", "sy", "hy", "jy", "het", "word", "is", "en", "van",
            "op", "in", "te", "met", "na", "om", "wat", "dit", "ook", "maar", "aan", "tot", "oor", "alle", "sal",
            "kan",
        ],
        [
            "agus", "an", "na", "ar", "ár", "le", "do", "go", "ag", "sé", "sí", "bhí", "tá", "níl", "ach", "seo",
            "sin", "leis", "don", "den", "faoi", "mar", "gach", "ón", "atá", "bhur", "lena", "dár", "nó", "ó", "ina",
            "chun", "idir", "níos", "aon", "dá", "ní", "orainn", "againn", "bhfuil",
        ],
        [
            "ang", "ng", "sa", "mga", "na", "at", "ay", "para", "kay", "si", "ni", "ito", "hindi", "din", "rin", "pa",
            "lang", "naman", "po", "ko", "mo", "niya", "nila", "namin", "natin", "kami", "tayo", "sila", "siya",
            "ako", "wala", "dahil", "kung", "pero", "ngayon", "noong", "ating", "inyong",
        ],
        [
            "och", "i", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har", "de", "inte",
            "om", "ett", "men", "var", "jag", "vi", "så", "från", "kan", "när", "efter", "också", "vid", "sin",
            "eller", "blir", "ska", "vår", "våra", "ni", "du", "oss", "hade", "sina", "här", "där", "mot", "under",
        ],
        [
            "dan", "yang", "di", "ke", "dari", "untuk", "dengan", "ini", "itu", "tidak", "dalam", "kami", "kita",
            "pada", "adalah", "atau", "akan", "oleh", "juga", "sila", "ada", "telah", "sudah", "tetapi", "bagi",
            "mereka", "anda", "semua", "lebih", "boleh", "kepada", "sebagai", "tersebut", "kerana", "karena",
        ],
    ]

    /// For each stopword, the languages (bit `i` for ``languages``[i]) it
    /// belongs to.
    private static let table: [[UInt8]: UInt16] = {
        var table: [[UInt8]: UInt16] = [:]
        for (language, words) in lists.enumerated() {
            for word in words { table[Array(word.utf8), default: 0] |= 1 << UInt16(language) }
        }
        return table
    }()

    /// The languages (bit `i` for ``languages``[i]) of each stopword in a
    /// line's folded bytes, in order; at most `limit` words are looked at.
    static func stopwordLanguages(_ line: ArraySlice<UInt8>, limit: Int = .max) -> [UInt16] {
        var found: [UInt16] = []
        forEachWord(line, limit: limit) { word in
            if word.count <= 8, let languages = table[word] { found.append(languages) }
        }
        return found
    }

    /// Calls `body` with each word of a line's folded bytes (lower-case
    /// ASCII letters and non-ASCII bytes, apart from punctuation), at most
    /// `limit` of them; returns how many were read.
    @discardableResult
    private static func forEachWord(_ line: ArraySlice<UInt8>, limit: Int, _ body: ([UInt8]) -> Void) -> Int {
        var words = 0
        var word: [UInt8] = []
        word.reserveCapacity(16)
        func finish() {
            guard !word.isEmpty else { return }
            words += 1
            body(word)
            word.removeAll(keepingCapacity: true)
        }
        var index = line.startIndex
        while index < line.endIndex, words < limit {
            let byte = line[index]
            if (0x61...0x7A).contains(byte) || (byte >= 0x80 && byte != 0xC2 && byte != 0xE2) {
                word.append(byte)
                index += 1
            } else {
                finish()
                index += byte == 0xE2 ? 3 : byte == 0xC2 ? 2 : 1
            }
        }
        finish()
        return words
    }

    /// Stopword hits per language in a line's folded bytes, adding to
    /// `scores`; at most `limit` words are looked at. Returns the words read.
    @discardableResult
    static func score(_ line: ArraySlice<UInt8>, into scores: inout [Int], limit: Int = .max) -> Int {
        forEachWord(line, limit: limit) { word in
            guard word.count <= 8, let languages = table[word] else { return }
            for language in 0..<lists.count where languages & (1 << UInt16(language)) != 0 {
                scores[language] += 1
            }
        }
    }
}
