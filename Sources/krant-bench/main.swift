import ArgumentParser
import Foundation
import KrantCorpus
import KrantQuery
import KrantSynthetic

/// `krant-bench`: generates synthetic corpora and measures loading, memory and queries.
///
///     swift run -c release krant-bench run --articles 10000,100000
struct KrantBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "krant-bench",
        abstract: "Measure krant on generated corpora and write the results to BENCHMARKS.md.",
        subcommands: [Run.self, Generate.self, Analyses.self],
        defaultSubcommand: Run.self
    )
}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write a synthetic corpus in the seed format.")

    @Option(help: "How many articles.") var articles = 10_000
    @Option(help: "The seed; the same seed gives a byte-identical corpus.") var seed: UInt64 = 1
    @Option(help: "The folder to write.") var output: String

    func run() throws {
        try CorpusFiles.write(count: articles, seed: seed, to: output)
        print("wrote \(articles) articles to \(output)")
    }
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Load generated corpora and time the fixed query set.")

    @Option(help: "Corpus sizes, comma-separated.") var articles = "10000,100000"
    @Option(help: "Timed runs per query.") var runs = 21
    @Option(help: "Timed runs per query for the naive full scan.") var naiveRuns = 3
    @Option(help: "Where generated corpora are kept between runs.") var cache = ".build-bench"
    @Option(help: "The report to write.") var report = "BENCHMARKS.md"
    @Flag(inversion: .prefixedNo, help: "Time the same queries in SQLite FTS5 (python3 scripts/sqlite_fts5_bench.py).")
    var sqlite = true

    func run() throws {
        var sections: [String] = []
        for size in articles.split(separator: ",").compactMap({ Int($0) }) {
            let folder = "\(cache)/corpus-\(size)-seed1"
            if !FileManager.default.fileExists(atPath: folder + "/.complete") {
                print("generating \(size) articles in \(folder)…")
                try CorpusFiles.write(count: size, seed: 1, to: folder)
            }
            // SQLite first, in its own process, so that its memory is gone before krant's peak is read.
            let comparison = sqlite ? SQLiteComparison.measure(folder: folder, runs: runs) : nil
            print("measuring \(size) articles…")
            sections.append(try Measurement(folder: folder, size: size, runs: runs, naiveRuns: naiveRuns, sqlite: comparison).markdown())
        }
        let text = Report.header() + sections.joined(separator: "\n")
        try text.write(toFile: report, atomically: true, encoding: .utf8)
        print(text)
    }
}

KrantBench.main()
