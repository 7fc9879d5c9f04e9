import Testing

@testable import WinnowCore

@Suite("JSONObject")
struct JSONObjectTests {
    @Test func pairsKeepTheirOrder() {
        let object = JSONObject(["c": 1, "a": 2, "b": 3])
        #expect(object.keys == ["c", "a", "b"])
        #expect(object.map(\.key) == ["c", "a", "b"])
        #expect(object.map(\.value) == [1, 2, 3])
        #expect(object.count == 3)
        #expect(!object.isEmpty)
    }

    @Test func emptyObjectHasNoKeys() {
        let object = JSONObject()
        #expect(object.isEmpty)
        #expect(object.count == 0)
        #expect(object.keys == [])
        #expect(object["anything"] == nil)
    }

    @Test func settingAnExistingKeyKeepsItsPosition() {
        var object = JSONObject(["first": 1, "second": 2, "third": 3])
        object["second"] = "changed"
        #expect(object.keys == ["first", "second", "third"])
        #expect(object["second"] == "changed")
    }

    @Test func settingANewKeyAppendsIt() {
        var object = JSONObject(["first": 1])
        object["zeroth"] = 0
        #expect(object.keys == ["first", "zeroth"])
    }

    @Test func settingNilRemovesTheKey() {
        var object = JSONObject(["a": 1, "b": 2, "c": 3])
        object["b"] = nil
        #expect(object.keys == ["a", "c"])
        #expect(object["b"] == nil)
        object["missing"] = nil
        #expect(object.keys == ["a", "c"])
        object["b"] = 4
        #expect(object.keys == ["a", "c", "b"])
    }

    @Test func settingJSONNullKeepsTheKey() {
        var object = JSONObject()
        object["k"] = .null
        #expect(object.keys == ["k"])
        #expect(object["k"] == .some(.null))
    }

    @Test func repeatedPairsKeepTheFirstPositionAndTheLastValue() {
        let object = JSONObject(["a": 1, "b": 2, "a": 3])
        #expect(object.keys == ["a", "b"])
        #expect(object["a"] == 3)
    }

    @Test func equalityDependsOnKeyOrder() {
        let ab = JSONObject(["a": 1, "b": 2])
        let ba = JSONObject(["b": 2, "a": 1])
        #expect(ab != ba)
        #expect(ab == JSONObject(["a": 1, "b": 2]))
        #expect(ab != JSONObject(["a": 1, "b": 3]))
    }

    @Test func equalObjectsHashEqually() {
        var built = JSONObject()
        built["x"] = [1, 2]
        built["y"] = "z"
        let literal = JSONObject(["x": [1, 2], "y": "z"])
        #expect(built == literal)
        #expect(built.hashValue == literal.hashValue)
        #expect(Set([built, literal]).count == 1)
    }
}
