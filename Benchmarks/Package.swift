// swift-tools-version: 6.0
// Benchmarks for winnow, kept out of the main package so that their
// dependencies never reach a user's build.
import PackageDescription

let package = Package(
    name: "winnow-benchmarks",
    platforms: [.macOS(.v15)],
    // Named explicitly: a path dependency is otherwise known by its folder name.
    dependencies: [.package(name: "winnow", path: "..")],
    targets: [
        // Times the `html` stage in-process over a folder of pages.
        .executableTarget(
            name: "extract-throughput",
            dependencies: [.product(name: "WinnowCore", package: "winnow")],
            path: "Sources/ExtractThroughput"
        )
    ],
    swiftLanguageModes: [.v6]
)
