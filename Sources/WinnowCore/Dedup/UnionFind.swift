/// Disjoint sets over `0..<count` with path halving and union by size.
public struct UnionFind: Sendable {
    private var parent: [Int]
    private var size: [Int]

    public init(count: Int) {
        parent = Array(0..<count)
        size = Array(repeating: 1, count: count)
    }

    /// The representative of `element`'s set.
    ///
    /// - Complexity: amortised nearly O(1).
    public mutating func find(_ element: Int) -> Int {
        var node = element
        while parent[node] != node {
            parent[node] = parent[parent[node]]
            node = parent[node]
        }
        return node
    }

    /// Merges the sets of `a` and `b`.
    public mutating func union(_ a: Int, _ b: Int) {
        var rootA = find(a)
        var rootB = find(b)
        guard rootA != rootB else { return }
        if size[rootA] < size[rootB] { swap(&rootA, &rootB) }
        parent[rootB] = rootA
        size[rootA] += size[rootB]
    }

    /// The sets with more than one element, each sorted, ordered by their
    /// smallest element.
    ///
    /// Elements are visited in order, so each set is opened at its smallest
    /// element and filled in ascending order: no dictionary and no sort.
    ///
    /// - Complexity: O(*n*) for *n* elements.
    public mutating func groups() -> [[Int]] {
        var slot = [Int](repeating: -1, count: parent.count)
        var groups: [[Int]] = []
        for element in parent.indices {
            let root = find(element)
            guard size[root] > 1 else { continue }
            if slot[root] < 0 {
                slot[root] = groups.count
                groups.append([])
                groups[groups.count - 1].reserveCapacity(size[root])
            }
            groups[slot[root]].append(element)
        }
        return groups
    }
}
