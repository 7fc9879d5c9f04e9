import Foundation
import Testing

@testable import WinnowCore

/// Bytes that are not the UTF-8 they should be, run through the whole
/// pipeline: each case ends as a record with the exact text or a rejection
/// with the exact reason.
@Suite("hostile input: encodings")
struct HostileEncodingTests {
    /// Windows-1252 bytes for `text` (every scalar below U+0100, or one of
    /// the curly quotes).
    private func singleBytes(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { scalar in
            switch scalar {
            case "\u{201C}": 0x93
            case "\u{201D}": 0x94
            default: UInt8(scalar.value)
            }
        }
    }

    @Test func aTextFileOfInvalidUTF8IsRejectedNamingTheFirstBadByte() async throws {
        let garbage: [UInt8] = [
            0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC, 0xFF, 0xFE, 0x80, 0x81, 0x82, 0x83,
        ]
        let run = try await HostileRun.run { input in
            try input.write("broken.txt", bytes: Array("Headline\n\n".utf8) + garbage + Array(" body".utf8))
            try input.write("fine.txt", "A neighbour in the same folder is read as usual.")
        }
        defer { run.remove() }
        #expect(
            run.rejections == [
                .init(
                    id: "broken",
                    reason:
                        "not valid UTF-8 (14 invalid byte sequences, the first 0xC3 at offset 10); save the file as UTF-8",
                    input: run.path("broken.txt")
                )
            ]
        )
        #expect(run.text("fine") == "A neighbour in the same folder is read as usual.")
    }

    @Test func invalidUTF8InsideAJSONLStringRejectsThatLineOnly() async throws {
        let run = try await HostileRun.run { input in
            try input.write(
                "feed.jsonl",
                bytes: Array(#"{"id": "ok", "text": "Kept."}"#.utf8) + [0x0A]
                    + Array(#"{"id": "bad", "text": "caf"#.utf8) + [0xE9]
                    + Array(#" au lait"}"#.utf8) + [0x0A]
            )
        }
        defer { run.remove() }
        #expect(
            run.rejections == [
                .init(
                    id: run.path("feed.jsonl") + ":2",
                    reason: "invalid JSON at column 23: invalid UTF-8 inside a string",
                    input: run.path("feed.jsonl") + ":2"
                )
            ]
        )
        #expect(run.recordIDs == ["ok"])
    }

    @Test func aUTF8PageDeclaringLatin1IsReadAsUTF8() async throws {
        let run = try await HostileRun.run { input in
            try input.write(
                "page.html",
                #"<html><head><meta charset="iso-8859-1"></head><body><p>Zürich café opens a naïve résumé exhibition on Monday, the curators said.</p></body></html>"#
            )
        }
        defer { run.remove() }
        #expect(run.rejections == [])
        #expect(run.text("page") == "Zürich café opens a naïve résumé exhibition on Monday, the curators said.")
    }

    @Test func legacyBytesDeclaredAsUTF8AreReadAsWindows1252() async throws {
        let run = try await HostileRun.run { input in
            try input.write(
                "page.html",
                bytes: Array(#"<html><head><meta charset="utf-8"></head><body><p>"#.utf8)
                    + singleBytes(
                        "Caf\u{E9} cr\u{E8}me br\u{FB}l\u{E9}e and a na\u{EF}ve fa\u{E7}ade: \u{201C}smart\u{201D} quotes, r\u{E9}sum\u{E9}."
                    )
                    + Array("</p></body></html>".utf8)
            )
        }
        defer { run.remove() }
        #expect(run.rejections == [])
        #expect(run.text("page") == "Café crème brûlée and a naïve façade: “smart” quotes, résumé.")
    }

    @Test func anUndeclaredLatin1PageIsReadAsWindows1252() async throws {
        let run = try await HostileRun.run { input in
            try input.write(
                "page.html",
                bytes: Array("<html><body><p>".utf8)
                    + singleBytes(
                        "Le caf\u{E9} de la gare a rouvert; la cr\u{E8}me br\u{FB}l\u{E9}e et le g\u{E2}teau sont revenus, \u{E0} Z\u{FC}rich."
                    )
                    + Array("</p></body></html>".utf8)
            )
        }
        defer { run.remove() }
        #expect(run.rejections == [])
        #expect(
            run.text("page") == "Le café de la gare a rouvert; la crème brûlée et le gâteau sont revenus, à Zürich."
        )
    }

    @Test func anUndeclaredLatin1TextFileIsRejectedAskingForUTF8() async throws {
        let run = try await HostileRun.run { input in
            try input.write(
                "latin1.txt",
                bytes: singleBytes(
                    "Le caf\u{E9}, la cr\u{E8}me br\u{FB}l\u{E9}e, le g\u{E2}teau, la fen\u{EA}tre, la for\u{EA}t, l'\u{E9}l\u{E8}ve, le d\u{EE}ner \u{E0} Z\u{FC}rich."
                )
            )
        }
        defer { run.remove() }
        #expect(
            run.rejections == [
                .init(
                    id: "latin1",
                    reason:
                        "not valid UTF-8 (12 invalid byte sequences, the first 0xE9 at offset 6); save the file as UTF-8",
                    input: run.path("latin1.txt")
                )
            ]
        )
    }

    @Test func aByteOrderMarkBeforeTheFirstJSONLRecordIsDropped() async throws {
        let run = try await HostileRun.run { input in
            try input.write(
                "feed.jsonl",
                bytes: [0xEF, 0xBB, 0xBF]
                    + Array(#"{"id": "first", "text": "Written by an editor that adds a BOM."}"#.utf8) + [0x0A]
                    + Array(#"{"id": "second", "text": "The second line."}"#.utf8)
            )
        }
        defer { run.remove() }
        #expect(run.rejections == [])
        #expect(run.recordIDs == ["first", "second"])
        #expect(run.text("first") == "Written by an editor that adds a BOM.")
    }

    @Test func aByteOrderMarkLaterInAJSONLFileIsInvalidJSON() async throws {
        let run = try await HostileRun.run { input in
            try input.write(
                "feed.jsonl",
                bytes: Array(#"{"id": "first", "text": "One."}"#.utf8) + [0x0A, 0xEF, 0xBB, 0xBF]
                    + Array(#"{"id": "second", "text": "Two."}"#.utf8)
            )
        }
        defer { run.remove() }
        let at = run.path("feed.jsonl") + ":2"
        #expect(
            run.rejections == [
                .init(id: at, reason: "invalid JSON at column 1: unexpected byte 0xEF, expected a value", input: at)
            ]
        )
        #expect(run.recordIDs == ["first"])
    }

    @Test(arguments: ["feed.jsonl", "story.txt", "page.html"])
    func aGzipFileWhereTextWasExpectedIsRejectedOnceWithTheFix(name: String) async throws {
        let run = try await HostileRun.run { input in
            let lines = (1...500).map {
                #"{"id": "g\#($0)", "text": "Line \#($0) of a feed that was gzipped and renamed."}"#
            }
            try input.write(name, bytes: try gzip(Array(lines.joined(separator: "\n").utf8)))
            try input.write("plain.txt", "The plain file next to it is read.")
        }
        defer { run.remove() }
        let id = name.hasSuffix(".jsonl") ? run.path(name) : String(name.prefix { $0 != "." })
        #expect(
            run.rejections == [
                .init(
                    id: id,
                    reason:
                        "the file is gzip-compressed, not text; decompress it first (gunzip) and give winnow the result",
                    input: run.path(name)
                )
            ]
        )
        #expect(run.recordIDs == ["plain"])
    }

    @Test func anImageSavedAsHTMLIsRejectedAsNotText() async throws {
        let run = try await HostileRun.run { input in
            try input.write(
                "photo.html",
                bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + (0...255).map(UInt8.init)
            )
            try input.write(
                "blob.html",
                bytes: Array(repeating: [0x00, 0x13, 0x37, 0x00, 0x00, 0x42, 0x00, 0x01], count: 64).flatMap { $0 }
            )
        }
        defer { run.remove() }
        #expect(
            run.rejections == [
                .init(
                    id: "blob",
                    reason: "the file contains NUL bytes; it looks like a binary file, not text",
                    input: run.path("blob.html")
                ),
                .init(id: "photo", reason: "the file is a PNG image, not text", input: run.path("photo.html")),
            ]
        )
        #expect(run.recordIDs == [])
    }
}

/// `bytes` gzipped by the system's `gzip`.
func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["gzip", "-c"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(Data(bytes))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0)
    return Array(data)
}
