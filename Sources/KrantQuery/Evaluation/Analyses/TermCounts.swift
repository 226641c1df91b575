import KrantCorpus

/// How many words of some units answer to each term, and in how many units each occurs: flat arrays indexed
/// by term id, filled on every core and added up, so counting is a few array reads per word.
///
/// A word answers to its own term and, unless whole forms are asked for, to the distinct terms of its compound
/// parts and genitive base, as `text contains` finds them.
struct TermCounts: Sendable {
    /// Term id → words answering to it.
    let counts: [UInt32]
    /// Term id → units holding a word that answers to it (empty unless asked for).
    let documents: [UInt32]
    /// Running words of the units, each word once.
    let total: Int

    /// One term's running tally while a piece of the units is read; together so a word costs one cache line.
    private struct Tally {
        var count: UInt32 = 0
        var documents: UInt32 = 0
        /// The last unit that counted the term, so a unit adds one document however often it holds the term.
        var lastUnit: Int32 = -1
        /// Whether some word of the term has parts: only those words are looked up for them.
        var hasParts = false
    }

    init(_ units: WordUnits, wholeForms: Bool, countingDocuments: Bool, cancellation: Cancellation,
         minimumWordsPerCore: Int = 1 << 20) throws(Diagnostic) {
        let index = units.corpus.index
        var template = [Tally](repeating: Tally(), count: index.terms.count)
        if !wholeForms {
            for (term, hasParts) in Self.termsWithParts(in: index).enumerated() { template[term].hasParts = hasParts }
        }
        let pieces = units.pieces(minimumWords: minimumWordsPerCore)
        let tallies = try WorkSplit.map(pieces.count) { piece throws(Diagnostic) in
            try Self.tally(units, pieces[piece], from: template, countingDocuments: countingDocuments, cancellation: cancellation)
        }
        var counts = [UInt32](repeating: 0, count: template.count)
        var documents = [UInt32](repeating: 0, count: countingDocuments ? template.count : 0)
        for (piece, _) in tallies {
            for term in piece.indices {
                counts[term] &+= piece[term].count
                if countingDocuments { documents[term] &+= piece[term].documents }
            }
        }
        self.counts = counts
        self.documents = documents
        total = tallies.reduce(0) { $0 + $1.total }
    }

    private static func tally(_ units: WordUnits, _ piece: Range<Int>, from template: [Tally], countingDocuments: Bool,
                              cancellation: Cancellation) throws(Diagnostic) -> (tallies: [Tally], total: Int) {
        let index = units.corpus.index
        var tallies = template
        var total = 0
        for chunk in stride(from: piece.lowerBound, to: piece.upperBound, by: 1024) {
            try cancellation.check()
            index.wordTerms.withUnsafeBufferPointer { wordTerms in
                tallies.withUnsafeMutableBufferPointer { tallies in
                    for unit in chunk..<min(chunk + 1024, piece.upperBound) {
                        let tag = Int32(unit)
                        func count(_ term: Int) {
                            tallies[term].count &+= 1
                            if countingDocuments, tallies[term].lastUnit != tag {
                                tallies[term].lastUnit = tag
                                tallies[term].documents &+= 1
                            }
                        }
                        let words = units.words(unit)
                        total += words.count
                        for word in words {
                            let term = Int(wordTerms[word])
                            count(term)
                            // A part named twice (`top-top`) is one word that answers to it; a part never equals the whole.
                            if tallies[term].hasParts, let extras = index.partTerms(ofWord: word) {
                                for (place, extra) in extras.enumerated() where !extras[..<place].contains(extra) { count(Int(extra)) }
                            }
                        }
                    }
                }
            }
        }
        return (tallies, total)
    }

    /// Term id → whether some word of the term has compound parts or a genitive base: the words of other terms
    /// need no look-up for them.
    static func termsWithParts(in index: CorpusIndex) -> [Bool] {
        var flags = [Bool](repeating: false, count: index.terms.count)
        for word in index.wordsWithParts { flags[Int(index.wordTerms[Int(word)])] = true }
        return flags
    }

    /// How many words answer to a term.
    func count(of term: Int32) -> Int { Int(counts[Int(term)]) }
}
