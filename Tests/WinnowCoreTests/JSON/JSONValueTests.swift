import Testing

@testable import WinnowCore

@Suite("JSONValue")
struct JSONValueTests {
    // MARK: Serialization

    /// The word-at-a-time scan escapes exactly what a byte-by-byte one
    /// does, wherever in a string the special bytes fall.
    @Test func stringsAreEscapedWhereverTheirSpecialCharactersFall() throws {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "Z", " ", "\"", "\\", "\n", "\t", "\u{1}", "\u{1F}", "é", "—", "🌊", "\u{7F}", "/"]
        for _ in 0..<400 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined()
            let written = JSONValue.string(text).serialized()
            let parsed = try JSONParser.parse(Array(written.utf8))
            #expect(parsed == .string(text), "\(written)")
            #expect(!written.dropFirst().dropLast().utf8.contains { $0 < 0x20 })
        }
    }

    @Test func compactSerializationHasNoSpaces() {
        let value: JSONValue = .object(
            JSONObject(["b": [1, 2.5, true, nil], "a": "x", "empty": .object(JSONObject()), "none": []])
        )
        #expect(value.serialized() == #"{"b":[1,2.5,true,null],"a":"x","empty":{},"none":[]}"#)
    }

    @Test func prettySerializationIndentsWithTwoSpaces() {
        let value: JSONValue = .object(
            JSONObject(["a": [1, 2], "b": .object(JSONObject()), "c": .object(JSONObject(["d": []]))])
        )
        let expected = """
            {
              "a": [
                1,
                2
              ],
              "b": {},
              "c": {
                "d": []
              }
            }
            """
        #expect(value.serialized(pretty: true) == expected)
    }

    @Test func scalarsSerializeAsTheirJSONText() {
        #expect(JSONValue.null.serialized() == "null")
        #expect(JSONValue.bool(true).serialized() == "true")
        #expect(JSONValue.bool(false).serialized(pretty: true) == "false")
        #expect(JSONValue.number(JSONNumber(literal: "1.10")).serialized() == "1.10")
        #expect(JSONValue.string("plain").serialized() == #""plain""#)
    }

    @Test func quotesBackslashesAndControlCharactersAreEscaped() {
        let text = "say \"hi\" \\ path\n\r\t\u{0}\u{1}\u{8}\u{C}\u{1B}\u{1F}"
        #expect(
            JSONValue.string(text).serialized() == #""say \"hi\" \\ path\n\r\t\u0000\u0001\u0008\u000c\u001b\u001f""#
        )
    }

    @Test func nonASCIIAndOtherCharactersAreWrittenAsTheyAre() {
        let text = "é 中文 🌊 👨‍👩‍👧 \u{7F} \u{2028} / '"
        #expect(JSONValue.string(text).serialized() == "\"" + text + "\"")
    }

    @Test func objectKeysAreEscapedLikeStrings() {
        let value: JSONValue = .object(JSONObject(["line\nbreak \"q\"": 1]))
        #expect(value.serialized() == #"{"line\nbreak \"q\"":1}"#)
    }

    @Test(arguments: [
        "",
        "\u{0}",
        "ends with a backslash \\",
        "\u{1F}\u{20}\u{7E}\u{7F}\u{80}\u{FFFD}\u{10FFFF}",
        "e\u{301} vs é",
        "\r\n\t mixed \u{B} vertical tab",
    ])
    func everyStringRoundTripsThroughSerialization(text: String) throws {
        let value = JSONValue.string(text)
        let reparsed = try JSONParser.parse(value.serialized())
        #expect(reparsed == value)
        #expect(reparsed.stringValue?.unicodeScalars.elementsEqual(text.unicodeScalars) == true)
    }

    @Test func serializationKeepsObjectKeyOrder() throws {
        let text = #"{"z":1,"y":{"b":2,"a":3},"x":[{"q":1,"p":2}]}"#
        #expect(try JSONParser.parse(text).serialized() == text)
    }

    // MARK: Literals and accessors

    @Test func literalsBuildTheMatchingCases() {
        let value: JSONValue = ["text", 7, 2.5, true, nil]
        #expect(
            value
                == .array([
                    .string("text"), .number(JSONNumber(literal: "7")), .number(JSONNumber(literal: "2.5")),
                    .bool(true),
                    .null,
                ])
        )
    }

    @Test func optionalStringInitialiserGivesStringOrNull() {
        #expect(JSONValue("news") == .string("news"))
        #expect(JSONValue(nil as String?) == .null)
    }

    @Test func phraseNamesTheValueForErrorMessages() {
        #expect(JSONValue.null.phrase == "null")
        #expect(JSONValue.bool(false).phrase == "false")
        #expect(JSONValue.number(JSONNumber(literal: "0.80")).phrase == "0.80")
        #expect(JSONValue.string("0.8").phrase == #"the string "0.8""#)
        #expect(JSONValue.array([]).phrase == "an array")
        #expect(JSONValue.object(JSONObject()).phrase == "an object")
    }

    @Test func phraseShortensStringsLongerThanFortyCharacters() {
        let forty = String(repeating: "abcd", count: 10)
        #expect(JSONValue.string(forty).phrase == "the string \"\(forty)\"")
        #expect(JSONValue.string(forty + "e").phrase == "the string \"\(forty)…\"")
    }

    @Test func stringAndObjectValuesAreNilForOtherKinds() {
        #expect(JSONValue.string("s").stringValue == "s")
        #expect(JSONValue.number(JSONNumber(1)).stringValue == nil)
        #expect(JSONValue.object(JSONObject(["k": 1])).objectValue == JSONObject(["k": 1]))
        #expect(JSONValue.array([]).objectValue == nil)
    }

    @Test func numbersWithDifferentLiteralsAreDifferentValues() throws {
        #expect(try JSONParser.parse("1.10") != JSONParser.parse("1.1"))
        #expect(try JSONParser.parse("1.10") == JSONParser.parse("1.10"))
    }
}
