/// Writes `report.html`: one self-contained page (inline style sheet and
/// script, no network, a Content-Security-Policy that allows only the
/// page's own script and style) that streams as the records do.
///
/// The summary, charts and rule table are rendered here through Mustache
/// templates, which escape every value; the records, clusters and
/// rejections travel as compressed data (see ``ReportPageData``) that the
/// page's script draws on demand with DOM text nodes, never as markup.
struct ReportHTMLWriter {
    let file: AtomicFile
    private var data: ReportPageData
    private var rejected: [JSONValue] = []
    private let overview: ReportOverview

    init(file: AtomicFile, overview: ReportOverview) {
        self.file = file
        self.overview = overview
        data = ReportPageData(stageCount: overview.stageNames.count)
    }

    func writeHeader() throws(RunError) {
        try file.write(ReportPage.renderHead(overview))
    }

    /// Adds the records of one chunk, in input order, and writes the chunk
    /// (``ReportPageData/chunk(_:)``, packed on any task).
    mutating func write(_ entries: [RecordReport], chunk: String) throws(RunError) {
        for entry in entries { add(entry) }
        try writeChunk(chunk)
    }

    private mutating func add(_ entry: RecordReport) {
        let position = data.count
        if case .rejected(let reason, let stageIndex) = entry.outcome {
            rejected.append(
                .array([
                    .number(JSONNumber(position)), .number(JSONNumber(stageIndex ?? -1)), .string(reason),
                    .string(entry.input),
                ])
            )
        }
        data.add(entry)
    }

    func writeFooter() throws(RunError) {
        let index = data.index(stageNames: overview.stageNames)
        try file.write(ReportPage.renderTail(overview, index: index, groups: groups()))
    }

    private func writeChunk(_ base64: String) throws(RunError) {
        try file.write("<script type=\"application/octet-stream\" class=\"winnow-chunk\">")
        try file.write(base64)
        try file.write("</script>\n")
    }

    /// A pair's verdict in words.
    private static func verdict(_ verdict: PairVerdict) -> String {
        switch verdict {
        case .duplicate(.jaccard): "near-duplicate: similar enough"
        case .duplicate(.containment): "near-duplicate: its text is (almost) wholly inside the other"
        case .duplicate(.edits): "near-duplicate: the same text with scattered word edits (typos, junk tokens)"
        case .belowThreshold: "below the threshold"
        case .tooShortToBeContained(let words): "contained, but only \(words) words long"
        case .distinctBlocks: "similar, but each holds its own block of text"
        }
    }

    /// The clusters (each member with its similarity to the canonical, its
    /// centrality and the evidence of its pair) and the rejections, packed.
    private func groups() -> String {
        // Written cluster by cluster: no value tree of every cluster at once.
        var bytes: [UInt8] = Array("{\"clusters\":[".utf8)
        for (index, cluster) in overview.clusters.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            Self.group(cluster).write(to: &bytes)
        }
        bytes.append(contentsOf: "],\"rejected\":".utf8)
        JSONValue.array(rejected).write(to: &bytes)
        bytes.append(UInt8(ascii: "}"))
        return ReportPageData.pack(bytes: bytes)
    }

    /// One cluster as the page's script reads it.
    private static func group(_ cluster: ReportOverview.Cluster) -> JSONValue {
        .array([
            .string(cluster.canonical), .string(cluster.reason.criterionName), .string(cluster.reason.words),
            .array(
                cluster.members.map { member in
                    var row: [JSONValue] = [
                        .string(member.id), .number(JSONNumber(member.similarity)),
                        .number(JSONNumber(member.centrality)),
                    ]
                    if let evidence = member.evidence {
                        row.append(.number(JSONNumber(ReportEntries.rounded(evidence.containment))))
                        row.append(.number(JSONNumber(evidence.sharedBands)))
                        row.append(.number(JSONNumber(evidence.agreements)))
                        row.append(.string(Self.verdict(evidence.verdict)))
                    }
                    return .array(row)
                }
            ),
        ])
    }
}
