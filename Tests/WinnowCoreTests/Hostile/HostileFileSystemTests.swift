import Foundation
import Logging
import Testing

@testable import WinnowCore

/// Input directories with things in them that are not articles, or cannot
/// be read; paths that do not exist; outputs that cannot be written.
@Suite("hostile input: files and paths")
struct HostileFileSystemTests {
    @Test func aBinaryFileInAnInputDirectoryIsSkippedAndCounted() async throws {
        let run = try await HostileRun.run { input in
            try input.write(
                "image.png",
                bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + (0...255).map(UInt8.init)
            )
            try input.write("archive.tar", bytes: Array(repeating: 0, count: 1024))
            try input.write("story.txt", "The only article here.")
        }
        defer { run.remove() }
        #expect(run.rejections == [])
        #expect(run.recordIDs == ["story"])
        #expect(run.result.summary.skippedFiles == 2)
        #expect(run.result.summary.read == 1)
    }

    @Test func aBinaryFileNamedTxtIsRejectedAsBinary() async throws {
        let run = try await HostileRun.run { input in
            try input.write("blob.txt", bytes: Array(repeating: (0...255).map(UInt8.init), count: 4).flatMap { $0 })
        }
        defer { run.remove() }
        #expect(
            run.rejections == [
                .init(
                    id: "blob",
                    reason: "the file contains NUL bytes; it looks like a binary file, not text",
                    input: run.path("blob.txt")
                )
            ]
        )
    }

    @Test func zeroByteFilesAreRejectedOrHaveNothingToRead() async throws {
        let run = try await HostileRun.run { input in
            try input.write("empty.txt", bytes: [])
            try input.write("empty-page.html", bytes: [])
            try input.write("empty-feed.jsonl", bytes: [])
        }
        defer { run.remove() }
        #expect(
            run.rejections == [
                .init(
                    id: "empty-page",
                    reason: "stage 'html' (stages[0]): the HTML is empty",
                    input: run.path("empty-page.html")
                ),
                .init(id: "empty", reason: "no text left after cleaning", input: run.path("empty.txt")),
            ]
        )
        #expect(run.result.summary.read == 2, "an empty feed holds no record, so none is lost")
    }

    @Test func symbolicLinkLoopsAreRejectedAndLinkedDirectoriesNotFollowed() async throws {
        let run = try await HostileRun.run { input in
            try input.write("real/story.txt", "The one real article.")
            let files = FileManager.default
            try files.createSymbolicLink(atPath: input.full("loop.txt"), withDestinationPath: "loop.txt")
            try files.createSymbolicLink(atPath: input.full("ping.jsonl"), withDestinationPath: "pong.jsonl")
            try files.createSymbolicLink(atPath: input.full("pong.jsonl"), withDestinationPath: "ping.jsonl")
            try files.createSymbolicLink(atPath: input.full("dangling.html"), withDestinationPath: "nowhere.html")
            try files.createSymbolicLink(atPath: input.full("loop"), withDestinationPath: "loop")
            try files.createSymbolicLink(atPath: input.full("real/up"), withDestinationPath: "..")
            try files.createSymbolicLink(atPath: input.full("again"), withDestinationPath: "real")
        }
        defer { run.remove() }
        let loop = "cannot open the file: too many levels of symbolic links"
        #expect(
            run.rejections == [
                .init(
                    id: "dangling",
                    reason: "cannot open the file: no such file or directory",
                    input: run.path("dangling.html")
                ),
                .init(id: "loop", reason: loop, input: run.path("loop.txt")),
                .init(id: run.path("ping.jsonl"), reason: loop, input: run.path("ping.jsonl")),
                .init(id: run.path("pong.jsonl"), reason: loop, input: run.path("pong.jsonl")),
            ]
        )
        #expect(run.recordIDs == ["real/story"])
        #expect(run.result.summary.skippedFiles == 3, "loop, again and real/up")
    }

    @Test(
        .enabled(
            if: getuid() != 0,
            "root reads every file whatever its permissions, so an unreadable file cannot be made"
        )
    )
    func anUnreadableFileIsRejectedAndTheRunGoesOn() async throws {
        let run = try await HostileRun.run { input in
            let secret = try input.write("secret.txt", "Nobody may read this.")
            try input.write("secret-feed.jsonl", #"{"id": "s", "text": "Nor this."}"#)
            try input.write("open.txt", "Anyone may read this.")
            for path in [secret, input.full("secret-feed.jsonl")] {
                try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)
            }
        }
        defer { run.remove() }
        #expect(
            run.rejections == [
                .init(
                    id: run.path("secret-feed.jsonl"),
                    reason: "cannot open the file: permission denied",
                    input: run.path("secret-feed.jsonl")
                ),
                .init(id: "secret", reason: "cannot read the file", input: run.path("secret.txt")),
            ]
        )
        #expect(run.recordIDs == ["open"])
    }

    @Test func aPathThatDoesNotExistStopsTheRunBeforeAnythingIsWritten() async throws {
        let input = try InputTestDirectory()
        defer { input.remove() }
        try input.write("story.txt", "Never read.")
        let output = input.full("out")
        let pipeline = try PipelineConfiguration.parse(HostileRun.pipeline, file: "pipeline.json")
        let missing = input.full("no/such/folder")
        await #expect(throws: RunError.inputNotFound(path: missing)) {
            _ = try await PipelineRunner(configuration: pipeline)
                .run(
                    RunRequest(inputs: [.path(input.path), .path(missing)], outputDirectory: output, jobs: 1),
                    logger: .init(label: "test")
                )
        }
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func anOutputDirectoryInsideAFileIsRefusedNamingTheFile() async throws {
        let input = try InputTestDirectory()
        defer { input.remove() }
        try input.write("story.txt", "Never written.")
        let file = try input.write("not-a-folder", "a plain file")
        let pipeline = try PipelineConfiguration.parse(HostileRun.pipeline, file: "pipeline.json")
        await #expect(
            throws: RunError.outputUnwritable(path: file + "/out", reason: "'\(file)' is a file, not a directory")
        ) {
            _ = try await PipelineRunner(configuration: pipeline)
                .run(
                    RunRequest(inputs: [.path(input.path)], outputDirectory: file + "/out", jobs: 1),
                    logger: .init(label: "test")
                )
        }
    }

    @Test(
        .enabled(if: FileManager.default.fileExists(atPath: "/proc/self"), "needs /proc, where nothing can be created")
    )
    func anOutputDirectoryThatCannotBeCreatedIsRefusedWithTheSystemsReason() async throws {
        let input = try InputTestDirectory()
        defer { input.remove() }
        try input.write("story.txt", "Never written.")
        let pipeline = try PipelineConfiguration.parse(HostileRun.pipeline, file: "pipeline.json")
        await #expect(
            throws: RunError.outputUnwritable(
                path: "/proc/winnow-out/run",
                reason: "cannot create '/proc/winnow-out': no such file or directory"
            )
        ) {
            _ = try await PipelineRunner(configuration: pipeline)
                .run(
                    RunRequest(inputs: [.path(input.path)], outputDirectory: "/proc/winnow-out/run", jobs: 1),
                    logger: .init(label: "test")
                )
        }
    }
}
