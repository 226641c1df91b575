import KrantCorpus

/// How many words of some units answer to each term: a flat array indexed by term id, filled on every core and
/// added up, so counting costs an array increment per word.
///
/// A word answers to its own term and, unless whole forms are asked for, to the distinct terms of its compound
/// parts and genitive base, as `text contains` finds them.
struct TermCounts: Sendable {
    /// Term id → words answering to it.
    let counts: [UInt32]
    /// Running words of the units, each word once.
    let total: Int

    init(_ units: WordUnits, wholeForms: Bool, cancellation: Cancellation, minimumWordsPerCore: Int = 1 << 20) throws(Diagnostic) {
        let vocabulary = units.corpus.index.terms.count
        let withParts = wholeForms ? TermSet(vocabulary: vocabulary) : Self.termsWithParts(in: units.corpus.index)
        let pieces = units.pieces(minimumWords: minimumWordsPerCore)
        let tallies = try WorkSplit.map(pieces.count) { piece throws(Diagnostic) in
            try Self.tally(units, pieces[piece], withParts: withParts, cancellation: cancellation)
        }
        var counts = tallies[0].counts
        for (piece, _) in tallies.dropFirst() {
            for term in piece.indices { counts[term] &+= piece[term] }
        }
        self.counts = counts
        total = tallies.reduce(0) { $0 + $1.total }
    }

    /// The counts of the whole corpus, read from the index: the postings of a term hold every word that
    /// answers to it, and the whole-word counts the words written as it.
    init(wholeCorpusOf index: CorpusIndex, wholeForms: Bool) {
        counts = (0..<index.terms.count).map { term in
            UInt32(wholeForms ? index.count(ofTerm: Int32(term)) : index.wordCount(withTerm: Int32(term)))
        }
        total = index.wordCount
    }

    private static func tally(_ units: WordUnits, _ piece: Range<Int>, withParts: TermSet,
                              cancellation: Cancellation) throws(Diagnostic) -> (counts: [UInt32], total: Int) {
        let index = units.corpus.index
        var counts = [UInt32](repeating: 0, count: index.terms.count)
        var total = 0
        for chunk in stride(from: piece.lowerBound, to: piece.upperBound, by: 1024) {
            try cancellation.check()
            index.wordTerms.withUnsafeBufferPointer { wordTerms in
                counts.withUnsafeMutableBufferPointer { counts in
                    for unit in chunk..<min(chunk + 1024, piece.upperBound) {
                        let words = units.words(unit)
                        total += words.count
                        for word in words {
                            let term = wordTerms[word]
                            counts[Int(term)] &+= 1
                            if withParts.contains(term) {
                                TermCounts.forEachPart(ofWord: word, in: index) { counts[Int($0)] &+= 1 }
                            }
                        }
                    }
                }
            }
        }
        return (counts, total)
    }

    /// Calls `body` with each distinct term of a word's compound parts and genitive base: a part named twice
    /// (`top-top`) is one word that answers to it, and a part never equals the whole.
    static func forEachPart(ofWord word: Int, in index: CorpusIndex, _ body: (Int32) -> Void) {
        guard let extras = index.partTerms(ofWord: word) else { return }
        for (place, extra) in extras.enumerated() where !extras[..<place].contains(extra) { body(extra) }
    }

    /// The terms of words with compound parts or a genitive base: only their words are looked up for them.
    static func termsWithParts(in index: CorpusIndex) -> TermSet {
        var terms = TermSet(vocabulary: index.terms.count)
        for word in index.wordsWithParts { terms.insert(index.wordTerms[Int(word)]) }
        return terms
    }

    /// How many words answer to a term.
    func count(of term: Int32) -> Int { Int(counts[Int(term)]) }
}
