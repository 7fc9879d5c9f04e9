public import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the browser could not do what was asked.
public struct BrowserError: Error, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}

/// A headless Chromium driven over the DevTools protocol on a pipe
/// (`--remote-debugging-pipe`: commands on fd 3, replies on fd 4, each a
/// JSON message ended by a NUL byte), with no network port and a fresh
/// profile in a temporary folder.
///
/// Every wait has a deadline, so a browser that hangs fails the caller
/// instead of the test run. Console errors, uncaught exceptions and
/// browser log errors (such as Content-Security-Policy violations) are
/// collected in ``problems``.
public final class HeadlessBrowser {
    /// Chromium's console errors, exceptions and error log entries so far.
    public private(set) var problems: [String] = []
    private let process: pid_t
    private let toBrowser: Int32
    private let fromBrowser: Int32
    private let profile: String
    private var buffer: [UInt8] = []
    private var nextID = 1
    private var session: String?
    private var closed = false

    /// Finds Chromium: `$CHROMIUM`, then `chromium`, `chromium-browser`,
    /// `google-chrome` on the PATH.
    public static func findExecutable() -> String? {
        if let path = ProcessInfo.processInfo.environment["CHROMIUM"],
            FileManager.default.isExecutableFile(atPath: path)
        {
            return path
        }
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for directory in directories {
                let path = "\(directory)/\(name)"
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        return nil
    }

    /// Starts the browser with a `width` × `height` window and attaches to
    /// its page.
    public init(executable: String, width: Int = 1280, height: Int = 900, timeout: Duration = .seconds(30)) throws {
        profile = NSTemporaryDirectory() + "winnow-chromium-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: profile, withIntermediateDirectories: true)
        var arguments = [
            executable, "--headless", "--remote-debugging-pipe", "--user-data-dir=\(profile)", "--disable-gpu",
            "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
            "--disable-sync", "--disable-default-apps", "--disable-dev-shm-usage", "--mute-audio", "--hide-scrollbars",
            "--window-size=\(width),\(height)", "about:blank",
        ]
        // Chromium refuses to run as root with its sandbox on (CI runs as root).
        if geteuid() == 0 { arguments.insert("--no-sandbox", at: 1) }

        var commands: [Int32] = [0, 0]
        var replies: [Int32] = [0, 0]
        guard pipe(&commands) == 0, pipe(&replies) == 0 else { throw BrowserError("cannot create pipes") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, commands[0], 3)
        posix_spawn_file_actions_adddup2(&actions, replies[1], 4)
        let log = profile + "/chromium.log"
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, log, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let status = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        close(commands[0])
        close(replies[1])
        guard status == 0 else {
            close(commands[1])
            close(replies[0])
            throw BrowserError("cannot start \(executable): \(String(cString: strerror(status)))")
        }
        process = pid
        toBrowser = commands[1]
        fromBrowser = replies[0]
        signal(SIGPIPE, SIG_IGN)

        let targets = try send("Target.getTargets", timeout: timeout)
        let infos = (targets["targetInfos"] as? [[String: Any]]) ?? []
        let pageID: String
        if let page = infos.first(where: { $0["type"] as? String == "page" }), let id = page["targetId"] as? String {
            pageID = id
        } else {
            let created = try send("Target.createTarget", ["url": "about:blank"], timeout: timeout)
            guard let id = created["targetId"] as? String else { throw BrowserError("no page to drive") }
            pageID = id
        }
        let attached = try send("Target.attachToTarget", ["targetId": pageID, "flatten": true], timeout: timeout)
        guard let sessionID = attached["sessionId"] as? String else { throw BrowserError("cannot attach to the page") }
        session = sessionID
        for domain in ["Runtime.enable", "Log.enable", "Page.enable"] { _ = try send(domain, timeout: timeout) }
    }

    deinit { shutDown() }

    /// Loads `url` and waits until `document.readyState` is complete.
    public func open(_ url: URL, timeout: Duration = .seconds(20)) throws {
        _ = try send("Page.navigate", ["url": url.absoluteString], timeout: timeout)
        try wait(until: "document.readyState === 'complete'", timeout: timeout)
    }

    /// Evaluates `expression` in the page (awaiting a promise) and returns
    /// its value as JSON-compatible Foundation values.
    @discardableResult
    public func evaluate(_ expression: String, timeout: Duration = .seconds(20)) throws -> Any? {
        let reply = try send(
            "Runtime.evaluate",
            ["expression": expression, "returnByValue": true, "awaitPromise": true],
            timeout: timeout
        )
        if let exception = reply["exceptionDetails"] as? [String: Any] {
            let text = ((exception["exception"] as? [String: Any])?["description"] as? String) ?? "\(exception)"
            throw BrowserError("the page threw while evaluating: \(text)")
        }
        return (reply["result"] as? [String: Any])?["value"]
    }

    /// Polls `condition` (a JavaScript expression) until it is true.
    public func wait(until condition: String, timeout: Duration = .seconds(20)) throws {
        let deadline = ContinuousClock.now + timeout
        while true {
            if (try evaluate("Boolean(\(condition))", timeout: timeout) as? Bool) == true { return }
            guard ContinuousClock.now < deadline else { throw BrowserError("timed out waiting for \(condition)") }
            usleep(50_000)
        }
    }

    /// Writes a PNG screenshot of the page (the whole page when `fullPage`).
    public func screenshot(to path: String, fullPage: Bool = false, timeout: Duration = .seconds(30)) throws {
        var parameters: [String: Any] = ["format": "png"]
        if fullPage { parameters["captureBeyondViewport"] = true }
        let reply = try send("Page.captureScreenshot", parameters, timeout: timeout)
        guard let base64 = reply["data"] as? String, let data = Data(base64Encoded: base64) else {
            throw BrowserError("no screenshot data")
        }
        try data.write(to: URL(fileURLWithPath: path))
    }

    /// Closes the browser and removes its profile.
    public func shutDown() {
        guard !closed else { return }
        closed = true
        _ = try? send("Browser.close", sessionless: true, timeout: .seconds(5))
        close(toBrowser)
        close(fromBrowser)
        var status: Int32 = 0
        for _ in 0..<50 {
            if waitpid(process, &status, WNOHANG) == process {
                try? FileManager.default.removeItem(atPath: profile)
                return
            }
            usleep(100_000)
        }
        kill(process, SIGKILL)
        waitpid(process, &status, 0)
        try? FileManager.default.removeItem(atPath: profile)
    }

    // MARK: - Protocol

    @discardableResult
    private func send(
        _ method: String,
        _ parameters: [String: Any] = [:],
        sessionless: Bool = false,
        timeout: Duration
    ) throws -> [String: Any] {
        let id = nextID
        nextID += 1
        var message: [String: Any] = ["id": id, "method": method, "params": parameters]
        if !sessionless, !method.hasPrefix("Target."), let session { message["sessionId"] = session }
        var bytes = [UInt8](try JSONSerialization.data(withJSONObject: message))
        bytes.append(0)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(toBrowser, $0.baseAddress, $0.count) }
            guard count > 0 else { throw BrowserError("the browser closed its pipe (\(method))") }
            written += count
        }
        let deadline = ContinuousClock.now + timeout
        while true {
            let reply = try nextMessage(deadline: deadline, waitingFor: method)
            if reply["id"] as? Int == id {
                if let error = reply["error"] as? [String: Any] {
                    throw BrowserError("\(method) failed: \(error["message"] as? String ?? "\(error)")")
                }
                return (reply["result"] as? [String: Any]) ?? [:]
            }
            note(reply)
        }
    }

    private func nextMessage(deadline: ContinuousClock.Instant, waitingFor method: String) throws -> [String: Any] {
        while true {
            if let end = buffer.firstIndex(of: 0) {
                let data = Data(buffer[..<end])
                buffer.removeSubrange(...end)
                guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { continue }
                return object
            }
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero else { throw BrowserError("timed out waiting for the browser (\(method))") }
            var descriptor = pollfd(fd: fromBrowser, events: Int16(POLLIN), revents: 0)
            let milliseconds = Int32(
                max(1, remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000)
            )
            let ready = poll(&descriptor, 1, milliseconds)
            if ready <= 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let count = chunk.withUnsafeMutableBytes { read(fromBrowser, $0.baseAddress, $0.count) }
            guard count > 0 else { throw BrowserError("the browser exited (\(method)); see its log in \(profile)") }
            buffer.append(contentsOf: chunk[0..<count])
        }
    }

    private func note(_ event: [String: Any]) {
        let parameters = event["params"] as? [String: Any] ?? [:]
        switch event["method"] as? String {
        case "Runtime.consoleAPICalled" where (parameters["type"] as? String) == "error":
            let arguments = (parameters["args"] as? [[String: Any]]) ?? []
            problems.append(
                "console.error: "
                    + arguments.map { ($0["value"] as? String) ?? ($0["description"] as? String) ?? "?" }.joined(
                        separator: " "
                    )
            )
        case "Runtime.exceptionThrown":
            let details = parameters["exceptionDetails"] as? [String: Any] ?? [:]
            let description = (details["exception"] as? [String: Any])?["description"] as? String
            problems.append("exception: \(description ?? details["text"] as? String ?? "?")")
        case "Log.entryAdded":
            let entry = parameters["entry"] as? [String: Any] ?? [:]
            if (entry["level"] as? String) == "error" {
                problems.append("log (\(entry["source"] as? String ?? "?")): \(entry["text"] as? String ?? "?")")
            }
        default:
            break
        }
    }
}
