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
    public mutating func groups() -> [[Int]] {
        var byRoot: [Int: [Int]] = [:]
        for element in parent.indices { byRoot[find(element), default: []].append(element) }
        return byRoot.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
    }
}
