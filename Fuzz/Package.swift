// swift-tools-version: 6.0
// libFuzzer targets for winnow's parsers, one executable per target.
// Build and run them with ../Scripts/fuzz.sh; they need the sanitizer flags
// (`swift build -c debug -Xswiftc -sanitize=fuzzer,address`), so they live
// outside the main package, which never builds them.
import PackageDescription

let targets = ["fuzz-html", "fuzz-jsonl", "fuzz-json", "fuzz-config", "fuzz-boilerplate"]

let package = Package(
    name: "winnow-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "winnow", path: "..")],
    targets: [.systemLibrary(name: "CFuzzer")]
        + targets.map { name in
            .executableTarget(
                name: name,
                dependencies: ["CFuzzer", .product(name: "WinnowCore", package: "winnow")]
            )
        },
    swiftLanguageModes: [.v6]
)
