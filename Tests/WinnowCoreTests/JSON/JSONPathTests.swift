import Testing

@testable import WinnowCore

@Suite("JSONPath")
struct JSONPathTests {
    @Test func rootIsTheTopLevel() {
        #expect(JSONPath.root.description == "(top level)")
        #expect(JSONPath().description == "(top level)")
        #expect(JSONPath.root.components.isEmpty)
    }

    @Test func keysAndIndexesPrintTheWayUsersWriteThem() {
        let path = JSONPath.root.appending("stages").appending(1).appending("threshold")
        #expect(path.description == "stages[1].threshold")
        #expect(path.components == [.key("stages"), .index(1), .key("threshold")])
    }

    @Test(arguments: [
        ([JSONPath.Component.key("version")], "version"),
        ([.index(0)], "[0]"),
        ([.index(2), .index(5)], "[2][5]"),
        ([.key("stages"), .index(0), .key("rules"), .index(3), .key("pattern")], "stages[0].rules[3].pattern"),
        ([.key("my key")], #"["my key"]"#),
        ([.key("stages"), .key("2nd")], #"stages["2nd"]"#),
        ([.key("a.b"), .key("c")], #"["a.b"].c"#),
        ([.key("")], #"[""]"#),
        ([.key("x"), .key("with space"), .key("y")], #"x["with space"].y"#),
        ([.key("_private"), .key("max-length"), .key("v2")], "_private.max-length.v2"),
        ([.key("größe"), .key("名前")], "größe.名前"),
    ])
    func descriptionsBracketKeysThatAreNotIdentifiers(components: [JSONPath.Component], expected: String) {
        #expect(JSONPath(components).description == expected)
    }

    @Test func appendingLeavesTheOriginalUnchanged() {
        let stages = JSONPath.root.appending("stages")
        let first = stages.appending(0)
        #expect(stages.description == "stages")
        #expect(first.description == "stages[0]")
        #expect(first == JSONPath([.key("stages"), .index(0)]))
        #expect(first != stages)
    }
}
