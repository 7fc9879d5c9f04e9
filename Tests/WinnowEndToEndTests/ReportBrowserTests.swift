import BrowserHarness
import Foundation
import Testing

/// report.html opened in headless Chromium as a reader would: the run's
/// own page, read through the DOM after the page's script has drawn it.
/// Screenshots go to `.build/test-output/report-browser/` (or
/// `$WINNOW_TEST_OUTPUT/report-browser/`).
@Suite("report.html in headless Chromium", .serialized)
struct ReportBrowserTests {
    static let outputFolder: String = {
        let base =
            ProcessInfo.processInfo.environment["WINNOW_TEST_OUTPUT"]
            ?? (WinnowCommand.packageRoot as NSString).appendingPathComponent(".build/test-output")
        let folder = (base as NSString).appendingPathComponent("report-browser")
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }()

    static func browser() throws -> HeadlessBrowser {
        let executable = try #require(
            HeadlessBrowser.findExecutable(),
            "Chromium is not installed: run bash Scripts/test.sh (it installs the Debian package chromium) or set CHROMIUM"
        )
        return try HeadlessBrowser(executable: executable, width: 1280, height: 1000)
    }

    /// Runs winnow into a fresh folder under the test output and returns it.
    static func run(_ arguments: [String], into name: String) throws -> String {
        let folder = (outputFolder as NSString).appendingPathComponent(name)
        try? FileManager.default.removeItem(atPath: folder)
        let result = try WinnowCommand.run(["run", "--quiet"] + arguments + ["--output", folder])
        #expect(result.status == 0, "\(result.standardError)")
        return folder
    }

    static func json(_ path: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
    }

    /// Opens the page (at `fragment`) and waits until its script is done.
    static func open(_ browser: HeadlessBrowser, folder: String, fragment: String = "") throws {
        var url = URL(fileURLWithPath: (folder as NSString).appendingPathComponent("report.html"))
        if !fragment.isEmpty, let withFragment = URL(string: url.absoluteString + "#" + fragment) { url = withFragment }
        try browser.open(url)
        try browser.wait(until: "['ready', 'error'].includes(document.body.dataset.state)")
        #expect(try browser.evaluate("document.body.dataset.state") as? String == "ready")
    }

    @Test func theSampleRunsPageShowsItsTotalsAndEveryRemovalWithItsRule() throws {
        let folder = try Self.run(["--config", "pipeline.json", "--input", "data"], into: "data-run")
        let report = try Self.json(folder + "/report.json")
        let counts = try #require(report["counts"] as? [String: Int])
        let totals = try #require(report["totals"] as? [String: Any])
        let records = try #require(report["records"] as? [[String: Any]])

        // A removal placed in its text, and one without a position.
        var placed: (id: String, rule: String, text: String)?
        var unplaced: (id: String, rule: String, text: String)?
        for record in records {
            guard let id = record["id"] as? String, let original = record["originalText"] as? String,
                let removals = record["removals"] as? [[String: Any]]
            else { continue }
            let scalars = Array(original.unicodeScalars)
            for removal in removals {
                guard let rule = removal["rule"] as? String, let text = removal["text"] as? String, !text.isEmpty,
                    removal["kind"] as? String != "whitespace"
                else { continue }
                if let start = removal["start"] as? Int, let end = removal["end"] as? Int, start < end, placed == nil {
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: scalars[start..<end])
                    placed = (id, rule, String(view).trimmingCharacters(in: .whitespacesAndNewlines))
                } else if removal["start"] == nil, unplaced == nil, removal["truncated"] == nil {
                    unplaced = (id, rule, text)
                }
            }
        }

        let browser = try Self.browser()
        defer { browser.shutDown() }
        try Self.open(browser, folder: folder)
        try browser.screenshot(to: Self.outputFolder + "/data-summary.png")

        // The summary says what report.json says.
        let shown = try #require(
            try browser.evaluate(
                "Object.fromEntries([...document.querySelectorAll('[data-count]')].map(e => [e.dataset.count, Number(e.textContent.replace(/,/g, ''))]))"
            ) as? [String: Int]
        )
        for key in ["read", "canonical", "folded", "rejected", "clusters", "skippedFiles"] {
            #expect(shown[key] == counts[key], "summary \(key)")
        }
        let shownTotals = try #require(
            try browser.evaluate(
                "Object.fromEntries([...document.querySelectorAll('[data-total]')].map(e => [e.dataset.total, e.textContent]))"
            )
                as? [String: String]
        )
        #expect(
            shownTotals["charactersRemoved"]?.replacingOccurrences(of: ",", with: "")
                == "\(totals["charactersRemoved"] ?? "")"
        )
        #expect(
            shownTotals["charactersIn"]?.replacingOccurrences(of: ",", with: "") == "\(totals["charactersIn"] ?? "")"
        )
        let share = try #require(totals["removedShare"] as? Double)
        #expect(shownTotals["removedShare"] == String(format: "%.1f%%", share * 100))
        #expect(try browser.evaluate("document.querySelectorAll('#summary svg g.bar').length") as? Int ?? 0 > 10)
        #expect(try browser.evaluate("document.querySelectorAll('#rule-table tbody tr').length") as? Int ?? 0 > 5)

        // A removal with a position is struck through in place, labelled
        // with its stage and rule.
        let known = try #require(placed, "the data/ run has a removal with a position in its text")
        try Self.open(browser, folder: folder, fragment: "record=" + encode(known.id))
        try browser.wait(until: "document.querySelector('#record-list details[open] .text')")
        let inPlace =
            try browser.evaluate(
                """
                (() => {
                  const text = \(literal(known.text));
                  const spans = [...document.querySelectorAll('#record-list details[open] .text .rm')];
                  const span = spans.find(s => s.querySelector('del').textContent.trim() === text);
                  if (!span) return 'no struck span with the text; spans: ' + spans.map(s => s.textContent).join(' | ');
                  const del = span.querySelector('del');
                  if (!getComputedStyle(del).textDecorationLine.includes('line-through')) return 'not struck through';
                  const tag = span.querySelector('.rm-tag');
                  if (!tag || !tag.textContent.endsWith(\(literal(known.rule)))) return 'not labelled with its rule: ' + (tag && tag.textContent);
                  return 'ok';
                })()
                """
            ) as? String
        #expect(inPlace == "ok")
        try browser.screenshot(to: Self.outputFolder + "/data-record-in-place.png")

        // One without a position is listed under its record's text, struck
        // through, with its rule (or, when its text is a unique line of the
        // original, struck through there and marked as found by its text).
        let listed = try #require(unplaced, "the data/ run has a removal without a position")
        try Self.open(browser, folder: folder, fragment: "record=" + encode(listed.id))
        try browser.wait(until: "document.querySelector('#record-list details[open] table.removals')")
        let inList =
            try browser.evaluate(
                """
                (() => {
                  const text = \(literal(listed.text)), rule = \(literal(listed.rule));
                  const struck = del => del && getComputedStyle(del).textDecorationLine.includes('line-through');
                  const rows = [...document.querySelectorAll('#record-list details[open] table.removals tbody tr')];
                  const row = rows.find(r => r.cells[1].textContent === rule && r.cells[4].querySelector('del') &&
                    r.cells[4].querySelector('del').textContent === text);
                  if (row) return struck(row.cells[4].querySelector('del')) ? 'ok' : 'not struck through';
                  const span = [...document.querySelectorAll('#record-list details[open] .text .rm.found')]
                    .find(s => s.querySelector('del').textContent === text && s.querySelector('.rm-tag').textContent.endsWith(rule));
                  if (span) return struck(span.querySelector('del')) ? 'ok' : 'not struck through';
                  return 'not shown';
                })()
                """
            ) as? String
        #expect(inList == "ok")

        // A duplicate's diff against its canonical, side by side.
        try browser.evaluate("document.querySelector('#cluster-list button.diff-button').click()")
        try browser.wait(until: "document.querySelector('#diff-panel .diff-columns')")
        let columns =
            try browser.evaluate(
                "[...document.querySelectorAll('#diff-panel .diff-columns .text')].map(c => c.textContent.length)"
            ) as? [Int]
        #expect(columns?.count == 2 && columns?.allSatisfy { $0 > 100 } == true)
        try browser.screenshot(to: Self.outputFolder + "/data-cluster-diff.png")

        // Filtering by a rule lists only the records it touched.
        let filtered =
            try browser.evaluate(
                """
                (() => {
                  const select = document.querySelector('#filters select[name=rule]');
                  select.value = select.options[1].value;
                  select.dispatchEvent(new Event('change', {bubbles: true}));
                  return document.querySelector('#record-status').textContent;
                })()
                """
            ) as? String
        #expect(filtered?.contains("matching") == true, "\(filtered ?? "")")
        #expect(browser.problems.isEmpty, "\(browser.problems)")
    }

    @Test func aRecordInALaterChunkShowsItsOwnRules() throws {
        // 450 records, three chunks: the first 200 lose a share prompt, the
        // rest an ad marker, so chunk 2 numbers its rules unlike the index.
        let input = (Self.outputFolder as NSString).appendingPathComponent("chunks.jsonl")
        let lines = try (0..<450).map { number in
            let words = (0..<40).map { "w\(number)x\($0)" }.joined(separator: " ")
            let noise = number < 200 ? "Share this article" : "Story continues below advertisement"
            let record: [String: Any] = [
                "id": "r\(number)", "text": "Story \(number): \(words).\n\n\(noise)\n\nThe end of story \(number).",
            ]
            return String(
                decoding: try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]),
                as: UTF8.self
            )
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: input, atomically: true, encoding: .utf8)
        let config = try WinnowCommand.configuration(
            #"{"version": 1, "stages": [{"stage": "boilerplate", "learn": false}, {"stage": "normalize"}]}"#
        )
        let folder = try Self.run(["--config", config, "--input", input], into: "chunks-run")
        let records = try #require(try Self.json(folder + "/report.json")["records"] as? [[String: Any]])
        let removals = try #require(records[300]["removals"] as? [[String: Any]])
        let rule = try #require(removals.first { $0["kind"] as? String != "whitespace" }?["rule"] as? String)

        let browser = try Self.browser()
        defer { browser.shutDown() }
        try Self.open(browser, folder: folder, fragment: "record=r300")
        try browser.wait(until: "document.querySelector('#record-list details[open] .text .rm-tag')")
        let tags =
            try browser.evaluate(
                "[...document.querySelectorAll('#record-list details[open] .text .rm-tag')].map(t => t.textContent)"
            ) as? [String]
        #expect(tags?.contains { $0.hasSuffix(rule) } == true, "\(tags ?? []) should name \(rule)")
        #expect(browser.problems.isEmpty, "\(browser.problems)")
    }

    @Test func scrapedScriptsHandlersAndJavascriptLinksAreShownAsInertText() throws {
        let input = (Self.outputFolder as NSString).appendingPathComponent("hostile.jsonl")
        let hostile = [
            [
                "id": "hostile-1",
                "title": "Harbour vote <img src=x onerror=\"window.__pwned=1\">",
                "source": "<b>harbour</b>.example",
                "text": """
                The harbour council approved its budget on Tuesday after a long debate about ferry fares.

                <script>window.__pwned = 2; document.title = 'pwned';</script>

                The new timetable <img src=x onerror="window.__pwned=3"> starts in May; read it at <a href="javascript:window.__pwned=4">the harbour office</a> or on the noticeboard.

                Advertisement
                """,
            ],
            [
                "id": "<svg onload=\"window.__pwned=5\">",
                "text":
                    "A short notice about the <iframe src=\"javascript:window.__pwned=6\"></iframe> lake path reopening next week after repairs to the boardwalk.",
            ],
        ]
        let lines = try hostile.map {
            String(decoding: try JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]), as: UTF8.self)
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: input, atomically: true, encoding: .utf8)
        let config = try WinnowCommand.configuration(
            #"{"version": 1, "stages": [{"stage": "html"}, {"stage": "boilerplate"}, {"stage": "normalize"}]}"#
        )
        let folder = try Self.run(["--config", config, "--input", input], into: "hostile-run")

        let browser = try Self.browser()
        defer { browser.shutDown() }
        try Self.open(browser, folder: folder, fragment: "record=hostile-1")
        try browser.wait(until: "document.querySelector('#record-list details[open] .text')")
        let verdict =
            try browser.evaluate(
                """
                (() => {
                  const problems = [];
                  if (window.__pwned !== undefined) problems.push('a payload ran: ' + window.__pwned);
                  if (document.title === 'pwned') problems.push('the title was changed');
                  const scripts = [...document.scripts];
                  if (scripts.filter(s => !s.type).length !== 1) problems.push('scripts: ' + scripts.filter(s => !s.type).length);
                  if (scripts.some(s => s.type && s.type !== 'application/octet-stream')) problems.push('a script of another type');
                  if (document.querySelector('img, iframe, object, embed, #record-list svg, #record-list b')) problems.push('a scraped element became markup');
                  const foreign = [...document.querySelectorAll('#record-list details[open] .text *')].filter(e => !['SPAN', 'DEL'].includes(e.tagName));
                  if (foreign.length) problems.push('unexpected elements in the text: ' + foreign.map(e => e.tagName));
                  for (const e of document.querySelectorAll('*')) for (const a of e.attributes) {
                    if (a.name.startsWith('on')) problems.push('handler attribute ' + a.name + ' on ' + e.tagName);
                    if (/^\\s*javascript:/i.test(a.value)) problems.push('javascript: in ' + a.name + ' of ' + e.tagName);
                  }
                  for (const a of document.querySelectorAll('a[href]')) if (!a.getAttribute('href').startsWith('#')) problems.push('link out: ' + a.getAttribute('href'));
                  const text = document.querySelector('#record-list details[open] .text').textContent;
                  for (const s of ['<script>window.__pwned = 2;', 'onerror="window.__pwned=3"', 'href="javascript:window.__pwned=4"'])
                    if (!text.includes(s)) problems.push('not shown as text: ' + s);
                  const summary = document.querySelector('#record-list details[open] summary').textContent;
                  if (!summary.includes('<img src=x onerror="window.__pwned=1">')) problems.push('title not shown as text');
                  if (!summary.includes('<b>harbour</b>.example')) problems.push('source not shown as text');
                  const ids = [...document.querySelectorAll('#record-list summary .rid')].map(e => e.textContent);
                  if (!ids.includes('<svg onload="window.__pwned=5">')) problems.push('id not shown as text: ' + ids);
                  return problems;
                })()
                """
            ) as? [String]
        #expect(verdict == [])
        try browser.screenshot(to: Self.outputFolder + "/hostile-record.png")
        #expect(browser.problems.isEmpty, "\(browser.problems)")
    }
}

/// A JavaScript string literal of `text`.
private func literal(_ text: String) -> String {
    String(decoding: (try? JSONSerialization.data(withJSONObject: [text])) ?? Data("[\"\"]".utf8), as: UTF8.self)
        .dropFirst().dropLast().description
}

/// `text` percent-encoded for a URL fragment.
private func encode(_ text: String) -> String {
    text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
}
