import Foundation
import Testing

@testable import WinnowCore

@Suite("JSONParser")
struct JSONParserTests {
    // MARK: Values

    @Test func scalarValuesOfEveryKindParse() throws {
        #expect(try JSONParser.parse("null") == .null)
        #expect(try JSONParser.parse("true") == .bool(true))
        #expect(try JSONParser.parse("false") == .bool(false))
        #expect(try JSONParser.parse("\"river\"") == .string("river"))
        #expect(try JSONParser.parse("0") == .number(JSONNumber(literal: "0")))
        #expect(try JSONParser.parse("-17") == .number(JSONNumber(literal: "-17")))
        #expect(try JSONParser.parse("6.02E+23") == .number(JSONNumber(literal: "6.02E+23")))
        #expect(try JSONParser.parse("[]") == .array([]))
        #expect(try JSONParser.parse("{}") == .object(JSONObject()))
    }

    /// Strings without escapes are scanned eight bytes at a time: a
    /// quote, backslash, control byte or broken UTF-8 at any offset from
    /// the word boundary is still found.
    @Test func specialBytesAreFoundAtEveryOffsetInAString() throws {
        for offset in 0..<20 {
            let lead = String(repeating: "é", count: offset / 2) + String(repeating: "a", count: offset % 2)
            #expect(try JSONParser.parse("\"\(lead)\\\"x\"") == .string(lead + "\"x"))
            #expect(try JSONParser.parse("\"\(lead)\\u00e9\\n\"") == .string(lead + "é\n"))
            #expect(try JSONParser.parse("\"\(lead)\"") == .string(lead))
            #expect(throws: JSONSyntaxError.self) { try JSONParser.parse("\"\(lead)\u{1}\"") }
            #expect(throws: JSONSyntaxError.self) { try JSONParser.parse("\"\(lead)") }
            var broken = Array("\"\(lead)".utf8)
            broken += [0xC3, UInt8(ascii: "\"")]
            #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(broken) }
        }
    }

    @Test func containersHoldNestedValues() throws {
        let value = try JSONParser.parse(#"{"stages": [{"name": "html", "keep": [1, true, null]}], "version": 1}"#)
        let expected: JSONValue = .object(
            JSONObject([
                "stages": .array([
                    .object(JSONObject(["name": "html", "keep": [1, true, nil]]))
                ]),
                "version": 1,
            ])
        )
        #expect(value == expected)
    }

    @Test func surroundingWhitespaceOfAllFourKindsIsAllowed() throws {
        #expect(try JSONParser.parse(" \t\r\n[ 1 ,\n\t2 ]\r\n ") == [1, 2])
    }

    @Test func objectsKeepKeysInDocumentOrder() throws {
        let value = try JSONParser.parse(#"{"zulu": 1, "alpha": 2, "mike": 3, "bravo": 4}"#)
        let object = try #require(value.objectValue)
        #expect(object.keys == ["zulu", "alpha", "mike", "bravo"])
        #expect(object.map(\.key) == ["zulu", "alpha", "mike", "bravo"])
        #expect(object["mike"] == 3)
    }

    @Test(arguments: ["1.10", "0.50", "-0", "1e5", "1E-05", "2.50e+10", "12345678901234567890123", "0.000"])
    func numbersKeepTheirLiteral(literal: String) throws {
        let value = try JSONParser.parse("[\(literal)]")
        guard case .array(let elements) = value, case .number(let number)? = elements.first else {
            Issue.record("expected an array holding a number, got \(value)")
            return
        }
        #expect(number.literal == literal)
        #expect(value.serialized() == "[\(literal)]")
    }

    @Test func parsedNumbersGiveIntAndDoubleValues() throws {
        func number(_ text: String) throws -> JSONNumber {
            guard case .number(let number) = try JSONParser.parse(text) else { throw JSONTestFailure.notANumber }
            return number
        }
        #expect(try number("128").intValue == 128)
        #expect(try number("-42").intValue == -42)
        #expect(try number("1.10").intValue == nil)
        #expect(try number("1.10").doubleValue == 1.1)
        #expect(try number("2.0").intValue == 2)
        #expect(try number("3e2").intValue == 300)
        #expect(try number("-2.5E-3").doubleValue == -0.0025)
    }

    @Test func parsingAcceptsAnyCollectionOfBytes() throws {
        let data = Data(#"{"k": "v"}"#.utf8)
        #expect(try JSONParser.parse(data) == .object(JSONObject(["k": "v"])))
        let slice = Array("xx[true]yy".utf8)[2..<8]
        #expect(try JSONParser.parse(slice) == [true])
    }

    // MARK: Strings

    @Test func simpleEscapesDecode() throws {
        let value = try JSONParser.parse(#""q\" b\\ s\/ \b\f\n\r\t""#)
        #expect(value == .string("q\" b\\ s/ \u{8}\u{C}\n\r\t"))
    }

    @Test func unicodeEscapesDecodeInEitherCase() throws {
        #expect(try JSONParser.parse(#""caf\u00e9 caf\u00E9 \u0041""#) == .string("café café A"))
        #expect(try JSONParser.parse(#""\u4e2d\u6587""#) == .string("中文"))
        #expect(try JSONParser.parse(#""nul:\u0000.""#) == .string("nul:\u{0}."))
    }

    @Test func surrogatePairEscapesCombineIntoOneScalar() throws {
        let value = try JSONParser.parse(#""wave \ud83c\udf0a and \uD83D\uDE00""#)
        #expect(value == .string("wave 🌊 and 😀"))
        #expect(
            value.stringValue?.unicodeScalars.map(\.value) == [
                0x77, 0x61, 0x76, 0x65, 0x20, 0x1F30A, 0x20, 0x61, 0x6E, 0x64, 0x20, 0x1F600,
            ]
        )
    }

    @Test func rawNonASCIITextPassesThrough() throws {
        #expect(try JSONParser.parse("\"Καλημέρα, 世界 🌍\"") == .string("Καλημέρα, 世界 🌍"))
    }

    @Test(
        arguments: [
            [0x22, 0xFF, 0x22],  // a byte that never appears in UTF-8
            [0x22, 0x61, 0xC3, 0x22],  // a lead byte without its continuation
            [0x22, 0xC0, 0xAF, 0x22],  // an overlong encoding of '/'
            [0x22, 0xED, 0xA0, 0x80, 0x22],  // a surrogate encoded directly
            [0x22, 0x80, 0x22],  // a stray continuation byte
        ] as [[UInt8]]
    )
    func invalidUTF8InsideAStringIsRejectedAtTheStringsStart(bytes: [UInt8]) {
        let document = Array("{\"k\": ".utf8) + bytes + Array("}".utf8)
        #expect(throws: JSONSyntaxError(line: 1, column: 7, message: "invalid UTF-8 inside a string")) {
            try JSONParser.parse(document)
        }
    }

    // MARK: Errors

    struct BadDocument: CustomTestStringConvertible, Sendable {
        var text: String
        var line: Int
        var column: Int
        var message: String
        var testDescription: String { message }
    }

    static let badDocuments: [BadDocument] = [
        // trailing commas
        .init(text: #"{"a": 1,}"#, line: 1, column: 9, message: "trailing comma before '}'"),
        .init(text: "[1, 2, ]", line: 1, column: 8, message: "trailing comma before ']'"),
        .init(text: "{\n  \"a\": 1,\n  \"b\": 2,\n}", line: 4, column: 1, message: "trailing comma before '}'"),
        // missing commas
        .init(
            text: "[1 2]",
            line: 1,
            column: 4,
            message: "unexpected '2', expected ',' or ']' after a value in an array"
        ),
        .init(
            text: #"{"a": 1 "b": 2}"#,
            line: 1,
            column: 9,
            message: #"unexpected '"', expected ',' or '}' after a value in an object"#
        ),
        .init(
            text: "{\n  \"a\": true\n  \"b\": false\n}",
            line: 3,
            column: 3,
            message: #"unexpected '"', expected ',' or '}' after a value in an object"#
        ),
        // unterminated strings point at the opening quote
        .init(text: #"{"title": "Storm warning"#, line: 1, column: 11, message: "unterminated string"),
        .init(text: "[\n  \"one\",\n  \"two", line: 3, column: 3, message: "unterminated string"),
        // duplicate keys point at the second key
        .init(text: #"{"id": 1, "id": 2}"#, line: 1, column: 11, message: #"duplicate key "id""#),
        .init(
            text: "{\n  \"x\": {\"deep\": 1},\n  \"y\": 2,\n  \"x\": 3\n}",
            line: 4,
            column: 3,
            message: #"duplicate key "x""#
        ),
        // leading zeros
        .init(text: "[012]", line: 1, column: 3, message: "numbers cannot have leading zeros"),
        .init(text: #"{"n": -007}"#, line: 1, column: 9, message: "numbers cannot have leading zeros"),
        // escapes
        .init(text: #""tab\x""#, line: 1, column: 6, message: #"invalid escape \'x'"#),
        .init(text: #""\u12G4""#, line: 1, column: 6, message: #"invalid hex digit in \u escape"#),
        .init(text: #""\u12""#, line: 1, column: 4, message: #"incomplete \u escape"#),
        .init(text: "\"end\\", line: 1, column: 6, message: "unterminated escape sequence"),
        // surrogates
        .init(text: #""\ud800""#, line: 1, column: 8, message: #"unpaired surrogate \uD800"#),
        .init(text: #""\udc00 low first""#, line: 1, column: 8, message: #"unpaired surrogate \uDC00"#),
        .init(text: #""\uD83D\u0041""#, line: 1, column: 14, message: #"unpaired surrogate \uD83D"#),
        .init(text: #""\uD83Dx""#, line: 1, column: 8, message: #"unpaired surrogate \uD83D"#),
        // control characters
        .init(
            text: "\"a\tb\"",
            line: 1,
            column: 3,
            message: #"control character U+0009 inside a string; escape it as \n, \t or \u"#
        ),
        .init(
            text: "{\"k\": \"line one\nline two\"}",
            line: 1,
            column: 16,
            message: #"control character U+000A inside a string; escape it as \n, \t or \u"#
        ),
        .init(
            text: "\"\u{1F}\"",
            line: 1,
            column: 2,
            message: #"control character U+001F inside a string; escape it as \n, \t or \u"#
        ),
        // trailing garbage
        .init(text: "{} x", line: 1, column: 4, message: "unexpected 'x' after the end of the document"),
        .init(text: "[1]\n[2]", line: 2, column: 1, message: "unexpected '[' after the end of the document"),
        .init(text: "1 2", line: 1, column: 3, message: "unexpected '2' after the end of the document"),
        .init(text: "null\u{A0}", line: 1, column: 5, message: "unexpected byte 0xC2 after the end of the document"),
        // empty and truncated input
        .init(text: "", line: 1, column: 1, message: "unexpected end of input, expected a value"),
        .init(text: "  \n  ", line: 2, column: 3, message: "unexpected end of input, expected a value"),
        .init(text: "[", line: 1, column: 2, message: "unexpected end of input, expected a value"),
        .init(text: "{", line: 1, column: 2, message: "unexpected end of input, expected a key in double quotes"),
        .init(
            text: #"{"a":1"#,
            line: 1,
            column: 7,
            message: "unexpected end of input, expected ',' or '}' after a value in an object"
        ),
        // other shapes
        .init(text: "{a: 1}", line: 1, column: 2, message: "unexpected 'a', expected a key in double quotes"),
        .init(text: #"{"a",}"#, line: 1, column: 5, message: #"unexpected ',', expected ':' after key "a""#),
        .init(text: #"{"a":1,,}"#, line: 1, column: 8, message: "unexpected ',', expected a key in double quotes"),
        .init(text: "[tru]", line: 1, column: 2, message: "unexpected 't', expected a value"),
        .init(text: "[nil]", line: 1, column: 2, message: "unexpected 'n', expected a value"),
        .init(text: "'single'", line: 1, column: 1, message: "unexpected ''', expected a value"),
        .init(text: "+1", line: 1, column: 1, message: "unexpected '+', expected a value"),
        .init(text: ".5", line: 1, column: 1, message: "unexpected '.', expected a value"),
        .init(text: "-", line: 1, column: 2, message: "expected a digit in a number"),
        .init(text: "-x", line: 1, column: 2, message: "expected a digit in a number"),
        .init(text: "1.", line: 1, column: 3, message: "expected a digit after '.'"),
        .init(text: "1.e5", line: 1, column: 3, message: "expected a digit after '.'"),
        .init(text: "1e+", line: 1, column: 4, message: "expected a digit in the exponent"),
        .init(text: "[NaN]", line: 1, column: 2, message: "unexpected 'N', expected a value"),
        // columns count characters, not bytes
        .init(text: #"{"é": x}"#, line: 1, column: 7, message: "unexpected 'x', expected a value"),
        .init(
            text: "[\"日本\", \"🌊\" ?]",
            line: 1,
            column: 12,
            message: "unexpected '?', expected ',' or ']' after a value in an array"
        ),
    ]

    @Test(arguments: badDocuments)
    func errorsCarryLineColumnAndMessage(_ bad: BadDocument) {
        #expect(throws: JSONSyntaxError(line: bad.line, column: bad.column, message: bad.message)) {
            try JSONParser.parse(bad.text)
        }
    }

    @Test func errorDescriptionNamesLineAndColumn() {
        let error = JSONSyntaxError(line: 3, column: 14, message: "trailing comma before ']'")
        #expect(error.description == "line 3, column 14: trailing comma before ']'")
    }

    @Test func nestingOf512LevelsIsAccepted() throws {
        let text = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        var value = try JSONParser.parse(text)
        var depth = 0
        while case .array(let elements) = value {
            depth += 1
            guard let inner = elements.first else { break }
            value = inner
        }
        #expect(depth == 512)
    }

    @Test func nestingDeeperThan512LevelsIsRejectedAtTheOpeningBracket() {
        let arrays = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        #expect(throws: JSONSyntaxError(line: 1, column: 513, message: "nesting deeper than 512 levels")) {
            try JSONParser.parse(arrays)
        }
        let objects = String(repeating: #"{"k":"#, count: 600) + "1" + String(repeating: "}", count: 600)
        #expect(throws: JSONSyntaxError(line: 1, column: 512 * 5 + 1, message: "nesting deeper than 512 levels")) {
            try JSONParser.parse(objects)
        }
    }

    @Test func closedContainersDoNotCountTowardsTheDepthLimit() throws {
        let siblings =
            "["
            + Array(repeating: String(repeating: "[", count: 300) + String(repeating: "]", count: 300), count: 3)
            .joined(separator: ",") + "]"
        guard case .array(let elements) = try JSONParser.parse(siblings) else {
            Issue.record("expected an array")
            return
        }
        #expect(elements.count == 3)
    }

    // MARK: Reference check against Foundation

    static let referenceDocuments: [String] = [
        #"{"title": "Harbour reopens", "score": 0.75, "tags": ["port", "weather"], "draft": false, "editor": null}"#,
        "[1, -2, 3.5, 1e3, -0.25E-2, 0, 1.10]",
        #""caf\u00e9 \ud83c\udf0a""#,
        #"{"nested": {"deeper": {"deepest": [[], {}, [[]], [{}]]}}}"#,
        #""quote \" backslash \\ slash \/ tab \t newline \n return \r""#,
        "{\"ünïcödé\": \"日本語のテキスト\", \"emoji\": \"👋🏽 family 👨‍👩‍👧\"}",
        "  true  ",
        "null",
        #"{"control": "\u0001\u001f\b\f and \u007f"}"#,
        #"[{"id": "a1", "n": 12345678901234}, {"id": "a2", "n": -98765}]"#,
        #"{"empty": "", "space key ": " ", "": "empty key", "a/b": "c"}"#,
        "{\r\n\t\"a\" : [ 1 , 2 ] ,\r\n\t\"b\" : { }\r\n}",
        "[0.1, 100.0, 2.50, 1E+2, 9007199254740991]",
        #"{"a": [true, false, null, "x", 1, {"b": [2, {"c": "d"}]}]}"#,
        "\"Greek Καλημέρα, Arabic مرحبا, Hindi नमस्ते\"",
        #"["\u2028 and \u2029 separators", "<script>\u003c/script>"]"#,
    ]

    @Test(arguments: referenceDocuments)
    func serializedOutputReparsedByFoundationEqualsFoundationsParseOfTheOriginal(document: String) throws {
        let value = try JSONParser.parse(document)
        let reference = try JSONSerialization.jsonObject(with: Data(document.utf8), options: [.fragmentsAllowed])
        for pretty in [false, true] {
            let serialized = value.serialized(pretty: pretty)
            let reparsed = try JSONSerialization.jsonObject(with: Data(serialized.utf8), options: [.fragmentsAllowed])
            #expect(
                NormalizedJSON(foundation: reparsed) == NormalizedJSON(foundation: reference),
                "serialized as \(serialized)"
            )
        }
        #expect(NormalizedJSON(value) == NormalizedJSON(foundation: reference))
    }

    @Test(arguments: referenceDocuments)
    func serializingThenParsingGivesAnEqualValue(document: String) throws {
        let value = try JSONParser.parse(document)
        #expect(try JSONParser.parse(value.serialized()) == value)
        #expect(try JSONParser.parse(value.serialized(pretty: true)) == value)
    }
}

private enum JSONTestFailure: Error {
    case notANumber
}

/// A JSON value reduced to what both parsers agree on: object keys without
/// order, numbers as doubles, strings by their scalars.
private indirect enum NormalizedJSON: Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string([UInt32])
    case array([NormalizedJSON])
    case object([String: NormalizedJSON])

    init(_ value: JSONValue) {
        switch value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .number(let number): self = .number(number.doubleValue)
        case .string(let text): self = .string(text.unicodeScalars.map(\.value))
        case .array(let elements): self = .array(elements.map(NormalizedJSON.init))
        case .object(let object):
            self = .object(Dictionary(uniqueKeysWithValues: object.map { ($0.key, NormalizedJSON($0.value)) }))
        }
    }

    init(foundation value: Any) {
        switch value {
        case is NSNull:
            self = .null
        case let text as String:
            self = .string(text.unicodeScalars.map(\.value))
        case let array as [Any]:
            self = .array(array.map { NormalizedJSON(foundation: $0) })
        case let dictionary as [String: Any]:
            self = .object(dictionary.mapValues { NormalizedJSON(foundation: $0) })
        case let number as NSNumber:
            // Foundation hands JSON booleans back as NSNumbers of ObjC type "c".
            if String(cString: number.objCType) == "c" {
                self = .bool(number.boolValue)
            } else {
                self = .number(number.doubleValue)
            }
        default:
            self = .string(Array("unexpected \(type(of: value))".unicodeScalars.map(\.value)))
        }
    }
}
