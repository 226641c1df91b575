import KrantCorpus

/// The most frequent word sequences of one length within the sentences of some units, counted exactly in
/// bounded memory.
///
/// Most sequences of three words or more occur once, and a table of all of them would not fit (70 million at
/// 100,000 articles). So on large inputs a first pass marks in a `RepetitionFilter` which sequences occur
/// again, and a second counts only those, exactly; a list that needs sequences seen once (fewer repeated
/// ones than rows asked for) counts everything, in as many passes as keep each table small. The sequences are
/// split among the cores by hash, so each core counts its own share and no counts need merging.
struct NGramCounter: Sendable {
    let units: WordUnits
    let length: Int
    let cancellation: Cancellation
    /// Occurrences one table may hold: above it the filter is used, or the counting is split into passes.
    var occurrencesPerTable = 4_000_000
    /// Bytes for the filters of all cores together.
    var filterBytes = 160_000_000

    /// The `wanted` most frequent sequences, most frequent first and ties in the order of their text.
    func top(_ wanted: Int) throws(Diagnostic) -> [(text: String, count: Int)] {
        let occurrences = try occurrenceCount()
        let cores = occurrences > occurrencesPerTable / 4 ? WorkSplit.cores : 1
        if occurrences > occurrencesPerTable {
            let tables = try WorkSplit.map(cores) { core throws(Diagnostic) in
                try repeatedSequences(partition: core, of: cores, occurrences: occurrences)
            }
            var repeated = 0
            for table in tables { table.forEach { _, count in if count > 1 { repeated += 1 } } }
            if repeated >= wanted { return rows(wanted, from: tables, minimumCount: 2) }
        }
        // Every sequence counted, each core taking its partitions one pass at a time, each pass's leaders kept.
        let passes = max(1, (occurrences / cores + occurrencesPerTable - 1) / occurrencesPerTable)
        let leaders = try WorkSplit.map(cores) { core throws(Diagnostic) in
            var leaders: [(text: String, count: Int)] = []
            for pass in 0..<passes {
                let table = try allSequences(partition: core * passes + pass, of: cores * passes,
                                             expected: occurrences / (cores * passes))
                leaders += rows(wanted, from: [table], minimumCount: 1)
            }
            return leaders
        }
        return Array(leaders.joined().sorted { ($1.count, $0.text) < ($0.count, $1.text) }.prefix(wanted))
    }

    /// The sequences of a partition that occur more than once (and a few that do not), counted exactly.
    private func repeatedSequences(partition: Int, of partitions: Int, occurrences: Int) throws(Diagnostic) -> NGramTable {
        var filter = RepetitionFilter(expected: occurrences / partitions, maximumBytes: filterBytes / partitions)
        try scan(partition: partition, of: partitions) { _, _, hash in filter.insert(hash) }
        var table = NGramTable(length: length, expected: filter.repeatedEstimate * 5 / 4)
        try scan(partition: partition, of: partitions) { wordTerms, start, hash in
            if filter.isRepeated(hash) { table.add(wordTerms, at: start, hash: hash) }
        }
        return table
    }

    private func allSequences(partition: Int, of partitions: Int, expected: Int) throws(Diagnostic) -> NGramTable {
        var table = NGramTable(length: length, expected: expected)
        try scan(partition: partition, of: partitions) { wordTerms, start, hash in table.add(wordTerms, at: start, hash: hash) }
        return table
    }

    /// Calls `body` with the start and hash of every sequence in the partition, checking for Ctrl-C every
    /// 1,024 units.
    private func scan(partition: Int, of partitions: Int,
                      _ body: (UnsafeBufferPointer<Int32>, Int, UInt64) -> Void) throws(Diagnostic) {
        let length = length, units = units
        for chunk in stride(from: 0, to: units.count, by: 1024) {
            try cancellation.check()
            units.corpus.index.wordTerms.withUnsafeBufferPointer { wordTerms in
                for unit in chunk..<min(chunk + 1024, units.count) {
                    units.forEachSentence(of: unit) { words in
                        var start = words.lowerBound
                        while start + length <= words.upperBound {
                            let hash = NGramTable.hash(wordTerms, at: start, length: length)
                            // The low bits choose the partition; tables and filters place by higher ones.
                            if partitions == 1 || Int(hash & 0xFFFF) % partitions == partition { body(wordTerms, start, hash) }
                            start += 1
                        }
                    }
                }
            }
        }
    }

    private func occurrenceCount() throws(Diagnostic) -> Int {
        var total = 0
        for chunk in stride(from: 0, to: units.count, by: 1 << 16) {
            try cancellation.check()
            for unit in chunk..<min(chunk + (1 << 16), units.count) {
                units.forEachSentence(of: unit) { words in total += max(0, words.count - length + 1) }
            }
        }
        return total
    }

    /// The leading rows of some tables, counting only sequences seen at least `minimumCount` times.
    private func rows(_ wanted: Int, from tables: [NGramTable], minimumCount: Int) -> [(text: String, count: Int)] {
        let terms = units.corpus.index.terms
        let selection = TopSelection<Int>(wanted: wanted).select(
            visit: { report in
                for (number, table) in tables.enumerated() {
                    table.forEach { slot, count in if count >= minimumCount { report(slot * tables.count + number, count) } }
                }
            },
            isListed: { _ in true },
            text: { id in tables[id % tables.count].terms(at: id / tables.count).map { terms[Int($0)] }.joined(separator: " ") })
        return selection.map { ($0.text, $0.score) }
    }
}
