import Foundation
import Testing

/// Runs the built `winnow` executable as a user would.
struct WinnowCommand {
    struct Output {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The package's root folder.
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url.path
            }
        }
        preconditionFailure("cannot find the package root above \(#filePath)")
    }()

    /// The `winnow` binary built next to this test bundle.
    static let executable: URL = {
        var candidates: [URL] = []
        #if os(Linux)
        candidates.append(URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent())
        #endif
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            candidates.append(bundle.bundleURL.deletingLastPathComponent())
        }
        for directory in candidates {
            let binary = directory.appendingPathComponent("winnow")
            if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
        }
        preconditionFailure(
            "cannot find the winnow executable near the test bundle (looked in \(candidates.map(\.path)))"
        )
    }()

    /// Runs `winnow` with `arguments` in the package root.
    static func run(_ arguments: [String], standardInput: String? = nil) throws -> Output {
        try run(arguments, standardInputBytes: standardInput.map { Data($0.utf8) })
    }

    /// Runs `winnow` with `arguments`, writing `standardInputBytes` (any
    /// bytes, not only text) to its standard input.
    static func run(_ arguments: [String], standardInputBytes: Data?) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: packageRoot)
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let standardInputBytes { input.fileHandleForWriting.write(standardInputBytes) }
        try input.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self)
        )
    }

    /// A path for output that does not exist yet.
    static func freshOutputPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("winnow-e2e-\(UUID().uuidString)").path
    }

    /// Writes a configuration file and returns its path.
    static func configuration(_ json: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-e2e-\(UUID().uuidString).json")
            .path
        try Data(json.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
}
