import KrantCorpus
import KrantQuery

/// The word lists over a loaded corpus: how long each takes, the memory it needs on top of the corpus, the
/// memory it leaves behind, and how fast Ctrl-C stops the long ones.
struct AnalysisMeasurement {
    let corpus: Corpus
    let runs: Int

    /// Time (median of `runs`), extra peak memory and memory kept after the first run, per analysis query.
    func memoryLines() throws -> [String] {
        var lines = ["| analysis | rows | median | extra peak memory | kept afterwards |", "| --- | ---: | ---: | ---: | ---: |"]
        for query in Measurement.analysisQueries {
            var session = QuerySession(corpus: corpus)
            let before = Memory.residentBytes()
            Memory.resetPeak()
            let started = ContinuousClock.now
            let rows = try session.run(query).last!.count
            var samples = [secondsValue(ContinuousClock.now - started)]
            let peak = Memory.peakResidentBytes()
            let after = Memory.residentBytes()
            for _ in 1..<max(1, runs) {
                let started = ContinuousClock.now
                _ = try session.run(query)
                samples.append(secondsValue(ContinuousClock.now - started))
            }
            let median = samples.sorted()[samples.count / 2]
            lines.append("| `\(query.replacingOccurrences(of: "|", with: "\\|"))` | \(rows) | \(milliseconds(median)) | "
                         + "\(megabytes(max(0, peak - before))) | \(megabytes(max(0, after - before))) |")
        }
        return lines
    }

    /// How long each query of `Measurement.interruptedQueries` runs on after Ctrl-C, raised 100 ms in.
    func interruptLines() -> [String] {
        var lines = ["| Ctrl-C 100 ms into | stopped within |", "| --- | ---: |"]
        let corpus = corpus
        for query in Measurement.interruptedQueries {
            let latency = Measurement.interruptLatency(after: 100) { isCancelled in
                var session = QuerySession(corpus: corpus)
                session.isCancelled = isCancelled
                _ = try? session.run(query)
            }
            lines.append("| `\(query.replacingOccurrences(of: "|", with: "\\|"))` | \(latency.map(milliseconds) ?? "finished before the interrupt") |")
        }
        return lines
    }
}
