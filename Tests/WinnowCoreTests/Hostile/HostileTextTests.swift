import Foundation
import Testing

@testable import WinnowCore

/// Characters that are legal but awkward: NUL and control characters are
/// removed or rejected, line endings become line feeds, and the scripts
/// and emoji of real news come out exactly as they went in.
@Suite("hostile input: characters")
struct HostileTextTests {
    @Test func aNULByteRejectsATextFileAsBinary() async throws {
        let run = try await HostileRun.run { input in
            try input.write(
                "nul.txt",
                bytes: Array("Headline\n\nA body with a NUL".utf8) + [0x00] + Array(" byte.".utf8)
            )
        }
        defer { run.remove() }
        #expect(
            run.rejections == [
                .init(
                    id: "nul",
                    reason: "the file contains NUL bytes; it looks like a binary file, not text",
                    input: run.path("nul.txt")
                )
            ]
        )
    }

    @Test func nulAndControlCharactersInsideAJSONStringAreRemoved() async throws {
        let run = try await HostileRun.run { input in
            try input.write(
                "feed.jsonl",
                #"{"id": "c", "text": "Tab\tstays; NUL\u0000, bell\u0007, escape\u001b[31m and DEL\u007f go."}"#
            )
        }
        defer { run.remove() }
        #expect(run.rejections == [])
        #expect(run.text("c") == "Tab stays; NUL, bell, escape[31m and DEL go.")
    }

    @Test func controlCharactersInATextFileAreRemoved() async throws {
        let run = try await HostileRun.run { input in
            try input.write(
                "control.txt",
                bytes: Array("Control characters \u{7} bell \u{1B}[31m escape \u{C} form feed and \u{8}backspace.".utf8)
            )
        }
        defer { run.remove() }
        #expect(run.rejections == [])
        #expect(run.text("control") == "Control characters bell [31m escape form feed and backspace.")
    }

    @Test func crlfAndLoneCRLineEndingsInATextFileBecomeLineFeeds() async throws {
        let run = try await HostileRun.run { input in
            try input.write(
                "crlf.txt",
                "A Windows headline\r\n\r\nFirst paragraph.\r\n\r\nSecond paragraph.\rThird, after an old Mac line end.\r\n"
            )
        }
        defer { run.remove() }
        #expect(run.rejections == [])
        let record = try #require(run.record("crlf"))
        #expect(record["title"]?.stringValue == "A Windows headline")
        #expect(
            record["text"]?.stringValue == "First paragraph.\n\nSecond paragraph.\nThird, after an old Mac line end."
        )
    }

    /// Arabic, Hebrew with right-to-left marks, Persian with zero-width
    /// non-joiners, Chinese, Japanese, Korean, and emoji built from skin
    /// tones, flags and zero-width joiners.
    static let scripts = [
        "مرحبا بالعالم، هذا خبر عاجل من القاهرة.",
        "\u{200F}שלום עולם\u{200F}, זו ידיעה מירושלים.",
        "می\u{200C}خواهم خبرها را بخوانم.",
        "中文新闻报道：北京今天下雪。",
        "日本語のニュース、東京は晴れ。",
        "한국어 뉴스: 서울은 맑음.",
        "Emoji: 😀 👍🏽 👨\u{200D}👩\u{200D}👧 🇺🇦 ❤\u{FE0F}\u{200D}🔥 🏳\u{FE0F}\u{200D}🌈",
    ]

    @Test func rightToLeftCJKAndEmojiTextIsKeptIntact() async throws {
        let text = Self.scripts.joined(separator: "\n\n")
        let run = try await HostileRun.run(HostileRun.withoutDedup) { input in
            try input.write("scripts.txt", text)
            var line = JSONObject()
            line["id"] = "scripts-jsonl"
            line["text"] = .string(text)
            line["title"] = .string(Self.scripts[0])
            try input.write("feed.jsonl", JSONValue.object(line).serialized())
            try input.write(
                "scripts-html.html",
                "<html><body>" + Self.scripts.map { "<p>\($0)</p>" }.joined() + "</body></html>"
            )
        }
        defer { run.remove() }
        #expect(run.rejections == [])
        #expect(run.text("scripts") == text)
        #expect(run.text("scripts-jsonl") == text)
        #expect(run.record("scripts-jsonl")?["title"]?.stringValue == Self.scripts[0])
        #expect(run.text("scripts-html") == text)
    }

    @Test func zeroWidthCharactersBetweenLatinLettersStillGo() async throws {
        let run = try await HostileRun.run { input in
            try input.write(
                "zw.txt",
                "Track\u{200B}ing mark\u{200D}ers and soft\u{AD}hyphens in\u{200C} English text are noise."
            )
        }
        defer { run.remove() }
        #expect(run.text("zw") == "Tracking markers and softhyphens in English text are noise.")
    }
}
