import Testing

@testable import WinnowCore

@Suite("Record")
struct RecordTests {
    @Test(arguments: [
        ("https://www.example.com/news/2026/03/harbour", "example.com"),
        ("http://example.com", "example.com"),
        ("https://Example.COM/Path", "example.com"),
        ("HTTPS://WWW.EXAMPLE.ORG/", "example.org"),
        ("https://news.example.co.uk/world", "news.example.co.uk"),
        ("http://localhost:8080/feed", "localhost"),
        ("https://www.example.net:443/a?b=c", "example.net"),
        ("https://editor@example.org/draft", "example.org"),
        ("https://editor:s3cret@www.example.org:8443/draft", "example.org"),
        ("https://example.com?page=2", "example.com"),
        ("https://example.com#comments", "example.com"),
        ("https://example.com/@someone", "example.com"),
        ("ftp://files.example.net/archive.txt", "files.example.net"),
        ("https://wwwexample.com/", "wwwexample.com"),
        ("https://www.www.example.com/", "www.example.com"),
        ("https://[2001:db8::1]/item", "[2001:db8::1]"),
        ("https://192.0.2.7:3000/x", "192.0.2.7"),
    ])
    func sourceIsTheHostWithoutWWWPortOrUserInfo(url: String, expected: String) {
        #expect(Record.source(fromURL: url) == expected)
    }

    @Test(arguments: [
        "example.com/news",
        "www.example.com",
        "//example.com/scheme-relative",
        "mailto:desk@example.com",
        "",
        "https://",
        "https:///path-only",
        "https://www./",
        "https://user@/",
    ])
    func sourceIsNilWithoutASchemeOrHost(url: String) {
        #expect(Record.source(fromURL: url) == nil)
    }

    @Test func aPortAfterAnIPv6LiteralIsNotPartOfTheSource() {
        #expect(Record.source(fromURL: "https://[2001:db8::1]:8080/item") == "[2001:db8::1]")
    }

    @Test func initDerivesSourceFromURLWhenNoneIsGiven() {
        let record = Record(id: "a", content: .text("body"), url: "https://www.Example.org/x", origin: "in.jsonl:1")
        #expect(record.source == "example.org")
        #expect(record.url == "https://www.Example.org/x")
    }

    @Test func initKeepsAnExplicitSource() {
        let record = Record(
            id: "a",
            content: .text("body"),
            url: "https://www.example.org/x",
            source: "The Example Gazette",
            origin: "in.jsonl:1"
        )
        #expect(record.source == "The Example Gazette")
    }

    @Test func initWithoutURLOrSourceHasNoSource() {
        let record = Record(id: "a", content: .text("body"), origin: "a.txt")
        #expect(record.source == nil)
        #expect(record.url == nil)
        #expect(record.title == nil)
        #expect(record.published == nil)
        #expect(record.metadata.isEmpty)
        #expect(record.origin == "a.txt")
    }

    @Test func initWithAnUnparsableURLHasNoSource() {
        let record = Record(id: "a", content: .text("body"), url: "not a url", origin: "a.txt")
        #expect(record.source == nil)
        #expect(record.url == "not a url")
    }

    @Test func adoptURLFillsAMissingURLAndDerivesTheSource() {
        var record = Record(id: "a", content: .html("<p>x</p>"), origin: "a.html")
        record.adoptURL("https://www.example.com/canonical")
        #expect(record.url == "https://www.example.com/canonical")
        #expect(record.source == "example.com")
    }

    @Test func adoptURLNeverReplacesAnExistingURL() {
        var record = Record(id: "a", content: .text("x"), url: "https://first.example/a", origin: "a.txt")
        record.adoptURL("https://second.example/b")
        #expect(record.url == "https://first.example/a")
        #expect(record.source == "first.example")
    }

    @Test func adoptURLKeepsAnExistingSourceAndIgnoresEmptyCandidates() {
        var record = Record(id: "a", content: .text("x"), source: "Wire Service", origin: "a.txt")
        record.adoptURL("")
        #expect(record.url == nil)
        record.adoptURL("https://www.example.com/story")
        #expect(record.url == "https://www.example.com/story")
        #expect(record.source == "Wire Service")
    }

    @Test func bodyReadsAndWritesTheContentInItsCurrentForm() {
        var html = Record(id: "h", content: .html("<p>old</p>"), origin: "h.html")
        html.body = "<p>new</p>"
        #expect(html.content == .html("<p>new</p>"))
        var text = Record(id: "t", content: .text("old"), origin: "t.txt")
        #expect(text.body == "old")
        text.body = "new"
        #expect(text.content == .text("new"))
        #expect(Record.Content.html("<b>m</b>").string == "<b>m</b>")
    }
}
