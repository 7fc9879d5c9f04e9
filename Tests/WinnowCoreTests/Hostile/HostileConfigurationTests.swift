import Foundation
import Testing

@testable import WinnowCore

/// Configurations that are broken, and a user rule whose regex backtracks
/// catastrophically: broken ones stop before any work with the JSON path
/// and what was expected; the runaway regex costs at most its time limit
/// per record, which is rejected with the rule and line.
@Suite("hostile input: configuration")
struct HostileConfigurationTests {
    private func message(_ json: String) -> String {
        do {
            _ = try PipelineConfiguration.parse(json, file: "pipeline.json")
            return "no error"
        } catch {
            return error.description
        }
    }

    @Test(arguments: [
        (
            #"{"version": 1, "stages": [{"stage": "html", "maxDepth": 0}]}"#,
            "pipeline.json: stages[0].maxDepth: expected an integer from 16 to 100000, found 0"
        ),
        (
            #"{"version": 1, "stages": [{"stage": "boilerplate", "regexTimeLimit": 0}]}"#,
            "pipeline.json: stages[0].regexTimeLimit: expected an integer from 1 to 60000, found 0"
        ),
        (
            #"{"version": 1, "stages": [{"stage": "boilerplate", "regexTimeLimit": 60001}]}"#,
            "pipeline.json: stages[0].regexTimeLimit: expected an integer from 1 to 60000, found 60001"
        ),
        (
            #"{"version": 1, "stages": [{"stage": "dedup", "threshold": -0.5}]}"#,
            "pipeline.json: stages[0].threshold: expected a number in (0, 1], found -0.5"
        ),
        (
            #"{"version": 1, "stages": [{"stage": "dedup", "permutations": 1e400}]}"#,
            "pipeline.json: stages[0].permutations: expected an integer from 1 to 8192, found 1e400"
        ),
    ])
    func valuesOutOfRangeNameThePathAndTheRange(json: String, expected: String) {
        #expect(message(json) == expected)
    }

    @Test(arguments: [
        (
            #"{"version": 1, "stages": [{"stage": "boilerplate", "regexTimeLimit": "100ms"}]}"#,
            #"pipeline.json: stages[0].regexTimeLimit: expected an integer from 1 to 60000, found the string "100ms""#
        ),
        (
            #"{"version": 1, "stages": [{"stage": "boilerplate", "builtIn": "yes"}]}"#,
            #"pipeline.json: stages[0].builtIn: expected true or false, found the string "yes""#
        ),
        (
            #"{"version": 1, "stages": [{"stage": "boilerplate", "rules": {"name": "promo"}}]}"#,
            #"pipeline.json: stages[0].rules: expected a list of rules like {"name": "promo", "regex": "^Promo:"}, found an object"#
        ),
        (
            #"{"version": "1", "stages": []}"#,
            #"pipeline.json: version: expected the number 1, found the string "1""#
        ),
        (
            #"{"version": 1, "stages": {"stage": "html"}}"#,
            #"pipeline.json: stages: expected a list of stages such as [{"stage": "html"}], found an object"#
        ),
    ])
    func valuesOfTheWrongTypeNameThePathAndTheType(json: String, expected: String) {
        #expect(message(json) == expected)
    }

    @Test(arguments: [
        (
            #"(unclosed"#,
            #"pipeline.json: stages[0].rules[0].regex: invalid regular expression "(unclosed": expected ')'"#
        ),
        (
            #"[z-a]"#,
            #"pipeline.json: stages[0].rules[0].regex: invalid regular expression "[z-a]": character 'z' must compare less than or equal to 'a'"#
        ),
        (
            #"a{2,1}"#,
            #"pipeline.json: stages[0].rules[0].regex: invalid regular expression "a{2,1}": range lower bound '2' must be less than or equal to upper bound '1'"#
        ),
    ])
    func aRegexThatDoesNotCompileIsNamed(pattern: String, expected: String) {
        var rule = JSONObject()
        rule["name"] = "mine"
        rule["regex"] = .string(pattern)
        let json =
            #"{"version": 1, "stages": [{"stage": "boilerplate", "rules": ["# + JSONValue.object(rule).serialized()
            + "]}]}"
        #expect(message(json) == expected)
    }

    @Test(arguments: [
        (
            #"{"version": 1, "stages": [{"stage": "html"}"#,
            "pipeline.json:1:44: invalid JSON: unexpected end of input, expected ',' or ']' after a value in an array"
        ),
        (#"{"version": 1, "sta"#, "pipeline.json:1:16: invalid JSON: unterminated string"),
        ("", "pipeline.json:1:1: invalid JSON: unexpected end of input, expected a value"),
        (
            "{\"version\": 1,\n \"stages\": [\n",
            "pipeline.json:3:1: invalid JSON: unexpected end of input, expected a value"
        ),
    ])
    func truncatedJSONGivesTheLineAndColumn(json: String, expected: String) {
        #expect(message(json) == expected)
    }

    static let backtracking = """
        {"version": 1, "stages": [{"stage": "boilerplate", "regexTimeLimit": 50,
          "rules": [{"name": "nested", "regex": "^(a+)+$"}]}, {"stage": "normalize"}]}
        """

    @Test func aRegexThatBacktracksOnALongLineRejectsTheRecordWithinItsLimit() async throws {
        let run = try await HostileRun.run(Self.backtracking) { input in
            // Matching ^(a+)+$ against 40 a's and a "!" takes 2^40 steps:
            // hours without the limit.
            try input.write(
                "feed.jsonl",
                [
                    #"{"id": "trap", "text": "A normal first line.\n\n\#(String(repeating: "a", count: 40))!"}"#,
                    #"{"id": "match", "text": "Kept line.\n\naaaa"}"#,
                    #"{"id": "plain", "text": "Nothing here for the rule."}"#,
                ].joined(separator: "\n")
            )
        }
        defer { run.remove() }
        #expect(
            run.rejections == [
                .init(
                    id: "trap",
                    reason:
                        "stage 'boilerplate' (stages[0]): rule 'nested' gave up on line 3 (41 characters) after regexTimeLimit, 50 ms: the regex backtracks too much on it; make it simpler (no nested repetition such as (a+)+) or raise regexTimeLimit",
                    input: run.path("feed.jsonl") + ":1"
                )
            ]
        )
        #expect(run.text("match") == "Kept line.")
        #expect(run.text("plain") == "Nothing here for the rule.")
    }

    @Test func theTimeLimitIsOneOfTheStagesResolvedOptions() throws {
        let configuration = try PipelineConfiguration.parse(Self.backtracking, file: "pipeline.json")
        #expect(configuration.stages[0].resolvedOptions["regexTimeLimit"] == .number(JSONNumber(50)))
        let defaults = try PipelineConfiguration.parse(
            #"{"stages": [{"stage": "boilerplate"}]}"#,
            file: "pipeline.json"
        )
        #expect(defaults.stages[0].resolvedOptions["regexTimeLimit"] == .number(JSONNumber(100)))
    }

    @Test func aBoundedRegexGivesTheSameAnswersAsAnUnboundedOne() throws {
        let regex = try NSRegularExpression(pattern: #"^(Promo|Sponsored):\s+\w+"#)
        for line in ["Promo: buy now", "Sponsored:   x", "Not a Promo: line", "", "Promo:", "PROMO: shout"] {
            #expect(try regex.matches(line, within: .seconds(1)) == (regex.firstMatch(in: line) != nil), "\(line)")
        }
    }
}
