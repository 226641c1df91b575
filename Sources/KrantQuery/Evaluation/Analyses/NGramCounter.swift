import KrantCorpus

/// The most frequent word sequences of one length within the sentences of some units, counted exactly, in
/// memory that does not grow with the number of distinct sequences.
///
/// Sequences are found by their first term, most frequent terms first: the positions where a term starts a
/// sequence are grouped by the term after it, those groups by the term after that, and so on, each group's
/// size being the count of the sequence so far. A sequence is never more frequent than its beginning, so a
/// group smaller than the current last row of the list is dropped unread, and once the first terms fall below
/// it no further term is read at all. Terms are dealt out to the cores, each with its own list; the lists are
/// merged. The positions of a batch of first terms are gathered in one pass over the corpus (`NGramBuckets`),
/// in batches of bounded memory.
struct NGramCounter: Sendable {
    let units: WordUnits
    let length: Int
    let cancellation: Cancellation
    /// Words below which one core does all the work.
    var minimumWordsPerCore = 1 << 20
    /// Bytes of gathered terms one core holds at a time: a batch of first terms fills at most this much.
    var batchBytes = 128 << 20

    /// The `wanted` most frequent sequences, most frequent first and ties in the order of their text.
    func top(_ wanted: Int) throws(Diagnostic) -> [(text: String, count: Int)] {
        guard wanted > 0 else { return [] }
        let starts = try sequenceStarts()
        let index = units.corpus.index
        let cores = units.pieces(minimumWords: minimumWordsPerCore).count
        let batchPositions = max(1, batchBytes / (4 * (length - 1)))
        let lists = try WorkSplit.map(cores) { core throws(Diagnostic) in
            var search = PrefixSearch(length: length, wanted: wanted, vocabulary: index.terms.count, cancellation: cancellation)
            var buckets = NGramBuckets(length: length, vocabulary: index.terms.count)
            // Most frequent first, so the list fills with high counts early and prunes hard from then on.
            var byFrequency = TermsByFrequency(index, core: core, of: cores)
            var upcoming = byFrequency.next()
            try index.wordTerms.withUnsafeBufferPointer { wordTerms throws(Diagnostic) in
                // A term rarer than the list's last row ends the search: every term after it is rarer still.
                while let first = upcoming, first.count >= search.threshold {
                    var batch = [first]
                    var positions = first.count
                    upcoming = byFrequency.next()
                    while let entry = upcoming, entry.count >= search.threshold, positions + entry.count <= batchPositions {
                        batch.append(entry)
                        positions += entry.count
                        upcoming = byFrequency.next()
                    }
                    try buckets.gather(batch, starts: starts, wordTerms: wordTerms, cancellation: cancellation)
                    for (entry, group) in zip(batch, buckets.groups) {
                        try search.begin(with: entry.term, group: buckets.storage[group])
                    }
                }
            }
            return (search.terms, search.counts)
        }
        let terms = index.terms
        let selection = TopSelection<Int>(wanted: wanted).select(
            visit: { report in
                for (list, (_, counts)) in lists.enumerated() {
                    for (place, count) in counts.enumerated() { report(place * lists.count + list, count) }
                }
            },
            isListed: { _ in true },
            text: { id in
                let (ids, _) = lists[id % lists.count], place = id / lists.count
                return ids[(place * length)..<((place + 1) * length)].map { terms[Int($0)] }.joined(separator: " ")
            })
        return selection.map { ($0.text, $0.score) }
    }

    /// One bit per word: set where a sequence of `length` words starts inside one sentence of the units.
    private func sequenceStarts() throws(Diagnostic) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: units.corpus.index.wordCount / 64 + 1)
        let length = length
        for chunk in stride(from: 0, to: units.count, by: 4096) {
            try cancellation.check()
            for unit in chunk..<min(chunk + 4096, units.count) {
                units.forEachSentence(of: unit) { words in
                    var first = words.lowerBound
                    let end = words.upperBound - length + 1
                    // A run of bits, a 64-bit word at a time.
                    while first < end {
                        let stop = min(end, (first | 63) + 1)
                        let run = stop - first
                        bits[first >> 6] |= (run == 64 ? ~0 : ((1 << UInt64(run)) - 1)) << UInt64(first & 63)
                        first = stop
                    }
                }
            }
        }
        return bits
    }
}

/// One core's search: the sequences grouped level by level, and the leading ones found so far.
private struct PrefixSearch {
    let length: Int
    let wanted: Int
    let cancellation: Cancellation
    /// Term id → how many sequences of the current group have it next (or, while a group is split, where
    /// the next one goes); 0 again after every split.
    private var tally: [Int32]
    private var touched: [Int32] = []
    private var prefix: [Int32] = []
    private var leaders = MinimumHeap<Int>()
    /// The sequences found that could make the list: `length` term ids each, and their counts.
    private(set) var terms: [Int32] = []
    private(set) var counts: [Int] = []
    /// Positions and sequences read since Ctrl-C was last checked for.
    private var work = 0

    init(length: Int, wanted: Int, vocabulary: Int, cancellation: Cancellation) {
        self.length = length
        self.wanted = wanted
        self.cancellation = cancellation
        tally = [Int32](repeating: 0, count: vocabulary)
    }

    /// The count a sequence needs to make the list as it stands; groups below it are dropped.
    var threshold: Int { leaders.count == wanted ? leaders.minimum! : 1 }

    /// Every sequence starting with `term`, given as the terms after each of its starts.
    mutating func begin(with term: Int32, group: ArraySlice<Int32>) throws(Diagnostic) {
        guard group.count / (length - 1) >= threshold else { return }
        prefix = [term]
        try extend(group)
    }

    /// Splits a group of sequences that share `prefix` (each held as its `length - 1` terms after the first)
    /// by the term that follows the prefix, and goes on with each part that is large enough, largest first.
    private mutating func extend(_ group: ArraySlice<Int32>) throws(Diagnostic) {
        let rest = length - 1, depth = prefix.count - 1, members = group.count / rest
        for piece in stride(from: 0, to: members, by: 1 << 15) {
            try checkCancellation(after: min(1 << 15, members - piece))
            for member in piece..<min(piece + (1 << 15), members) {
                let next = Int(group[group.startIndex + member * rest + depth])
                if tally[next] == 0 { touched.append(Int32(next)) }
                tally[next] += 1
            }
        }
        if depth + 1 == rest {
            for next in touched {
                let count = Int(tally[Int(next)])
                tally[Int(next)] = 0
                if count >= threshold { offer(next, count: count) }
            }
            touched.removeAll(keepingCapacity: true)
            return
        }
        // Parts large enough get a slice of `split` each; the tally becomes their write positions.
        var parts: [(term: Int32, start: Int, count: Int)] = []
        var size = 0
        for next in touched {
            let count = Int(tally[Int(next)])
            if count >= threshold {
                parts.append((next, size, count))
                tally[Int(next)] = Int32(size)
                size += count
            } else {
                tally[Int(next)] = -1
            }
        }
        var split = [Int32](repeating: 0, count: size * rest)
        for member in 0..<members {
            let from = group.startIndex + member * rest
            let next = Int(group[from + depth])
            let slot = Int(tally[next])
            if slot >= 0 {
                for offset in 0..<rest { split[slot * rest + offset] = group[from + offset] }
                tally[next] = Int32(slot + 1)
            }
        }
        for next in touched { tally[Int(next)] = 0 }
        touched.removeAll(keepingCapacity: true)
        for part in parts.sorted(by: { $0.count > $1.count }) where part.count >= threshold {
            prefix.append(part.term)
            try extend(split[(part.start * rest)..<((part.start + part.count) * rest)])
            prefix.removeLast()
        }
    }

    /// Checks for Ctrl-C every 32,768 positions read, a few milliseconds of work.
    private mutating func checkCancellation(after positions: Int) throws(Diagnostic) {
        work += positions
        if work >= 1 << 15 {
            work = 0
            try cancellation.check()
        }
    }

    /// Keeps a complete sequence (`prefix` and `last`) that may make the list.
    private mutating func offer(_ last: Int32, count: Int) {
        if leaders.count < wanted || count > leaders.minimum! { leaders.insert(count, keepingAtMost: wanted) }
        terms += prefix
        terms.append(last)
        counts.append(count)
        // Now and then, the sequences that fell below the list are let go.
        if counts.count >= 4 * wanted + 4_096 {
            let threshold = threshold
            var kept = 0
            for place in counts.indices where counts[place] >= threshold {
                counts[kept] = counts[place]
                for offset in 0..<length { terms[kept * length + offset] = terms[place * length + offset] }
                kept += 1
            }
            counts.removeLast(counts.count - kept)
            terms.removeLast(terms.count - kept * length)
        }
    }
}
