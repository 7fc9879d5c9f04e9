// swift-tools-version: 6.0
// Benchmarks for winnow, kept out of the main package so that their
// dependencies never reach a user's build.
import PackageDescription

let package = Package(
    name: "winnow-benchmarks",
    platforms: [.macOS(.v15)],
    // Named explicitly: a path dependency is otherwise known by its folder name.
    dependencies: [
        .package(name: "winnow", path: ".."),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        // Times the `html` stage in-process over a folder of pages.
        .executableTarget(
            name: "extract-throughput",
            dependencies: [.product(name: "WinnowCore", package: "winnow")],
            path: "Sources/ExtractThroughput"
        ),
        // Tonight's run against an empty nightly state and against one
        // indexing a million earlier canonicals (Scripts/bench-nightly.sh).
        .executableTarget(
            name: "nightly-store-benchmark",
            dependencies: [
                .product(name: "WinnowCore", package: "winnow"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Sources/NightlyStore"
        ),
    ],
    swiftLanguageModes: [.v6]
)
