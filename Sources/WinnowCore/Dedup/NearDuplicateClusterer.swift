/// Groups records into near-duplicate clusters: the reduce side of dedup.
///
/// The three steps stay separate so each can run on its own machine in a
/// sharded run: signing happens per record (``MinHasher``, map); the
/// ``BandIndex`` joins records sharing a band (shuffle); here each candidate
/// pair is verified (``PairVerifier``), verified pairs are merged with
/// union-find, and each merged group is checked against chaining (reduce).
///
/// Chaining guard: union-find joins A–B and B–C even when A and C have
/// nothing in common. So each group's canonical is chosen first, and every
/// member must itself match that canonical; the others leave the cluster
/// (a ``ChainingDecision`` each) and are clustered again among themselves.
public struct NearDuplicateClusterer: Sendable {
    public let verifier: PairVerifier
    public var parameters: LSHParameters { verifier.index.parameters }
    public var criteria: DuplicateCriteria { verifier.criteria }

    /// Members compared with each member to compute its centrality.
    public static let centralityReferences = 64

    public init(criteria: DuplicateCriteria, parameters: LSHParameters) {
        verifier = PairVerifier(criteria: criteria, parameters: parameters)
    }

    /// Clusters the records of `table`; a record without a sketch never
    /// joins a cluster.
    ///
    /// - Parameters:
    ///   - table: The batch's sketches in record order.
    ///   - chooser: Picks each cluster's canonical record.
    ///   - jobs: The threads that evaluate candidate pairs (the outcome is
    ///     the same for any number).
    /// - Complexity: O(*n* × *b* log *n*) for the join plus O(*p*) per
    ///   candidate pair, plus O(*m* × min(*m*, 64) × *p*) per cluster of
    ///   *m* members.
    public func cluster(_ table: SketchTable, chooser: some CanonicalChooser, jobs: Int = 1) -> DedupOutcome {
        var outcome = DedupOutcome()
        let candidates = verifier.index.candidatePairs(table, jobs: jobs)
        outcome.candidatePairs = candidates.count
        var verified: [(pair: CandidatePair, evidence: PairEvidence)] = []
        // Per record, how many candidates it was refused against for distinct
        // blocks (capped): a record that shares a frame with different stories.
        var blockRefusals = [UInt8](repeating: 0, count: table.count)
        let evidences = verifier.evaluate(candidates, in: table, jobs: jobs)
        for (pair, evidence) in zip(candidates, evidences) {
            switch evidence.verdict {
            case .duplicate: verified.append((pair, evidence))
            case .belowThreshold: outcome.refusedPairs.belowThreshold += 1
            case .tooShortToBeContained: outcome.refusedPairs.tooShortToBeContained += 1
            case .distinctBlocks:
                outcome.refusedPairs.distinctBlocks += 1
                for record in [pair.first, pair.second] where blockRefusals[record] < .max {
                    blockRefusals[record] += 1
                }
            }
        }
        let (shared, frames) = sharedParts(verified, table: table, into: &outcome)
        var sets = UnionFind(count: table.count)
        var neighbours: [Int: [Int]] = [:]
        for (pair, evidence) in verified {
            if frames.contains(pair.first) || frames.contains(pair.second) {
                outcome.refusedPairs.sharedFrame += 1
                continue
            }
            if evidence.verdict == .duplicate(.containment) {
                let inner = smaller(pair, table)
                if shared.contains(inner) {
                    outcome.refusedPairs.sharedPart += 1
                    continue
                }
                if blockRefusals[inner] >= Self.framedRefusals {
                    outcome.refusedPairs.sharedFrame += 1
                    continue
                }
            }
            outcome.verifiedPairs += 1
            sets.union(pair.first, pair.second)
            neighbours[pair.first, default: []].append(pair.second)
            neighbours[pair.second, default: []].append(pair.first)
        }
        for group in sets.groups() {
            resolve(group, table: table, verified: verified, neighbours: neighbours, chooser: chooser, into: &outcome)
        }
        outcome.clusters.sort { $0.members[0].record < $1.members[0].record }
        return outcome
    }

    /// Chooses the canonical of `group` (sorted record numbers, connected by
    /// verified pairs), keeps the members that match it, and clusters the
    /// rest again.
    private func resolve(
        _ group: [Int],
        table: SketchTable,
        verified: [(pair: CandidatePair, evidence: PairEvidence)],
        neighbours: [Int: [Int]],
        chooser: some CanonicalChooser,
        into outcome: inout DedupOutcome
    ) {
        guard group.count > 1 else { return }
        let centrality = self.centrality(of: group, table: table)
        let choice = chooser.choose(
            among: zip(group, centrality).map { CanonicalCandidate(record: $0, centrality: $1) }
        )
        let canonical = group[choice.position]
        var members: [ClusterMember] = []
        var detached: [Int] = []
        var detachedEvidence: [PairEvidence] = []
        for (position, record) in group.enumerated() {
            if record == canonical {
                members.append(ClusterMember(record: record, centrality: centrality[position], evidence: nil))
                continue
            }
            let evidence = self.evidence(of: record, against: canonical, verified: verified, table: table)
            if evidence.isDuplicate {
                members.append(ClusterMember(record: record, centrality: centrality[position], evidence: evidence))
            } else {
                detached.append(record)
                detachedEvidence.append(evidence)
            }
        }
        if members.count > 1 {
            outcome.clusters.append(DuplicateCluster(canonical: canonical, members: members, reason: choice.reason))
        }
        guard !detached.isEmpty else { return }
        let inGroup = Set(group)
        for (record, evidence) in zip(detached, detachedEvidence) {
            let link = (neighbours[record] ?? []).filter { inGroup.contains($0) }.min() ?? canonical
            outcome.chainingDecisions.append(
                .notMatchingCanonical(record: record, canonical: canonical, linkedThrough: link, evidence: evidence)
            )
        }
        // The records kept out form new groups through the pairs among them.
        let position = Dictionary(uniqueKeysWithValues: detached.enumerated().map { ($1, $0) })
        var sets = UnionFind(count: detached.count)
        for record in detached {
            for neighbour in neighbours[record] ?? [] {
                if let mine = position[record], let other = position[neighbour] { sets.union(mine, other) }
            }
        }
        for subgroup in sets.groups() {
            resolve(
                subgroup.map { detached[$0] },
                table: table,
                verified: verified,
                neighbours: neighbours,
                chooser: chooser,
                into: &outcome
            )
        }
    }

    /// Pairs of containers checked per contained record.
    public static let containerChecks = 16

    /// The record of `pair` with fewer shingles (the contained one).
    private func smaller(_ pair: CandidatePair, _ table: SketchTable) -> Int {
        table.shingleCount(of: pair.first) <= table.shingleCount(of: pair.second) ? pair.first : pair.second
    }

    /// Distinct-block refusals after which a record counts as framed: it
    /// shares a site template with different stories, so being contained in
    /// another record says nothing about being the same story.
    public static let framedRefusals: UInt8 = 2

    /// Records contained (by verified containment pairs) in two records that
    /// do not match each other and each hold text of their own: the shared
    /// part of different texts. Those
    /// whose containers hold distinct blocks of their own (two stories in the
    /// same frame) are the frame itself, and match nothing (`frames`).
    private func sharedParts(
        _ verified: [(pair: CandidatePair, evidence: PairEvidence)],
        table: SketchTable,
        into outcome: inout DedupOutcome
    ) -> (shared: Set<Int>, frames: Set<Int>) {
        var containers: [Int: [Int]] = [:]
        for (pair, evidence) in verified where evidence.verdict == .duplicate(.containment) {
            let inner = smaller(pair, table)
            containers[inner, default: []].append(inner == pair.first ? pair.second : pair.first)
        }
        var shared = Set<Int>()
        var frames = Set<Int>()
        for record in containers.keys.sorted() {
            guard let outer = containers[record], outer.count > 1 else { continue }
            let sorted = outer.sorted()
            var checks = 0
            var decision: ChainingDecision?
            for (a, b) in zip(sorted, sorted.dropFirst()) where checks < Self.containerChecks {
                checks += 1
                let evidence = verifier.evaluate(a, b, in: table)
                // Two copies of one story (a typo'd one and a wrapped one)
                // need not match each other: only containers that each hold
                // text of their own are different texts sharing this one.
                guard !evidence.isDuplicate, verifier.holdDistinctBlocks(a, b, in: table) else { continue }
                shared.insert(record)
                if decision == nil || evidence.verdict == .distinctBlocks {
                    decision = .sharedPartOfDifferentTexts(record: record, containers: [a, b], evidence: evidence)
                }
                if evidence.verdict == .distinctBlocks {
                    frames.insert(record)
                    break
                }
            }
            if let decision { outcome.chainingDecisions.append(decision) }
        }
        return (shared, frames)
    }

    /// Each member's mean estimated Jaccard similarity to the first
    /// ``centralityReferences`` other members.
    private func centrality(of group: [Int], table: SketchTable) -> [Double] {
        let references = Array(group.prefix(Self.centralityReferences + 1))
        let permutations = table.permutations
        return table.withValues { values in
            func signature(_ record: Int) -> UnsafeBufferPointer<UInt32> {
                UnsafeBufferPointer(rebasing: values[record * permutations..<(record + 1) * permutations])
            }
            return group.map { record in
                var total = 0
                var compared = 0
                for reference in references where reference != record && compared < Self.centralityReferences {
                    total += countAgreements(signature(record), signature(reference))
                    compared += 1
                }
                return compared == 0 ? 0 : Double(total) / Double(compared * permutations)
            }
        }
    }
}
