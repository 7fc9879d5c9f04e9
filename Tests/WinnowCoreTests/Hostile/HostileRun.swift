import Foundation
import Logging
import Testing

@testable import WinnowCore

/// A run of the whole pipeline over files written into a fresh directory,
/// for the hostile-input tests: every case asserts what came out of
/// `records.jsonl` and `rejected.jsonl`.
struct HostileRun {
    let input: InputTestDirectory
    let result: RunResult

    static let pipeline = """
        {"version": 1, "stages": [{"stage": "html"}, {"stage": "boilerplate"}, {"stage": "normalize"},
          {"stage": "dedup"}, {"stage": "canonical"}]}
        """

    /// The cleaning stages alone, so that copies of one text all come out.
    static let withoutDedup = """
        {"version": 1, "stages": [{"stage": "html"}, {"stage": "boilerplate"}, {"stage": "normalize"}]}
        """

    /// Runs `configuration` over the directory that `prepare` fills.
    static func run(
        _ configuration: String = pipeline,
        limits: InputLimits = InputLimits(),
        prepare: (InputTestDirectory) throws -> Void
    ) async throws -> HostileRun {
        let input = try InputTestDirectory()
        try prepare(input)
        let pipeline = try PipelineConfiguration.parse(configuration, file: "pipeline.json")
        let output = try Fixtures.temporaryDirectory()
        let summary = try await PipelineRunner(configuration: pipeline)
            .run(
                RunRequest(inputs: [.path(input.path)], outputDirectory: output, jobs: 2, limits: limits),
                logger: Logger(label: "test")
            )
        return HostileRun(input: input, result: try RunResult(summary: summary, directory: output))
    }

    func remove() {
        input.remove()
        result.remove()
    }

    /// `rejected.jsonl` as (id, reason, input) triples, in file order.
    var rejections: [Triple] {
        result.rejected.map { line in
            Triple(
                id: line["id"]?.stringValue ?? "",
                reason: line["reason"]?.stringValue ?? "",
                input: line["input"]?.stringValue ?? ""
            )
        }
    }

    /// The written record with `id`, if any.
    func record(_ id: String) -> JSONObject? {
        result.records.first { $0["id"]?.stringValue == id }
    }

    /// The text of the written record with `id`, if any.
    func text(_ id: String) -> String? {
        record(id)?["text"]?.stringValue
    }

    /// The ids in `records.jsonl`, in file order.
    var recordIDs: [String] { result.records.compactMap { $0["id"]?.stringValue } }

    /// The absolute path of `relative` in the input directory.
    func path(_ relative: String) -> String { input.full(relative) }

    struct Triple: Equatable, CustomStringConvertible {
        var id: String
        var reason: String
        var input: String

        var description: String { "(\(id), \(reason), \(input))" }
    }
}
