import Testing

@testable import WinnowCore

/// The ASCII shortcut for a character count against `count`.
@Suite("String.characterCount")
struct CharacterCountTests {
    @Test(arguments: [
        "", "a", "plain words.", "\r\n", "\r\r\n\n", "a\r\nb\rc\nd", "\n\r", "café", "e\u{301}",
        "😀👍🏽", "\r\u{301}", "tab\tand \u{1} control", String(repeating: "ab\r\n", count: 100),
    ])
    func countsAsCountDoes(text: String) {
        #expect(text.characterCount == text.count)
    }
}
