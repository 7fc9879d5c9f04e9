import Foundation
import Testing

@testable import WinnowCore

@Suite("report.html")
struct ReportHTMLTests {
    private func page() async throws -> String {
        let directory = try await ReportSamples.write(ReportSamples.records())
        defer { try? FileManager.default.removeItem(atPath: directory) }
        return try String(contentsOfFile: directory.appending("report.html"), encoding: .utf8)
    }

    @Test func theContentSecurityPolicyAllowsExactlyThePagesOwnScriptAndStyle() async throws {
        let html = try await page()
        let script = try #require(html.between("<script>", "</script>"))
        let style = try #require(html.between("<style>", "</style>"))
        #expect(script == ReportPage.scriptSource)
        let policy = try #require(html.between("http-equiv=\"Content-Security-Policy\" content=\"", "\""))
        #expect(policy.hasPrefix("default-src 'none';"))
        #expect(policy.contains("script-src '\(ReportPage.cspHash(script))';"))
        #expect(policy.contains("style-src '\(ReportPage.cspHash(style))';"))
        #expect(!policy.contains("http") && !policy.contains("*") && !policy.contains("unsafe"))
    }

    @Test func articleTextInTheServerRenderedPartsIsEscaped() async throws {
        var records = ReportSamples.records()
        records[0].removals[3].text = "<script>window.x=1</script><img src=x onerror=alert(1)>"
        let directory = try await ReportSamples.write(records)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let html = try String(contentsOfFile: directory.appending("report.html"), encoding: .utf8)
        #expect(html.contains("&lt;script&gt;window.x=1&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(!html.contains("<img"))
        #expect(html.components(separatedBy: "<script>").count == 2, "one executable script")
        // Every other script element is inert data in base64.
        for part in html.components(separatedBy: "<script type=\"application/octet-stream\"").dropFirst() {
            let body = try #require(part.between(">", "</script>"))
            #expect(body.allSatisfy { $0.isLetter || $0.isNumber || "+/=".contains($0) })
        }
    }

    @Test func thePagesScriptNeverParsesMarkup() {
        for forbidden in [
            "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "</script",
        ] {
            #expect(!ReportPage.scriptSource.contains(forbidden), "\(forbidden)")
        }
    }

    @Test func recordDataCarriesUTF16OffsetsAndDecompresses() throws {
        let record = ReportSamples.placedRecord()
        let chunk = ReportPageData.chunk([record])
        let bytes = try #require(Data(base64Encoded: chunk))
        let json = try #require(Deflate.decompress(Array(bytes)))
        guard case .array(let entries)? = try JSONParser.parse(json).objectValue?["records"],
            case .array(let removals)? = entries.first?.objectValue?["removals"],
            case .array(let first)? = removals.first
        else {
            Issue.record("unexpected chunk layout")
            return
        }
        let text = try #require(record.originalText)
        let utf16 = Array(text.utf16)
        guard case .number(let start) = first[2], case .number(let end) = first[3],
            let from = start.intValue, let to = end.intValue
        else {
            Issue.record("no offsets")
            return
        }
        #expect(String(decoding: utf16[from..<to], as: UTF16.self) == "Advertisement\n")
    }

    /// The chunk's JSON, written straight into bytes, against the same
    /// layout built as a value tree, for every outcome, texts that need
    /// escaping, a removal with a detail, and a record with no text.
    @Test func chunkRecordsHaveTheDocumentedLayout() throws {
        var placed = ReportSamples.placedRecord(number: 0, id: "a \"quoted\" id")
        placed.removals[0].detail = "matched \"AD\"\tline\u{1}"
        placed.cleanedText = "Café 😀 opens.\nThe pier"
        placed.outcome = .canonical(duplicates: ["b", "c\\d"])
        var duplicate = ReportSamples.placedRecord(number: 1, id: "b")
        duplicate.outcome = .duplicate(of: "a", similarity: 0.875)
        var earlier = ReportSamples.placedRecord(number: 2, id: "c")
        earlier.outcome = .earlierNight(of: "z", night: "2026-11-30", similarity: 0.9)
        let unread = RecordReport(
            number: 3,
            id: "d",
            input: "bad.txt",
            title: nil,
            source: nil,
            originalText: nil,
            removals: [Removal(stage: "html", stageIndex: 0, rule: "tag:script", kind: .markup, text: "x\ny", line: 4)],
            outcome: .rejected(reason: "not \"UTF-8\"", stageIndex: nil)
        )
        var rejected = ReportSamples.placedRecord(number: 4, id: "e")
        rejected.outcome = .rejected(reason: "empty", stageIndex: 2)
        let entries = [placed, duplicate, earlier, unread, rejected]

        let bytes = try #require(Data(base64Encoded: ReportPageData.chunk(entries)))
        let json = try JSONParser.parse(try #require(Deflate.decompress(Array(bytes))))
        guard case .array(let rules)? = json.objectValue?["rules"],
            case .array(let records)? = json.objectValue?["records"]
        else {
            Issue.record("unexpected chunk layout")
            return
        }
        var keys: [String] = []
        for rule in rules {
            guard case .array(let parts) = rule, case .string(let name) = parts[1] else { continue }
            keys.append(name)
        }
        #expect(records == entries.map { expectedDetail($0, ruleNames: keys) })
    }

    /// A record's detail as a value tree, rules numbered by `ruleNames`.
    private func expectedDetail(_ entry: RecordReport, ruleNames: [String]) -> JSONValue {
        var object = JSONObject()
        object["input"] = .string(entry.input)
        object["text"] = JSONValue(entry.originalText)
        if let cleaned = entry.cleanedText { object["cleaned"] = .string(cleaned) }
        object["kept"] = .number(JSONNumber(entry.keptCharacters))
        switch entry.outcome {
        case .canonical(let duplicates): object["duplicates"] = .array(duplicates.map(JSONValue.string))
        case .duplicate(let canonical, _): object["duplicateOf"] = .string(canonical)
        case .earlierNight(let canonical, let night, _):
            object["duplicateOf"] = .string(canonical)
            object["night"] = .string(night)
        case .rejected(let reason, let stageIndex):
            object["reason"] = .string(reason)
            object["rejectedAt"] = stageIndex.map { .number(JSONNumber($0)) } ?? .null
        }
        let spans = entry.originalText.map { TextOffsets.spans(of: entry.removals, in: $0, to: .utf16) }
        object["removals"] = .array(
            entry.removals.enumerated().map { position, removal in
                let span = spans?[position] ?? nil
                return .array([
                    .number(JSONNumber(removal.stageIndex)),
                    .number(JSONNumber(ruleNames.firstIndex(of: removal.rule) ?? -99)),
                    .number(JSONNumber(span?.lowerBound ?? -1)), .number(JSONNumber(span?.upperBound ?? -1)),
                    .number(JSONNumber(removal.characters)), .number(JSONNumber(removal.lines)),
                    .number(JSONNumber(removal.line ?? -1)), span == nil ? .string(removal.text) : .null,
                    .bool(removal.isTruncated), JSONValue(removal.detail),
                ])
            }
        )
        return .object(object)
    }

    @Test func theSummaryCountsAndChartsComeFromTheOverview() async throws {
        let html = try await page()
        #expect(html.contains(#"<b data-count="read">3</b>"#))
        #expect(html.contains(#"<b data-count="folded">1</b>"#))
        #expect(html.contains(#"data-filter="kind" data-value="advertisement""#))
        #expect(
            html.contains(
                ##"<td class="rule"><a href="#records" data-filter="rule" data-value="1:photo-caption">photo-caption</a></td>"##
            )
        )
    }

    @Test(arguments: [0, 1, 12_345, 1_234_567])
    func numbersAreGroupedInThousands(value: Int) {
        let expected = [0: "0", 1: "1", 12_345: "12,345", 1_234_567: "1,234,567"][value]
        #expect(ReportPage.grouped(value) == expected)
    }
}

extension String {
    /// The text between the first `start` and the next `end` after it.
    fileprivate func between(_ start: String, _ end: String) -> String? {
        guard let open = range(of: start), let close = range(of: end, range: open.upperBound..<endIndex) else {
            return nil
        }
        return String(self[open.upperBound..<close.lowerBound])
    }
}
