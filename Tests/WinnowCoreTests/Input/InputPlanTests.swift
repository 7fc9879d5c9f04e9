import Foundation
import Testing

@testable import WinnowCore

@Suite("InputPlan")
struct InputPlanTests {
    @Test func aDirectoryIsListedRecursivelyInPathOrder() throws {
        let scratch = try InputTestDirectory()
        defer { scratch.remove() }
        try scratch.write("b.txt", "B")
        try scratch.write("a.html", "<p>A</p>")
        try scratch.write("sub/deeper/d.htm", "<p>D</p>")
        try scratch.write("sub/c.txt", "C")
        try scratch.write("feed.jsonl", "")
        try scratch.write("UPPER.TXT", "U")
        try scratch.write("a-b/e.txt", "E")

        let plan = try InputPlan.resolve([.path(scratch.path)])
        #expect(
            plan.sources == [
                .article(path: scratch.full("UPPER.TXT"), id: "UPPER", kind: .text),
                .article(path: scratch.full("a-b/e.txt"), id: "a-b/e", kind: .text),
                .article(path: scratch.full("a.html"), id: "a", kind: .html),
                .article(path: scratch.full("b.txt"), id: "b", kind: .text),
                .jsonl(path: scratch.full("feed.jsonl")),
                .article(path: scratch.full("sub/c.txt"), id: "sub/c", kind: .text),
                .article(path: scratch.full("sub/deeper/d.htm"), id: "sub/deeper/d", kind: .html),
            ]
        )
        #expect(plan.skippedFiles == [])
    }

    @Test func hiddenFilesAndFoldersAreLeftOut() throws {
        let scratch = try InputTestDirectory()
        defer { scratch.remove() }
        try scratch.write("visible.txt", "V")
        try scratch.write(".hidden.txt", "H")
        try scratch.write(".drafts/secret.txt", "S")
        try scratch.write(".git/notes.jsonl", "{}")
        try scratch.write("sub/.DS_Store", "x")
        try scratch.write("sub/.cache/inner.html", "<p>I</p>")

        let plan = try InputPlan.resolve([.path(scratch.path)])
        #expect(plan.sources == [.article(path: scratch.full("visible.txt"), id: "visible", kind: .text)])
        #expect(plan.skippedFiles == [])
    }

    @Test func filesOfOtherKindsAreCountedAsSkipped() throws {
        let scratch = try InputTestDirectory()
        defer { scratch.remove() }
        try scratch.write("story.txt", "S")
        try scratch.write("notes.md", "# notes")
        try scratch.write("photo.JPG", "not really a photo")
        try scratch.write("archive/old.json", "{}")
        try scratch.write("README", "no extension")

        let plan = try InputPlan.resolve([.path(scratch.path)])
        #expect(plan.sources == [.article(path: scratch.full("story.txt"), id: "story", kind: .text)])
        #expect(
            plan.skippedFiles == [
                scratch.full("README"), scratch.full("archive/old.json"), scratch.full("notes.md"),
                scratch.full("photo.JPG"),
            ]
        )
    }

    @Test func locationsKeepTheirGivenOrder() throws {
        let scratch = try InputTestDirectory()
        defer { scratch.remove() }
        let single = try scratch.write("z-single.HTML", "<p>Z</p>")
        let feed = try scratch.write("feed.jsonl", "")
        try scratch.write("folder/a.txt", "A")

        let plan = try InputPlan.resolve([.path(single), .standardInput, .path(scratch.full("folder")), .path(feed)])
        #expect(
            plan.sources == [
                .article(path: single, id: "z-single", kind: .html),
                .standardInput,
                .article(path: scratch.full("folder/a.txt"), id: "a", kind: .text),
                .jsonl(path: feed),
            ]
        )
    }

    @Test func anEmptyDirectoryGivesNoSources() throws {
        let scratch = try InputTestDirectory()
        defer { scratch.remove() }
        let plan = try InputPlan.resolve([.path(scratch.path)])
        #expect(plan.sources == [])
        #expect(plan.skippedFiles == [])
    }

    @Test func aMissingPathThrowsInputNotFound() throws {
        let scratch = try InputTestDirectory()
        defer { scratch.remove() }
        try scratch.write("present.txt", "P")
        let missing = scratch.full("absent")
        #expect(throws: RunError.inputNotFound(path: missing)) {
            try InputPlan.resolve([.path(scratch.full("present.txt")), .path(missing)])
        }
        #expect(RunError.inputNotFound(path: missing).description == "input '\(missing)' does not exist")
    }

    @Test func aSingleFileOfAnotherKindIsUnreadable() throws {
        let scratch = try InputTestDirectory()
        defer { scratch.remove() }
        let notes = try scratch.write("notes.md", "# notes")
        #expect(
            throws: RunError.inputUnreadable(
                path: notes,
                reason: "winnow reads .txt, .html, .htm and .jsonl files, or a directory of them"
            )
        ) {
            try InputPlan.resolve([.path(notes)])
        }
    }

    @Test(arguments: [
        ("story.txt", ArticleFileKind.text as ArticleFileKind?),
        ("STORY.TXT", .text),
        ("page.html", .html),
        ("page.HtM", .html),
        ("feed.jsonl", .jsonl),
        ("archive.tar.txt", .text),
        ("feed.json", nil),
        ("notes.md", nil),
        ("txt", nil),
        (".txt", nil),
        ("trailing.", nil),
    ])
    func fileKindComesFromTheExtension(name: String, kind: ArticleFileKind?) {
        #expect(ArticleFileKind(fileName: name) == kind)
    }

    @Test func dashMeansStandardInput() {
        #expect(InputLocation(argument: "-") == .standardInput)
        #expect(InputLocation(argument: "./-") == .path("./-"))
        #expect(InputLocation.standardInput.description == "-")
        #expect(InputLocation.path("in/dir").description == "in/dir")
    }
}
