// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "krant",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Krant", targets: ["KrantCorpus", "KrantQuery", "KrantRender"]),
        .executable(name: "krant", targets: ["krant"]),
        .executable(name: "krant-bench", targets: ["krant-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .systemLibrary(name: "CPseudoTerminal"),
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
        .target(name: "KrantCorpus", dependencies: ["CStemmer", .product(name: "Yams", package: "Yams")]),
        .target(name: "KrantQuery", dependencies: ["KrantCorpus"]),
        .target(name: "KrantSynthetic", dependencies: ["KrantCorpus"]),
        .target(name: "KrantRender", dependencies: ["KrantCorpus", "KrantQuery"]),
        // The PostgreSQL backend; the shell runs statements on it when --corpus names a database.
        .target(
            name: "KrantPostgres",
            dependencies: ["KrantCorpus", "KrantQuery", .product(name: "PostgresNIO", package: "postgres-nio"),
                           .product(name: "Logging", package: "swift-log")]
        ),
        .target(name: "KrantShell", dependencies: ["KrantCorpus", "KrantQuery", "KrantRender", "KrantPostgres", "CEditLine"]),
        .executableTarget(
            name: "krant",
            dependencies: ["KrantShell", "KrantPostgres", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "krant-bench",
            dependencies: ["KrantCorpus", "KrantQuery", "KrantRender", "KrantSynthetic", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Shared by the test targets only: temporary folders that clean up, and an SVG reader for chart tests.
        .target(name: "KrantTestSupport", path: "Tests/KrantTestSupport"),
        .testTarget(name: "KrantCorpusTests", dependencies: ["KrantCorpus", "KrantSynthetic", "KrantTestSupport"]),
        .testTarget(name: "KrantQueryTests", dependencies: ["KrantQuery", "KrantSynthetic"]),
        .testTarget(name: "KrantRenderTests", dependencies: ["KrantRender", "KrantTestSupport"]),
        // Runs against a real server named by KRANT_TEST_POSTGRES_URL; .ci/run starts one.
        .testTarget(name: "KrantPostgresTests", dependencies: ["KrantPostgres", "KrantQuery", "KrantCorpus", "KrantSynthetic", "KrantTestSupport",
                                                           .product(name: "PostgresNIO", package: "postgres-nio")]),
        .testTarget(name: "KrantShellTests", dependencies: ["KrantShell", "KrantPostgres", "KrantSynthetic", "CPseudoTerminal", "KrantTestSupport"]),
    ]
)
