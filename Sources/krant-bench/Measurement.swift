import Foundation
import KrantCorpus
import Synchronization
import KrantQuery
import KrantRender

/// One corpus size: load it, then time each query indexed and as a naive scan.
struct Measurement {
    let folder: String
    let size: Int
    let runs: Int
    let naiveRuns: Int
    /// SQLite FTS5's times for the same queries on the same files, from scripts/sqlite_fts5_bench.py.
    let sqlite: SQLiteComparison?

    /// The fixed query set, as users type it.
    static let queries = [
        #"articles where actor = "NAVO" and date < 2022-03"#,
        #"articles where text contains "kernwapens""#,
        #"articles where text contains "Russische president""#,
        #"articles where text contains "kernwapen*""#,
        #"articles where actor = "Poetin" | count by month"#,
        #"articles | actors | sort by articles desc | limit 20"#,
        #"sentences where actor = "Poetin" and actor = "NAVO" | count"#,
        #"articles where date = 2022 and actor = "China" and actor = "Rusland" | count"#,
        #"articles where text contains "kernwapens" | kwic "kernwapens" | limit 100"#,
        #"sentences | cooccur"#,
    ] + analysisQueries

    /// The word lists of issue 13, which count every word of the rows.
    static let analysisQueries = [
        #"sentences | terms top 20"#,
        #"articles where actor = "NAVO" | keywords top 20"#,
        #"sentences | ngrams 2 top 20"#,
        #"sentences | ngrams 4 top 20"#,
    ]

    /// Queries stopped by Ctrl-C part-way, each over all sentences.
    static let interruptedQueries = [
        "sentences | cooccur", "sentences | ngrams 4 top 20", "sentences | terms top 20",
        #"sentences where actor = "NAVO" | keywords top 20"#, #"sentences | kwic "de""#,
    ]

    func markdown() throws -> String {
        let textBytes = try folderBytes()
        let started = ContinuousClock.now
        let corpus = try Corpus.load([folder])
        let loadTime = ContinuousClock.now - started
        let peak = Memory.peakResidentBytes()
        var lines = [
            "## \(grouped(size)) articles",
            "",
            "\(grouped(corpus.articles.count)) articles, \(grouped(corpus.sentences.count)) sentences, "
                + "\(grouped(corpus.index.wordCount)) words, \(grouped(corpus.index.terms.count)) distinct terms, "
                + "\(grouped(corpus.mentions.count)) mentions; \(megabytes(textBytes)) of text.",
            "",
            "| load phase | time |",
            "| --- | ---: |",
        ]
        for phase in corpus.report.phases { lines.append("| \(phase.name) | \(seconds(phase.duration)) |") }
        lines += ["| **total** | **\(seconds(loadTime))** |", "",
                  "Peak resident memory after loading: \(megabytes(peak)) (\(String(format: "%.2f", Double(peak) / Double(max(1, textBytes))))× the text).", "",
                  "| index | size |", "| --- | ---: |"]
        for (name, bytes) in corpus.index.memoryFootprint { lines.append("| \(name) | \(megabytes(bytes)) |") }
        let snapshot = folder + ".krantindex"
        let writeStarted = ContinuousClock.now
        try CorpusSnapshot.write(corpus, sources: [folder], to: snapshot)
        let writeTime = ContinuousClock.now - writeStarted
        let snapshotBytes = try readThrough(snapshot)
        let openStarted = ContinuousClock.now
        let reopened = try CorpusSnapshot.open(snapshot, gazetteer: corpus.gazetteer)
        let openTime = ContinuousClock.now - openStarted
        lines += ["", "Saved index (`krant index`): \(megabytes(snapshotBytes)), written in \(seconds(writeTime)); opening it "
                  + "took \(seconds(openTime)) (checksum, fingerprints of \(grouped(reopened.articles.count)) source files, every "
                  + "range checked), \(String(format: "%.1f", secondsValue(loadTime) / max(secondsValue(openTime), 1e-9)))× faster than loading from text."]
        lines += ["", "| query | rows | median | p95 | naive scan median | speed-up | SQLite FTS5 median (rows) | krant vs SQLite |",
                  "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
        for query in Self.queries {
            var indexed = QuerySession(corpus: corpus)
            var naive = QuerySession(corpus: corpus)
            naive.usesIndexes = false
            let rows = try indexed.run(query).last!.count
            let fast = try Self.times(runs, warmUp: true) { _ = try indexed.run(query) }
            // An analysis reads every word of its rows on either path: the naive scan would time it again.
            guard !Self.analysisQueries.contains(query) else {
                lines.append("| `\(query.replacingOccurrences(of: "|", with: "\\|"))` | \(rows) | \(milliseconds(fast.median)) | \(milliseconds(fast.p95)) | — | — | — | — |")
                continue
            }
            let slow = try Self.times(naiveRuns, warmUp: false) { _ = try naive.run(query) }
            let speedUp = slow.median / max(fast.median, 1e-9)
            let cell = query.replacingOccurrences(of: "|", with: "\\|")
            var versus = "| — | — |"
            if let other = sqlite?.queries[query] {
                let ratio = other.medianMilliseconds / 1000 / max(fast.median, 1e-9)
                versus = "| \(milliseconds(other.medianMilliseconds / 1000)) (\(other.rows)) | "
                    + (ratio >= 1 ? "\(String(format: "%.1f", ratio))× faster |" : "**\(String(format: "%.1f", 1 / ratio))× slower** |")
            }
            lines.append("| `\(cell)` | \(rows) | \(milliseconds(fast.median)) | \(milliseconds(fast.p95)) | \(milliseconds(slow.median)) | \(String(format: "%.0f", speedUp))× \(versus)")
        }
        lines += [""] + (try AnalysisMeasurement(corpus: corpus, runs: 1).memoryLines())
        lines += ["", "Ctrl-C, raised part-way (median of 5 runs; the time from the interrupt until the work had stopped):", "",
                  "| what | raised after | stopped within |", "| --- | ---: | ---: |"]
        let folder = self.folder
        var queries: [(String, Int, @Sendable (@escaping @Sendable () -> Bool) -> Void)] = []
        for query in Self.interruptedQueries {
            let work: @Sendable (@escaping @Sendable () -> Bool) -> Void = { isCancelled in
                var session = QuerySession(corpus: corpus)
                session.isCancelled = isCancelled
                _ = try? session.run(query)
            }
            queries.append(("`\(query.replacingOccurrences(of: "|", with: "\\|"))`", 100, work))
        }
        let others: [(String, Int, @Sendable (@escaping @Sendable () -> Bool) -> Void)] = [
            ("printing every row of `sentences` as a table", 100, { isCancelled in
                guard let result = try? Query.run("sentences", on: corpus) else { return }
                var pieces = ResultRenderer(format: .table, width: 100).pieces(of: result)
                var bytes = 0
                while !isCancelled(), let piece = pieces.next() { bytes += piece.utf8.count }
            }),
            ("loading the corpus from text (`.load`)", 1_000, { isCancelled in
                _ = try? Corpus.load([folder], isCancelled: isCancelled)
            }),
        ]
        for (name, delay, work) in queries + others {
            let latency = Self.interruptLatency(after: delay, work).map(milliseconds) ?? "finished before the interrupt"
            lines.append("| \(name) | \(delay) ms | \(latency) |")
        }
        let indexing = Self.lastLoadStepInterruptLatency(folder)
        lines.append("| loading the corpus from text, in its last step (numbering the last articles and indexing) | 1,000 ms after the "
                     + "last article is analysed | \(indexing.map(milliseconds) ?? "finished before the interrupt") |")
        if let sqlite {
            lines += ["", "SQLite \(sqlite.version) (Python's `sqlite3`, in memory, FTS5 with `unicode61 remove_diacritics 2`) "
                      + "loaded and indexed the same files in \(String(format: "%.2f", sqlite.loadSeconds)) s. It knows words, not "
                      + "actors: an actor is its names in the text and \"one sentence\" is NEAR within 20 words, so its rows are "
                      + "close to krant's, not equal; the actor table and `cooccur` have no SQL counterpart (—). "
                      + "The SQL is in `scripts/sqlite_fts5_bench.py`."]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Ctrl-C in loading's last step: raised 1 s after the last article is analysed, while the last articles
    /// are numbered and the corpus is indexed.
    static func lastLoadStepInterruptLatency(_ folder: String) -> Double? {
        interruptLatency(after: 1_000) { armed, isCancelled in
            _ = try? Corpus.load([folder], progress: { done, total in if done == total { armed() } }, isCancelled: isCancelled)
        }
    }

    /// How long work takes to stop after Ctrl-C: it is started, the flag is raised after `delay` milliseconds, and
    /// the time from the flag to the work's end is taken; nil when it always ended before the flag.
    static func interruptLatency(after delay: Int, _ work: (@escaping @Sendable () -> Bool) -> Void) -> Double? {
        interruptLatency(after: delay) { armed, isCancelled in
            armed()
            work(isCancelled)
        }
    }

    /// The same, with the delay counted from when the work calls `armed` (the first call counts).
    static func interruptLatency(after delay: Int,
                                 _ work: (_ armed: @escaping @Sendable () -> Void, _ isCancelled: @escaping @Sendable () -> Bool) -> Void) -> Double? {
        var samples: [Double] = []
        for _ in 0..<5 {
            let raised = Mutex<ContinuousClock.Instant?>(nil)
            let isArmed = Mutex(false)
            let arm: @Sendable () -> Void = {
                guard isArmed.withLock({ armed in defer { armed = true }; return !armed }) else { return }
                DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(delay)) {
                    raised.withLock { $0 = .now }
                }
            }
            work(arm) { raised.withLock { $0 != nil } }
            let finished = ContinuousClock.now
            guard let start = raised.withLock({ $0 }) else { continue }  // finished before the interrupt
            let elapsed = finished - start
            samples.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return samples.sorted().dropFirst(samples.count / 2).first
    }

    static func times(_ count: Int, warmUp: Bool, _ body: () throws -> Void) throws -> (median: Double, p95: Double) {
        if warmUp { try body() }
        var samples: [Double] = []
        for _ in 0..<count {
            let started = ContinuousClock.now
            try body()
            let elapsed = ContinuousClock.now - started
            samples.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        samples.sort()
        return (samples[samples.count / 2], samples[min(samples.count - 1, Int(Double(samples.count) * 0.95))])
    }

    /// The bytes of text in the corpus's files, read through once: the targets are for a warm file cache, and
    /// this machine's cache does not keep files from one run to the next.
    private func folderBytes() throws -> Int {
        var total = 0
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".txt") { total += try readThrough(folder + "/" + path) }
        }
        return total
    }
}

/// Reads a file to its end, in pieces, and returns its size; what it read stays in the file cache.
func readThrough(_ path: String) throws -> Int {
    guard let handle = FileHandle(forReadingAtPath: path) else { throw CocoaError(.fileReadNoSuchFile) }
    defer { try? handle.close() }
    var total = 0
    while let piece = try handle.read(upToCount: 16 << 20), !piece.isEmpty { total += piece.count }
    return total
}

func grouped(_ number: Int) -> String {
    let formatter = NumberFormatter()
    formatter.numberStyle = .decimal
    formatter.groupingSeparator = ","
    return formatter.string(from: NSNumber(value: number)) ?? String(number)
}

func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_000_000) }
func milliseconds(_ seconds: Double) -> String { String(format: "%.3f ms", seconds * 1000) }
func seconds(_ duration: Duration) -> String { String(format: "%.2f s", secondsValue(duration)) }
func secondsValue(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// What scripts/sqlite_fts5_bench.py printed.
struct SQLiteComparison: Decodable {
    struct Timing: Decodable {
        let medianMilliseconds: Double
        let rows: Int
        enum CodingKeys: String, CodingKey { case medianMilliseconds = "median_ms", rows }
    }

    let version: String
    let loadSeconds: Double
    let queries: [String: Timing]
    enum CodingKeys: String, CodingKey { case version = "sqlite", loadSeconds = "load_s", queries }

    /// Runs the script over `folder`; nil (with a line on standard error) if python3 or the script fails.
    static func measure(folder: String, runs: Int) -> SQLiteComparison? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "scripts/sqlite_fts5_bench.py", folder, "--runs", String(runs)]
        let output = Pipe()
        process.standardOutput = output
        do {
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
            return try JSONDecoder().decode(SQLiteComparison.self, from: data)
        } catch {
            FileHandle.standardError.write(Data("the SQLite comparison did not run: \(error)\n".utf8))
            return nil
        }
    }
}

enum Memory {
    /// VmHWM from /proc: the most memory the process has held (since the last `resetPeak()`).
    static func peakResidentBytes() -> Int { statusBytes("VmHWM:") }

    /// VmRSS from /proc: the memory the process holds now.
    static func residentBytes() -> Int { statusBytes("VmRSS:") }

    /// Starts VmHWM again from the current resident memory, so the peak of one query can be read.
    static func resetPeak() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }

    private static func statusBytes(_ field: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field) }),
              let kilobytes = Int(line.split(separator: " ")[1]) else { return 0 }
        return kilobytes * 1024
    }
}

enum Report {
    static func header() -> String {
        let processInfo = ProcessInfo.processInfo
        return """
            # Benchmarks

            Rerun with `swift run -c release krant-bench run --articles 10000,100000` (it generates the corpora in
            `.build-bench/` first; `krant-bench generate --articles N --output DIR` writes one for other uses).
            Each query is timed 21 times after a warm-up (median and 95th percentile of what a user waits for up
            to the typed result, rendering excluded), and against a deliberately naive evaluation that scans every
            row instead of using the indexes.

            Machine: \(processInfo.activeProcessorCount) cores, \(String(format: "%.0f", Double(processInfo.physicalMemory) / 1_073_741_824)) GiB, \(processInfo.operatingSystemVersionString); release build.

            """
    }
}
