// swift-tools-version: 6.0
// The throughput benchmark: generates articles and times `winnow run` over
// them next to `wc -w` on the same file. A package of its own so the main
// package carries no benchmark code; it drives the release binary built by
// the main package (see Scripts/bench.sh).
import PackageDescription

let package = Package(
    name: "winnow-throughput",
    platforms: [.macOS(.v15)],
    targets: [
        .executableTarget(name: "throughput", path: "Sources/throughput")
    ],
    swiftLanguageModes: [.v6]
)
