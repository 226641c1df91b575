import KrantCorpus

/// How the listed terms of `terms` spread over the rows: in how many units each occurs, and Gries's DP over
/// their articles, read in one pass that looks only at the listed terms' words.
///
/// DP is added up as `Dispersion` does it, part by part in article order, but article by article as the
/// units are read (their articles ascend), so no term needs a table of articles.
struct TermSpread {
    /// Listed term → units holding it.
    let documents: [Int]
    /// Listed term → DP (0 spread evenly, towards 1 in few).
    let deviations: [Double]
    /// The articles of the units.
    let articles: Int

    /// `listed` are the terms with their counts over the units, and `totalSize` the units' words, from
    /// `TermCounts`.
    init(of listed: [(term: Int32, count: Int)], totalSize: Int, in units: WordUnits, wholeForms: Bool,
         cancellation: Cancellation) throws(Diagnostic) {
        let index = units.corpus.index
        let withParts = wholeForms ? TermSet(vocabulary: index.terms.count) : TermCounts.termsWithParts(in: index)
        var isListed = TermSet(vocabulary: index.terms.count)
        var slots: [Int32: Int] = [:]
        for (slot, entry) in listed.enumerated() {
            isListed.insert(entry.term)
            slots[entry.term] = slot
        }
        var documents = [Int](repeating: 0, count: listed.count)
        var frequencies = documents, touched: [Int] = [], lastUnit = [Int](repeating: -1, count: listed.count)
        // DP = ½ Σ |v_i − s_i| over every part; a part without the term adds s_i, which the 1 it starts from holds.
        var sums = [Double](repeating: 1, count: listed.count)
        var article = -1, size = 0, articles = 0
        func finishArticle() {
            let share = Double(size) / Double(totalSize)
            for slot in touched {
                sums[slot] += abs(Double(frequencies[slot]) / Double(listed[slot].count) - share) - share
                frequencies[slot] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        for chunk in stride(from: 0, to: units.count, by: 1024) {
            try cancellation.check()
            index.wordTerms.withUnsafeBufferPointer { wordTerms in
                for unit in chunk..<min(chunk + 1024, units.count) {
                    if units.article(unit) != article {
                        if article >= 0 { finishArticle() }
                        article = units.article(unit)
                        articles += 1
                        size = 0
                    }
                    let words = units.words(unit)
                    size += words.count
                    func count(_ term: Int32) {
                        guard isListed.contains(term), let slot = slots[term] else { return }
                        if frequencies[slot] == 0 { touched.append(slot) }
                        frequencies[slot] += 1
                        if lastUnit[slot] != unit {
                            lastUnit[slot] = unit
                            documents[slot] += 1
                        }
                    }
                    for word in words {
                        let term = wordTerms[word]
                        count(term)
                        if withParts.contains(term) { TermCounts.forEachPart(ofWord: word, in: index, count) }
                    }
                }
            }
        }
        if article >= 0 { finishArticle() }
        self.documents = documents
        self.articles = articles
        deviations = listed.indices.map { listed[$0].count > 0 && totalSize > 0 ? max(0, sums[$0] / 2) : 0 }
    }

    /// The spread over every article or every sentence of the corpus (`kind`), read from the listed terms'
    /// postings instead of from every word.
    init(wholeCorpusOf listed: [(term: Int32, count: Int)], kind: RowKind, corpus: Corpus, wholeForms: Bool,
         cancellation: Cancellation) throws(Diagnostic) {
        let index = corpus.index, totalSize = index.wordCount
        var documents: [Int] = [], deviations: [Double] = []
        for (term, count) in listed {
            try cancellation.check()
            var positions = Array(index.wordPositions(withTerm: term))
            if wholeForms { positions.removeAll { index.term(ofWord: Int($0)) != term } }
            // DP = ½ Σ |v_i − s_i| over every part, in article order, as `Dispersion` adds it up.
            var sum = 1.0, article = 0, frequency = 0, articles = 0
            func finishArticle() {
                guard frequency > 0 else { return }
                let share = Double(corpus.articles[article].words.count) / Double(totalSize)
                sum += abs(Double(frequency) / Double(count) - share) - share
                articles += 1
                frequency = 0
            }
            for position in positions {
                while Int(position) >= corpus.articles[article].words.upperBound {
                    finishArticle()
                    article += 1
                }
                frequency += 1
            }
            finishArticle()
            documents.append(kind == .articles ? articles : index.sentences(ofWords: positions).count)
            deviations.append(count > 0 && totalSize > 0 ? max(0, sum / 2) : 0)
        }
        self.documents = documents
        self.deviations = deviations
        articles = kind == .articles ? corpus.articles.count : corpus.articles.reduce(0) { $0 + ($1.sentences.isEmpty ? 0 : 1) }
    }
}
