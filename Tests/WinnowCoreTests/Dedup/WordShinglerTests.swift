import Testing

@testable import WinnowCore

@Suite("WordShingler")
struct WordShinglerTests {
    private let shingler = WordShingler(size: 3)

    @Test func shinglesAreRunsOfConsecutiveWords() {
        let shingles = shingler.shingles("harbour reopens after the storm")
        #expect(shingles.count == 3)
        #expect(Set(shingles).count == 3)
        // The shingle "after the storm" is the last one of both texts.
        #expect(shingles.last == shingler.shingles("the harbour closed before after the storm").last)
    }

    @Test func caseDoesNotChangeTheShingles() {
        #expect(shingler.shingles("The Quick Brown Fox Jumps") == shingler.shingles("the quick brown fox jumps"))
        #expect(shingler.shingles("ÉCOLE ÉTÉ ÜBER ALLES") == shingler.shingles("école été über alles"))
        #expect(shingler.shingles("ΚΑΛΗΜΕΡΑ ΚΟΣΜΕ ΟΛΟΙ") == shingler.shingles("καλημερα κοσμε ολοι"))
    }

    @Test func curlyAndStraightQuotesGiveTheSameShingles() {
        let curly = shingler.shingles("She said “no” and he didn’t reply to ‘them’")
        let straight = shingler.shingles("She said \"no\" and he didn't reply to 'them'")
        #expect(curly == straight)
        #expect(curly.count == 8)
    }

    @Test func punctuationAndDashesSeparateWords() {
        #expect(
            shingler.shingles("well-known — long–term, (mostly)!") == shingler.shingles("well known long term mostly")
        )
    }

    @Test func hardLineBreaksAndExtraSpacesGiveTheSameShingles() {
        let wrapped = "The council met\non Tuesday   to discuss\n\n  the budget\tfor next year."
        let flowing = "The council met on Tuesday to discuss the budget for next year"
        #expect(shingler.shingles(wrapped) == shingler.shingles(flowing))
        #expect(shingler.shingles(flowing).count == 10)
    }

    @Test func wordOrderMatters() {
        #expect(shingler.shingles("dog bites man") != shingler.shingles("man bites dog"))
    }

    @Test func aTextShorterThanTheShingleSizeGivesOneShingleOfAllItsWords() {
        let five = WordShingler(size: 5)
        let short = five.shingles("Only three words")
        #expect(short.count == 1)
        #expect(short == five.shingles("ONLY, three ... words!"))
        #expect(short != five.shingles("three only words"))
        #expect(short != five.shingles("only three"))
        // The one shingle is the shingle of exactly those words.
        #expect(short == WordShingler(size: 3).shingles("only three words"))
        #expect(five.shingles("single").count == 1)
    }

    @Test func aTextOfExactlyTheShingleSizeGivesOneShingle() {
        #expect(shingler.shingles("one two three").count == 1)
        #expect(shingler.shingles("one two three four").count == 2)
    }

    @Test(arguments: ["", "   \n\t ", "— … !!! ?? · «» 「」 ¿¡", "\"\" '' -- ..."])
    func aTextWithoutWordsGivesNoShingles(text: String) {
        #expect(shingler.shingles(text) == [])
        #expect(shingler.shingleSet(text).isEmpty)
        #expect(shingler.wordHashes(text) == [])
    }

    @Test func repeatsAreKeptInShinglesButNotInTheSet() {
        let pairs = WordShingler(size: 2)
        let shingles = pairs.shingles("echo echo echo echo")
        #expect(shingles.count == 3)
        #expect(Set(shingles).count == 1)
        #expect(pairs.shingleSet("echo echo echo echo") == Set(shingles))
    }

    @Test func digitsFormWords() {
        #expect(shingler.wordHashes("Budget 2026 grows 3.5%").count == 5)
        #expect(shingler.shingles("route 66 closed") != shingler.shingles("route 67 closed"))
    }

    @Test(arguments: [
        ("Новости дня о погоде в городе", 6),
        ("مرحبا بالعالم الجميل", 3),
        ("नमस्ते दुनिया", 2),
        ("今天 天气 很好", 3),
        ("今天天气很好", 1),
        ("日本語のテキスト", 1),
        ("Ελληνικά και русский and English", 5),
        ("cafe\u{301} noir", 2),
    ])
    func nonLatinScriptsProduceWords(text: String, words: Int) {
        #expect(shingler.wordHashes(text).count == words)
        #expect(shingler.shingles(text).count == max(1, words - 2))
    }

    @Test func differentNonLatinWordsHashDifferently() {
        let hashes = shingler.wordHashes("мир мир мира мiр")
        #expect(hashes.count == 4)
        #expect(hashes[0] == hashes[1])
        #expect(hashes[0] != hashes[2])
        #expect(hashes[0] != hashes[3])
    }
}
