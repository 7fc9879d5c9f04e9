import Foundation

@testable import WinnowCore

/// Paths to the package's files, for tests that read the sample data.
enum Fixtures {
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

    static var dataDirectory: String { packageRoot.appending("data") }
    static var fixturesDirectory: String { packageRoot.appending("Tests/Fixtures") }

    /// Reads a JSON fixture from `Tests/Fixtures`.
    static func json(_ name: String) throws -> JSONValue {
        let data = try Data(contentsOf: URL(fileURLWithPath: fixturesDirectory.appending(name)))
        return try JSONParser.parse(Array(data))
    }

    /// A fresh temporary directory, removed by the caller.
    static func temporaryDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-tests-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

extension String {
    /// This path with `component` appended.
    func appending(_ component: String) -> String {
        (self as NSString).appendingPathComponent(component)
    }
}
