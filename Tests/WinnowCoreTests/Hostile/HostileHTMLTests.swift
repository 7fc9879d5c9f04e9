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
                """
            )
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
                """
            )
        }
        defer { run.remove() }
        #expect(run.rejections == [])
        #expect(run.text("page") == "An XHTML page whose DTD defines &leak; and which includes a file.")
        #expect(!(try run.result.text("records.jsonl")).contains(Self.secret))
    }

    @Test func entitiesAndDTDsOnTheNetworkAreNeverFetched() async throws {
        let listener = try LocalListener()
        defer { listener.close() }
        let base = "http://127.0.0.1:\(listener.port)"
        let run = try await HostileRun.run { input in
            try input.write(
                "remote-dtd.html",
                """
                <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "\(base)/xhtml1-strict.dtd">
                <html><body><p>A page whose doctype points at a server that must never be asked for anything.</p></body></html>
                """
            )
            try input.write(
                "remote-entity.html",
                """
                <!DOCTYPE html [<!ENTITY % net SYSTEM "\(base)/evil.dtd"> %net; <!ENTITY e SYSTEM "\(base)/e">]>
                <html><body><p>The entity &e; names a URL on that server and stays unexpanded in the text.</p></body></html>
                """
            )
        }
        defer { run.remove() }
        #expect(run.rejections == [])
        #expect(
            run.text("remote-dtd") == "A page whose doctype points at a server that must never be asked for anything."
        )
        #expect(
            run.text("remote-entity") == "The entity &e; names a URL on that server and stays unexpanded in the text."
        )
        #expect(listener.pendingConnections() == 0, "the parser connected to \(base)")
        // The listener does see a connection when one is made.
        let client = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { _ = Glibc.close(client) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = listener.port.bigEndian
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(client, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        #expect(connected == 0)
        #expect(listener.pendingConnections() == 1)
    }
}

/// A TCP socket listening on a free port of 127.0.0.1 that nobody should
/// connect to; it counts the connections waiting to be accepted.
struct LocalListener {
    let descriptor: Int32
    let port: UInt16

    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw MissingValue(type: "socket") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                bind(descriptor, raw, length) == 0 && listen(descriptor, 16) == 0
                    && getsockname(descriptor, raw, &length) == 0
            }
        }
        guard bound else { throw MissingValue(type: "a listening socket") }
        self.descriptor = descriptor
        port = UInt16(bigEndian: address.sin_port)
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
    }

    /// Accepts (and closes) every connection already made.
    func pendingConnections() -> Int {
        var count = 0
        while true {
            let client = accept(descriptor, nil, nil)
            guard client >= 0 else { return count }
            count += 1
            _ = Glibc.close(client)
        }
    }

    func close() {
        _ = Glibc.close(descriptor)
    }
}
