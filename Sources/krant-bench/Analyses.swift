import ArgumentParser
import Foundation
import KrantCorpus

/// `krant-bench analyses`: only the word lists and their Ctrl-C, on one generated corpus, for quick rounds.
struct Analyses: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Time the analysis queries and their Ctrl-C on one corpus size.")

    @Option(help: "How many articles.") var articles = 20_000
    @Option(help: "Timed runs per query.") var runs = 3
    @Option(help: "Where generated corpora are kept between runs.") var cache = ".build-bench"
    @Flag(help: "Also time Ctrl-C in the last step of loading (five more loads).") var interruptLoad = false

    func run() throws {
        let folder = "\(cache)/corpus-\(articles)-seed1"
        if !FileManager.default.fileExists(atPath: folder + "/.complete") {
            print("generating \(articles) articles in \(folder)…")
            try CorpusFiles.write(count: articles, seed: 1, to: folder)
        }
        let started = ContinuousClock.now
        let corpus = try Corpus.load([folder])
        print("loaded \(articles) articles in \(seconds(ContinuousClock.now - started)), \(megabytes(Memory.residentBytes())) resident")
        let measurement = AnalysisMeasurement(corpus: corpus, runs: runs)
        for line in try measurement.memoryLines() { print(line) }
        print("")
        for line in measurement.interruptLines() { print(line) }
        if interruptLoad {
            let latency = Measurement.lastLoadStepInterruptLatency(folder)
            print("| loading, 1,000 ms after the last article is analysed | \(latency.map(milliseconds) ?? "finished before the interrupt") |")
        }
    }
}
