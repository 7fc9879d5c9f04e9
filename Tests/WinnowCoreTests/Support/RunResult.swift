import Foundation
import Logging
import Testing

@testable import WinnowCore

/// A finished run and its four output files, parsed.
struct RunResult {
    let summary: RunSummary
    let directory: String
    let records: [JSONObject]
    let rejected: [JSONObject]
    let report: JSONObject
    let reportHTML: String

    /// Runs `configuration` (JSON text) over `inputs` into a fresh directory.
    static func run(
        _ configuration: String,
        inputs: [InputLocation] = [.path(Fixtures.dataDirectory)],
        jobs: Int = 2
    ) async throws -> RunResult {
        let pipeline = try PipelineConfiguration.parse(configuration, file: "pipeline.json")
        let directory = try Fixtures.temporaryDirectory()
        let summary = try await PipelineRunner(configuration: pipeline)
            .run(RunRequest(inputs: inputs, outputDirectory: directory, jobs: jobs), logger: Logger(label: "test"))
        return try RunResult(summary: summary, directory: directory)
    }

    static let defaultPipeline = """
        {"version": 1, "stages": [{"stage": "html"}, {"stage": "boilerplate"}, {"stage": "normalize"},
          {"stage": "dedup"}, {"stage": "canonical"}]}
        """

    init(summary: RunSummary, directory: String) throws {
        self.summary = summary
        self.directory = directory
        records = try Self.lines(directory.appending("records.jsonl"))
        rejected = try Self.lines(directory.appending("rejected.jsonl"))
        report = try #require(try JSONParser.parse(Array(Self.data(directory.appending("report.json")))).objectValue)
        reportHTML = String(decoding: try Self.data(directory.appending("report.html")), as: UTF8.self)
    }

    func text(_ name: String) throws -> String {
        String(decoding: try Self.data(directory.appending(name)), as: UTF8.self)
    }

    /// Canonical id → the ids folded into it.
    var clusters: [String: [String]] {
        Dictionary(
            uniqueKeysWithValues: records.map { record in
                (record["id"]?.stringValue ?? "", Self.strings(record["duplicates"]))
            }
        )
    }

    static func strings(_ value: JSONValue?) -> [String] {
        guard case .array(let items)? = value else { return [] }
        return items.compactMap(\.stringValue)
    }

    private static func data(_ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }

    private static func lines(_ path: String) throws -> [JSONObject] {
        try String(decoding: data(path), as: UTF8.self).split(separator: "\n").map { line in
            try #require(try JSONParser.parse(String(line)).objectValue)
        }
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: directory)
    }
}
