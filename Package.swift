// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "winnow",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "winnow", targets: ["winnow"]),
        .library(name: "WinnowCore", targets: ["WinnowCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // libxml2, seen through a shim header (see shim.h for why it exists).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // libdeflate, which compresses the data report.html embeds.
        .systemLibrary(
            name: "CDeflate",
            pkgConfig: "libdeflate",
            providers: [.apt(["libdeflate-dev"]), .brew(["libdeflate"])]
        ),
        // glibc's mallopt, for the executable (see AllocatorTuning.swift).
        .systemLibrary(name: "CMalloc"),
        // The only Swift code that touches libxml2 pointers.
        .target(name: "HTMLText", dependencies: ["CLibXML2"]),
        // Every piece of winnow's logic: input, stages, dedup, report, store.
        .target(
            name: "WinnowCore",
            dependencies: [
                "HTMLText",
                "CDeflate",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // A thin command-line front end over WinnowCore.
        .executableTarget(
            name: "winnow",
            dependencies: [
                "WinnowCore",
                "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "HTMLTextTests", dependencies: ["HTMLText"]),
        // What the core and end-to-end tests share: a seeded generator.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(
            name: "WinnowCoreTests",
            dependencies: ["WinnowCore", "TestSupport", .product(name: "Logging", package: "swift-log")]
        ),
        // Drives headless Chromium over the DevTools protocol (a pipe): the
        // browser test of report.html and the report render benchmark.
        .target(name: "BrowserHarness", path: "Tests/BrowserHarness"),
        // Runs the built `winnow` executable as a user would.
        .testTarget(name: "WinnowEndToEndTests", dependencies: ["winnow", "BrowserHarness", "TestSupport"]),
        // Times report.html of a generated 100,000-record run in headless
        // Chromium (Scripts/bench-report.sh); not part of the test suite.
        .executableTarget(
            name: "report-render-benchmark",
            dependencies: ["BrowserHarness"],
            path: "Benchmarks/ReportRender"
        ),
    ],
    swiftLanguageModes: [.v6]
)

for target in package.targets where [.executable, .test, .regular].contains(target.type) {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    target.swiftSettings = settings
}
