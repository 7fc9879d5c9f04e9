import Testing

@testable import WinnowCore

/// The quick test for a text left empty against the reference,
/// `trimmingWhitespace().isEmpty`.
@Suite("PassWorker.isBlank")
struct PassWorkerBlankTests {
    @Test(arguments: [
        "", " ", "\n\n\t ", "\r\n", "\u{A0}", "\u{2028}\u{3000} \u{85}", "a", " a ", "\u{1}", "\u{7F}",
        " \u{301}", "\u{600} ", "\u{600}a", "é", "\u{200B}", "\u{A0}x", "\n\u{2009}.\n", "😀",
    ])
    func answersAsTrimmingDoes(text: String) {
        #expect(PassWorker.isBlank(text) == text.trimmingWhitespace().isEmpty, "\(text.debugDescription)")
    }
}
