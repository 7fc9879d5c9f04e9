import Testing

@testable import WinnowCore

/// The writer against the value tree's serialisation, the reference: the
/// same values must come out as the same bytes.
@Suite("JSONWriter")
struct JSONWriterTests {
    static let trickyStrings = [
        "", "plain", "quote \" and backslash \\", "\n\r\t", "\u{0}\u{1}\u{8}\u{B}\u{C}\u{1F}", "\u{7F}",
        "café — 😀 naïve", "日本語のテキスト", "\u{2028}\u{2029}", "</script>", "a/b", "12345678\"12345678",
        String(repeating: "x", count: 7) + "\u{1}" + String(repeating: "y", count: 9),
    ]

    @Test(arguments: trickyStrings) func stringsAreWrittenAsTheTreeWritesThem(text: String) {
        var json = JSONWriter()
        json.string(text)
        #expect(json.bytes == JSONValue.string(text).serializedBytes())
    }

    @Test func randomStringsAreWrittenAsTheTreeWritesThem() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "Z", " ", "\"", "\\", "\n", "\t", "\u{1}", "\u{1F}", "é", "—", "🌊", "\u{7F}", "/"]
        for _ in 0..<400 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            }.joined()
            var json = JSONWriter()
            json.string(text)
            #expect(json.bytes == JSONValue.string(text).serializedBytes(), "\(text.debugDescription)")
        }
    }

    @Test(arguments: [0, 1, -1, 9, 10, 42, -1_234_567, 1_000_000_007, Int.max, Int.min])
    func integersAreWrittenAsTheTreeWritesThem(value: Int) {
        var json = JSONWriter()
        json.number(value)
        #expect(json.bytes == JSONValue.number(JSONNumber(value)).serializedBytes())
        #expect(String(decoding: json.bytes, as: UTF8.self) == String(value))
    }

    @Test(arguments: [0.0, -0.0, 0.5, 0.912, 1.0 / 3.0, 0.1 + 0.2, -3.0, 1e-7, 1e15, 1e16, 1e20, 123456789012345.0])
    func doublesAreWrittenAsTheTreeWritesThem(value: Double) {
        var json = JSONWriter()
        json.number(value)
        #expect(json.bytes == JSONValue.number(JSONNumber(value)).serializedBytes())
    }

    @Test func nestedContainersAreWrittenAsTheTreeWritesThem() {
        var json = JSONWriter()
        json.beginObject()
        json.key("id")
        json.string("a\"b")
        json.key("empty")
        json.beginObject()
        json.endObject()
        json.key("none")
        json.beginArray()
        json.endArray()
        json.key("list")
        json.beginArray()
        json.number(1)
        json.number(2.5)
        json.bool(true)
        json.bool(false)
        json.null()
        json.string(nil as String?)
        json.number(nil as Int?)
        json.beginObject()
        json.key(escaping: "x\ny")
        json.word("fixed")
        json.endObject()
        json.beginArray()
        json.endArray()
        json.endArray()
        json.key("carried")
        json.value(.object(JSONObject(["k": ["v", 3, .object(JSONObject())]])))
        json.endObject()
        let tree: JSONValue = .object(
            JSONObject([
                "id": "a\"b",
                "empty": .object(JSONObject()),
                "none": [],
                "list": [1, 2.5, true, false, nil, nil, nil, .object(JSONObject(["x\ny": "fixed"])), []],
                "carried": .object(JSONObject(["k": ["v", 3, .object(JSONObject())]])),
            ])
        )
        #expect(json.bytes == tree.serializedBytes())
    }

    @Test func aSeparatorTakesTheCommasPlace() {
        var json = JSONWriter()
        json.number(1)
        json.separator(",\n  ")
        json.number(2)
        #expect(String(decoding: json.bytes, as: UTF8.self) == "1,\n  2")
    }
}
