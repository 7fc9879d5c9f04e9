import Foundation

/// One process run under `/usr/bin/time -v`: wall time measured here, CPU
/// time and peak RSS as `time` reports them.
struct Measurement {
    var wall = 0.0
    var user = 0.0
    var system = 0.0
    var peakRSSKiB = 0
    var status: Int32 = 0
    var standardOutput = ""
    var standardError = ""

    var cpu: Double { user + system }

    /// Runs `arguments` (the program first) and measures it.
    static func run(_ arguments: [String], timeOutput: String) throws -> Measurement {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-v", "-o", timeOutput] + arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        let started = ContinuousClock.now
        try process.run()
        // Drain both pipes while the process runs, so neither fills up.
        let errorData = LockedData()
        let errorReader = Thread { errorData.set(error.fileHandleForReading.readDataToEndOfFile()) }
        errorReader.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errorData.isSet { usleep(1000) }
        var measurement = Measurement()
        measurement.wall = (ContinuousClock.now - started).seconds
        measurement.status = process.terminationStatus
        measurement.standardOutput = String(decoding: outputData, as: UTF8.self)
        measurement.standardError = String(decoding: errorData.data, as: UTF8.self)
        let report = (try? String(contentsOfFile: timeOutput, encoding: .utf8)) ?? ""
        for line in report.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let key = parts[0].trimmingCharacters(in: .whitespaces)
            let value = parts[1].trimmingCharacters(in: .whitespaces)
            switch key {
            case "User time (seconds)": measurement.user = Double(value) ?? 0
            case "System time (seconds)": measurement.system = Double(value) ?? 0
            case "Maximum resident set size (kbytes)": measurement.peakRSSKiB = Int(value) ?? 0
            default: break
            }
        }
        return measurement
    }
}

/// Data handed from a reader thread, under a lock.
final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Data?

    func set(_ data: Data) { lock.withLock { value = data } }
    var isSet: Bool { lock.withLock { value != nil } }
    var data: Data { lock.withLock { value ?? Data() } }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

/// The `timing` object of a report.json, read from the head of the file
/// (the records that follow can be gigabytes).
struct ReportTiming {
    var stages: [(name: String, seconds: Double)] = []
    var phases: [(name: String, seconds: Double)] = []
    var work: [(name: String, seconds: Double)] = []

    static func read(_ path: String) -> ReportTiming? {
        guard let object = headObject("timing", in: path) else { return nil }
        var timing = ReportTiming()
        for entry in object["stages"] as? [[String: Any]] ?? [] {
            timing.stages.append(("\(entry["stage"] ?? "?")", (entry["seconds"] as? Double) ?? 0))
        }
        for entry in object["phases"] as? [[String: Any]] ?? [] {
            timing.phases.append(("\(entry["phase"] ?? "?")", (entry["seconds"] as? Double) ?? 0))
        }
        for entry in object["work"] as? [[String: Any]] ?? [] {
            timing.work.append(("\(entry["step"] ?? "?")", (entry["seconds"] as? Double) ?? 0))
        }
        return timing
    }

    /// The object under top-level key `key` in the first MiB of a report.json.
    static func headObject(_ name: String, in path: String) -> [String: Any]? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 1 << 20) else { return nil }
        let bytes = [UInt8](head)
        guard let key = find(Array("\"\(name)\"".utf8), in: bytes),
            let open = bytes[key...].firstIndex(of: UInt8(ascii: "{"))
        else { return nil }
        var depth = 0
        var inString = false
        var escaped = false
        var end = open
        for index in open..<bytes.count {
            let byte = bytes[index]
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            if byte == UInt8(ascii: "\"") { inString = true }
            if byte == UInt8(ascii: "{") { depth += 1 }
            if byte == UInt8(ascii: "}") {
                depth -= 1
                if depth == 0 {
                    end = index
                    break
                }
            }
        }
        guard end > open else { return nil }
        return try? JSONSerialization.jsonObject(with: Data(bytes[open...end])) as? [String: Any]
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<start + needle.count]) == needle { return start }
        }
        return nil
    }
}
