import Foundation
import Testing

@testable import WinnowCore

@Suite("winnow report")
struct ReportRebuildTests {
    @Test func thePageRebuiltFromReportJSONIsThePageTheRunWrote() async throws {
        let result = try await RunResult.run(RunResult.defaultPipeline)
        defer { result.remove() }
        let written = result.reportHTML
        #expect(try await ReportRebuilder.rebuild(directory: result.directory) == result.summary.read)
        let rebuilt = try result.text("report.html")
        #expect(rebuilt == written)
    }

    @Test func aFolderWithoutReportJSONIsAClearError() async throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        await #expect {
            try await ReportRebuilder.rebuild(directory: directory)
        } throws: { error in
            "\(error)" == "\(directory.appending("report.json")): cannot read the file (does it exist?)"
        }
    }
}
