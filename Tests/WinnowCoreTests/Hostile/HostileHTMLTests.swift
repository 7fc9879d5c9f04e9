import Foundation
import Testing

@testable import WinnowCore

/// Pages that try to make the parser read something else: a DTD declaring
/// external entities, an external DTD, XInclude. Nothing is resolved or
/// fetched, so the secret planted next to the page never appears in the
/// output.
@Suite("hostile input: external entities")
struct HostileHTMLTests {
    static let secret = "TOP-SECRET-\(UUID().uuidString)"

    @Test func externalEntitiesInAnInternalDTDAreNeverResolved() async throws {
        let run = try await HostileRun.run { input in
            let secretFile = try input.write("private/secret.xml", Self.secret)
            let dtd = try input.write("private/evil.dtd", #"<!ENTITY leak "\#(Self.secret)">"#)
            try input.write(
                "page.html",
                """
                <!DOCTYPE html [
                  <!ENTITY xxe SYSTEM "file://\(secretFile)">
                  <!ENTITY % remote SYSTEM "file://\(dtd)">
                  %remote;
                  <!ENTITY net SYSTEM "http://127.0.0.1:9/never-fetched">
                ]>
                <html><body><p>The entities &xxe; and &net; and &leak; stay as they are written in the page.</p></body></html>
                """)
        }
        defer { run.remove() }
        #expect(run.rejections == [])
        #expect(run.text("page") == "The entities &xxe; and &net; and &leak; stay as they are written in the page.")
        let everything = try run.result.text("records.jsonl") + run.result.text("report.json")
        #expect(!everything.contains(Self.secret))
    }

    @Test func anExternalDTDAndXIncludeAreNeverLoaded() async throws {
        let run = try await HostileRun.run { input in
            let dtd = try input.write("private/evil.dtd", #"<!ENTITY leak "\#(Self.secret)">"#)
            let secretFile = try input.write("private/secret.xml", "<p>\(Self.secret)</p>")
            try input.write(
                "page.html",
                """
                <?xml version="1.0"?>
                <!DOCTYPE html SYSTEM "file://\(dtd)">
                <html xmlns:xi="http://www.w3.org/2001/XInclude"><body>
                <p>An XHTML page whose DTD defines &leak; and which includes a file.</p>
                <xi:include href="file://\(secretFile)" parse="text"/>
                </body></html>
                """)
        }
        defer { run.remove() }
        #expect(run.rejections == [])
        #expect(run.text("page") == "An XHTML page whose DTD defines &leak; and which includes a file.")
        #expect(!(try run.result.text("records.jsonl")).contains(Self.secret))
    }
}
