import Testing

@testable import WinnowCore

@Suite("JSONNumber")
struct JSONNumberTests {
    @Test func integersKeepTheirDecimalText() {
        #expect(JSONNumber(128).literal == "128")
        #expect(JSONNumber(-5).literal == "-5")
        #expect(JSONNumber(0).description == "0")
    }

    @Test(arguments: [
        (0.8, "0.8"),
        (3.0, "3"),
        (-2.0, "-2"),
        (-0.0, "0"),
        (0.1 + 0.2, "0.30000000000000004"),
        (999_999_999_999_999.0, "999999999999999"),
        (1e15, "1000000000000000.0"),
        (1e16, "1e+16"),
        (1e20, "1e+20"),
        (1.5e-7, "1.5e-07"),
    ])
    func doublesGiveTheShortestLiteral(value: Double, literal: String) throws {
        let number = JSONNumber(value)
        #expect(number.literal == literal)
        // Every literal it makes is valid JSON that reads back as the same double.
        #expect(try JSONParser.parse(number.literal) == .number(number))
        #expect(number.doubleValue == value)
    }

    @Test(arguments: [
        ("42", 42 as Int?),
        ("-42", -42),
        ("0", 0),
        ("-0", 0),
        ("2.0", 2),
        ("-0.0", 0),
        ("1e2", 100),
        ("0.5e1", 5),
        ("1.5", nil),
        ("1e-1", nil),
        ("9223372036854775807", Int.max),
        ("9223372036854775808", nil),
        ("1e19", nil),
        ("8.9e18", 8_900_000_000_000_000_000),
        ("9.2e18", 9_200_000_000_000_000_000),
    ])
    func intValueIsTheWholeNumberWhenItFits(literal: String, expected: Int?) {
        #expect(JSONNumber(literal: literal).intValue == expected)
    }

    @Test(arguments: [
        ("1.10", 1.1),
        ("-2.5E-3", -0.0025),
        ("128", 128.0),
        ("6.02e23", 6.02e23),
    ])
    func doubleValueReadsTheLiteral(literal: String, expected: Double) {
        #expect(JSONNumber(literal: literal).doubleValue == expected)
    }

    @Test func equalityComparesLiterals() {
        #expect(JSONNumber(literal: "1.10") == JSONNumber(literal: "1.10"))
        #expect(JSONNumber(literal: "1.10") != JSONNumber(literal: "1.1"))
        #expect(JSONNumber(3) == JSONNumber(3.0))
    }
}
