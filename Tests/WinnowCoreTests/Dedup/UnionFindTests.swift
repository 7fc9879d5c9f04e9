import Testing

@testable import WinnowCore

@Suite("UnionFind")
struct UnionFindTests {
    @Test func singletonsAreNotGroups() {
        var sets = UnionFind(count: 5)
        #expect(sets.groups() == [])
        for element in 0..<5 { #expect(sets.find(element) == element) }
    }

    @Test func unionsFormSortedGroupsOrderedByTheirSmallestMember() {
        var sets = UnionFind(count: 10)
        sets.union(9, 7)
        sets.union(2, 8)
        sets.union(5, 4)
        #expect(sets.groups() == [[2, 8], [4, 5], [7, 9]])
    }

    @Test func unionsAreTransitive() {
        var sets = UnionFind(count: 8)
        sets.union(0, 1)
        sets.union(1, 2)
        sets.union(6, 2)
        sets.union(3, 4)
        #expect(sets.find(0) == sets.find(6))
        #expect(sets.find(3) == sets.find(4))
        #expect(sets.find(0) != sets.find(3))
        #expect(sets.groups() == [[0, 1, 2, 6], [3, 4]])
        sets.union(4, 0)
        #expect(sets.groups() == [[0, 1, 2, 3, 4, 6]])
    }

    @Test func repeatedAndSelfUnionsChangeNothing() {
        var sets = UnionFind(count: 4)
        sets.union(1, 2)
        sets.union(2, 1)
        sets.union(1, 2)
        sets.union(3, 3)
        #expect(sets.groups() == [[1, 2]])
    }

    @Test func groupSizesCountEveryMember() {
        var sets = UnionFind(count: 20)
        for element in stride(from: 0, to: 20, by: 2) where element > 0 { sets.union(0, element) }
        for element in stride(from: 3, to: 20, by: 2) { sets.union(element - 2, element) }
        let groups = sets.groups()
        #expect(groups.map(\.count) == [10, 10])
        #expect(groups[0] == Array(stride(from: 0, to: 20, by: 2)))
        #expect(groups[1] == Array(stride(from: 1, to: 20, by: 2)))
    }

    @Test func theLargerSetKeepsItsRepresentative() {
        var sets = UnionFind(count: 6)
        sets.union(0, 1)
        sets.union(0, 2)
        let root = sets.find(2)
        sets.union(5, 1)  // a single element joins the set of three
        #expect(sets.find(5) == root)
        #expect(sets.find(0) == root)
    }

    @Test func aLongChainBecomesOneGroup() {
        let count = 20_000
        var sets = UnionFind(count: count)
        for element in 1..<count { sets.union(element, element - 1) }
        let groups = sets.groups()
        #expect(groups.count == 1)
        #expect(groups.first?.count == count)
        #expect(sets.find(0) == sets.find(count - 1))
    }

    @Test func anEmptyStructureHasNoGroups() {
        var sets = UnionFind(count: 0)
        #expect(sets.groups() == [])
    }

    @Test func groupsEqualAReferenceBuiltByRoot() {
        var random = DedupTestRandom(seed: 0x0F1D)
        for round in 0..<50 {
            let count = 1 + random.below(300)
            var sets = UnionFind(count: count)
            for _ in 0..<random.below(round.isMultiple(of: 2) ? count : count * 2) {
                sets.union(random.below(count), random.below(count))
            }
            // The reference: members by representative, then sorted.
            var byRoot: [Int: [Int]] = [:]
            for element in 0..<count { byRoot[sets.find(element), default: []].append(element) }
            let expected = byRoot.values.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
            #expect(sets.groups() == expected)
        }
    }
}
