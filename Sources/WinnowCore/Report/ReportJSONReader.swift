import Foundation

/// Why `report.json` could not be read back.
public struct ReportReadError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String

    public var description: String { "\(path): \(message)" }
}

/// Reads a `report.json` written by ``ReportJSONWriter`` back into the
/// typed values the report writers render, so `winnow report` rebuilds
/// `report.html` from it and `winnow explain` shows one record of it.
public struct ReportJSONReader: Sendable {
    public let overview: ReportOverview
    public let records: [RecordReport]

    /// Reads the report at `path`.
    ///
    /// - Throws: ``ReportReadError`` naming the file and, for a value of the
    ///   wrong shape, its JSON path.
    public init(contentsOf path: String) throws(ReportReadError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReportReadError(path: path, message: "cannot read the file (does it exist?)")
        }
        let document: JSONValue
        do {
            document = try JSONParser.parse(data)
        } catch {
            throw ReportReadError(path: path, message: "not valid JSON: \(error)")
        }
        do {
            try self.init(document)
        } catch {
            throw ReportReadError(path: path, message: error.description)
        }
    }

    /// Reads a parsed report.
    init(_ document: JSONValue) throws(ShapeError) {
        let root = try Node(document, at: .root).object()
        let version = try root.int("version")
        guard version == ReportEntries.reportVersion else {
            throw ShapeError(
                path: .root.appending("version"),
                message:
                    "this is a version \(version) report; winnow reads version \(ReportEntries.reportVersion) (run the pipeline again to write one)"
            )
        }
        let stageList = try root.array("stages")
        let stageNames = try stageList.map { node throws(ShapeError) in try node.object().string("stage") }
        var statistics = RemovalStatistics(stageNames: stageNames)
        for (index, node) in stageList.enumerated() {
            let stage = try node.object()
            statistics.stages[index].total = try Self.counts(stage)
            statistics.stages[index].recordsRejected = try stage.int("recordsRejected")
            for ruleNode in try stage.array("rules") {
                let rule = try ruleNode.object()
                statistics.stages[index].rules[try rule.string("rule")] = RemovalStatistics.RuleCounts(
                    kind: try rule.kind("kind"),
                    counts: try Self.counts(rule),
                    samples: try rule.array("samples").map { node throws(ShapeError) in try node.string() }
                )
            }
        }
        for node in try root.array("kinds") {
            let kind = try node.object()
            statistics.kinds[try kind.kind("kind")] = try Self.counts(kind)
        }
        for node in try root.array("sources") {
            let object = try node.object()
            var source = RemovalStatistics.SourceCounts()
            source.records = try object.int("records")
            source.canonical = try object.int("canonical")
            source.folded = try object.int("folded")
            source.rejected = try object.int("rejected")
            source.removal = try Self.counts(object)
            source.charactersKept = try object.int("charactersKept")
            statistics.sources[try object.optionalString("source") ?? ""] = source
        }
        let totals = try root.object("totals")
        statistics.charactersRemoved = try totals.int("charactersRemoved")
        statistics.charactersKept = try totals.int("charactersKept")

        let countsObject = try root.object("counts")
        var counts = ReportOverview.Counts()
        counts.read = try countsObject.int("read")
        counts.canonical = try countsObject.int("canonical")
        counts.folded = try countsObject.int("folded")
        counts.earlierNight = try countsObject.optionalInt("earlierNight") ?? 0
        counts.rejected = try countsObject.int("rejected")
        counts.clusters = try countsObject.int("clusters")
        counts.skippedFiles = try countsObject.int("skippedFiles")

        var dedup: ReportOverview.Dedup?
        if let node = root.optional("dedup") {
            let object = try node.object()
            dedup = ReportOverview.Dedup(
                stageIndex: try object.int("stageIndex"),
                shingleSize: try object.int("shingleSize"),
                permutations: try object.int("permutations"),
                threshold: try object.double("threshold"),
                bands: try object.int("bands"),
                rows: try object.int("rows"),
                seed: try object.int("seed"),
                candidatePairs: try object.int("candidatePairs"),
                verifiedPairs: try object.int("verifiedPairs"),
                guardDecisions: object.optional("guard")?.value ?? .null
            )
        }
        let clusters = try root.array("clusters").map { node throws(ShapeError) -> ReportOverview.Cluster in
            let object = try node.object()
            let canonical = try object.string("canonical")
            return ReportOverview.Cluster(
                canonical: canonical,
                reason: try Self.reason(object.object("reason")),
                members: try object.array("members").map { node throws(ShapeError) in
                    let member = try node.object()
                    let id = try member.string("id")
                    return ReportOverview.Cluster.Member(
                        id: id,
                        similarity: try member.double("similarity"),
                        isCanonical: id == canonical,
                        centrality: try member.double("centrality"),
                        evidence: try member.optional("evidence").map { node throws(ShapeError) in
                            try Self.evidence(node.object())
                        }
                    )
                }
            )
        }
        let rejections = try root.array("rejected").map { node throws(ShapeError) in
            let object = try node.object()
            return Rejection(
                id: try object.string("id"),
                reason: try object.string("reason"),
                input: try object.string("input")
            )
        }
        overview = ReportOverview(
            configurationFile: try root.string("configuration"),
            pipeline: try root.value("pipeline"),
            stageNames: stageNames,
            counts: counts,
            statistics: statistics,
            dedup: dedup,
            clusters: clusters,
            rejections: rejections,
            seconds: try root.object("timing").double("seconds"),
            timing: try root.value("timing")
        )
        records = try root.array("records").enumerated().map { index, node throws(ShapeError) in
            try Self.record(node.object(), fallbackNumber: index, stageNames: stageNames)
        }
    }

    private static func reason(_ object: Node.Object) throws(ShapeError) -> CanonicalReason {
        switch try object.string("criterion") {
        case "preferred-source":
            return .preferredSource(rank: try object.int("value"), runnerUpRank: try object.int("runnerUp"))
        case "most-central":
            return .mostCentral(centrality: try object.double("value"), runnerUp: try object.double("runnerUp"))
        case "longest-text": return .longestText(length: try object.int("value"), runnerUp: try object.int("runnerUp"))
        case "earliest-published":
            return .earliestPublished(
                published: try object.optional("value")?.double(),
                runnerUp: try object.optional("runnerUp")?.double()
            )
        case "first-read": return .firstRead
        case let other:
            throw ShapeError(path: object.path.appending("criterion"), message: "unknown criterion \"\(other)\"")
        }
    }

    private static func evidence(_ object: Node.Object) throws(ShapeError) -> PairEvidence {
        let verdict: PairVerdict
        switch try object.string("verdict") {
        case "duplicate":
            let basis = try object.string("basis")
            guard let match = MatchBasis(rawValue: basis) else {
                throw ShapeError(path: object.path.appending("basis"), message: "unknown basis \"\(basis)\"")
            }
            verdict = .duplicate(match)
        case "below-threshold": verdict = .belowThreshold
        case "too-short-to-be-contained": verdict = .tooShortToBeContained(words: try object.int("words"))
        case "distinct-blocks": verdict = .distinctBlocks
        case let other:
            throw ShapeError(path: object.path.appending("verdict"), message: "unknown verdict \"\(other)\"")
        }
        return PairEvidence(
            jaccard: try object.double("jaccard"),
            containment: try object.double("containment"),
            agreements: try object.int("agreements"),
            sharedBands: try object.int("sharedBands"),
            firstBlock: nil,
            secondBlock: nil,
            verdict: verdict
        )
    }

    private static func counts(_ object: Node.Object) throws(ShapeError) -> RemovalStatistics.Counts {
        RemovalStatistics.Counts(
            removals: try object.int("removals"),
            recordsTouched: try object.int("recordsTouched"),
            linesRemoved: try object.int("linesRemoved"),
            charactersRemoved: try object.int("charactersRemoved")
        )
    }

    private static func record(
        _ object: Node.Object,
        fallbackNumber: Int,
        stageNames: [String]
    ) throws(ShapeError)
        -> RecordReport
    {
        let outcome: RecordReport.Outcome
        switch try object.string("status") {
        case "canonical":
            outcome = .canonical(
                duplicates: try object.array("duplicates").map { node throws(ShapeError) in try node.string() }
            )
        case "duplicate":
            outcome = .duplicate(of: try object.string("duplicateOf"), similarity: try object.double("similarity"))
        case "rejected":
            outcome = .rejected(reason: try object.string("reason"), stageIndex: try object.optionalInt("rejectedAt"))
        case "earlier-night":
            outcome = .earlierNight(
                of: try object.string("duplicateOf"),
                night: try object.string("night"),
                similarity: try object.double("similarity")
            )
        case let other:
            throw ShapeError(
                path: object.path.appending("status"),
                message: "expected \"canonical\", \"duplicate\", \"earlier-night\" or \"rejected\", found \"\(other)\""
            )
        }
        let original = try object.optionalString("originalText")
        let removalNodes = try object.array("removals")
        var removals: [Removal] = []
        var spans: [Range<Int>?] = []
        for node in removalNodes {
            let entry = try node.object()
            let stageIndex = try entry.int("stageIndex")
            guard stageNames.indices.contains(stageIndex) else {
                throw ShapeError(
                    path: entry.path.appending("stageIndex"),
                    message: "no stage \(stageIndex) in the report's stages"
                )
            }
            var removal = Removal(
                stage: try entry.string("stage"),
                stageIndex: stageIndex,
                rule: try entry.string("rule"),
                kind: try entry.kind("kind"),
                text: try entry.string("text"),
                characters: try entry.int("characters"),
                lines: try entry.int("lines"),
                line: try entry.optionalInt("line")
            )
            removal.isTruncated = try entry.optionalBool("truncated") ?? false
            removal.detail = try entry.optionalString("detail")
            removals.append(removal)
            if let start = try entry.optionalInt("start"), let end = try entry.optionalInt("end"), start <= end {
                spans.append(start..<end)
            } else {
                spans.append(nil)
            }
        }
        if let original {
            let bounds = spans.lazy.compactMap { $0 }.flatMap { [$0.lowerBound, $0.upperBound] }
            let offsets = TextOffsets(bounds, in: original, from: .scalars, to: .utf8)
            for (index, span) in spans.enumerated() {
                guard let span, let start = offsets[span.lowerBound], let end = offsets[span.upperBound] else {
                    continue
                }
                removals[index].range = start..<end
            }
        }
        return RecordReport(
            number: try object.optionalInt("number") ?? fallbackNumber,
            id: try object.string("id"),
            input: try object.string("input"),
            title: try object.optionalString("title"),
            source: try object.optionalString("source"),
            originalText: original,
            removals: removals,
            cleanedText: try object.optionalString("cleanedText"),
            keptCharacters: try object.optionalInt("keptCharacters") ?? 0,
            outcome: outcome
        )
    }
}

/// A value of `report.json` that does not have the shape winnow writes.
struct ShapeError: Error, CustomStringConvertible {
    var path: JSONPath
    var message: String

    var description: String { "\(path): \(message)" }
}

/// A JSON value with its path, for typed reads with errors that say where.
private struct Node {
    let value: JSONValue
    let path: JSONPath

    init(_ value: JSONValue, at path: JSONPath) {
        self.value = value
        self.path = path
    }

    struct Object {
        let fields: JSONObject
        let path: JSONPath

        func optional(_ key: String) -> Node? {
            guard let value = fields[key], value != .null else { return nil }
            return Node(value, at: path.appending(key))
        }

        func value(_ key: String) throws(ShapeError) -> JSONValue {
            guard let value = fields[key] else { throw ShapeError(path: path.appending(key), message: "missing") }
            return value
        }

        func node(_ key: String) throws(ShapeError) -> Node { Node(try value(key), at: path.appending(key)) }
        func object(_ key: String) throws(ShapeError) -> Object { try node(key).object() }
        func array(_ key: String) throws(ShapeError) -> [Node] { try node(key).array() }
        func string(_ key: String) throws(ShapeError) -> String { try node(key).string() }
        func int(_ key: String) throws(ShapeError) -> Int { try node(key).int() }
        func double(_ key: String) throws(ShapeError) -> Double { try node(key).double() }
        func optionalString(_ key: String) throws(ShapeError) -> String? { try optional(key)?.string() }
        func optionalInt(_ key: String) throws(ShapeError) -> Int? { try optional(key)?.int() }

        func optionalBool(_ key: String) throws(ShapeError) -> Bool? {
            guard let node = optional(key) else { return nil }
            guard case .bool(let flag) = node.value else { throw node.mismatch("true or false") }
            return flag
        }

        func kind(_ key: String) throws(ShapeError) -> RemovalKind {
            let name = try string(key)
            guard let kind = RemovalKind(rawValue: name) else {
                throw ShapeError(
                    path: path.appending(key),
                    message:
                        "unknown kind \"\(name)\"; known kinds: \(RemovalKind.allCases.map(\.rawValue).joined(separator: ", "))"
                )
            }
            return kind
        }
    }

    func mismatch(_ expected: String) -> ShapeError {
        ShapeError(path: path, message: "expected \(expected), found \(value.phrase)")
    }

    func object() throws(ShapeError) -> Object {
        guard case .object(let fields) = value else { throw mismatch("an object") }
        return Object(fields: fields, path: path)
    }

    func array() throws(ShapeError) -> [Node] {
        guard case .array(let elements) = value else { throw mismatch("an array") }
        return elements.enumerated().map { Node($0.element, at: path.appending($0.offset)) }
    }

    func string() throws(ShapeError) -> String {
        guard case .string(let text) = value else { throw mismatch("a string") }
        return text
    }

    func int() throws(ShapeError) -> Int {
        guard case .number(let number) = value, let int = number.intValue else { throw mismatch("a whole number") }
        return int
    }

    func double() throws(ShapeError) -> Double {
        guard case .number(let number) = value else { throw mismatch("a number") }
        return number.doubleValue
    }
}
