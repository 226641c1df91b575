import Synchronization

/// The last step of loading: the indexes over the numbered corpus, and the corpus itself.
extension CorpusNumbering {
    /// Term → words and term → articles. A word's compound parts are posted right after the word itself,
    /// so every list is in word order. Nil when `isCancelled` answers true, which it is asked every million words.
    private func postings(isCancelled: (@Sendable () -> Bool)?) -> (words: PostingLists, articles: PostingLists)? {
        let termCount = termTable.terms.count
        var stopped = false
        func visitWords(_ post: (Int, Int32) -> Void) {
            var extras = extrasInOrder[...]
            for (position, term) in wordTerms.enumerated() {
                if position & 0xF_FFFF == 0, stopped || isCancelled?() == true {
                    stopped = true
                    return
                }
                post(Int(term), Int32(position))
                if let next = extras.first, next.word == Int32(position) {
                    extras.removeFirst()
                    for part in next.terms { post(Int(part), Int32(position)) }
                }
            }
        }
        let words = PostingLists(count: termCount, visit: visitWords)
        let articleStarts = articles.map { Int32($0.words.lowerBound) }
        let articles = PostingLists(count: termCount) { post in
            var lastArticle = [Int32](repeating: -1, count: termCount)
            var article = 0
            visitWords { term, position in
                while article + 1 < articleStarts.count && articleStarts[article + 1] <= position { article += 1 }
                if lastArticle[term] != Int32(article) {
                    lastArticle[term] = Int32(article)
                    post(term, Int32(article))
                }
            }
        }
        return stopped ? nil : (words, articles)
    }

    /// The term ids in the terms' alphabetical order; nil when `isCancelled` answers true, which turns every
    /// later comparison into "equal" and so ends the sort at once.
    private static func alphabetical(_ terms: [String], isCancelled: (@Sendable () -> Bool)?) -> [Int32]? {
        var comparisons = 0, stopped = false
        let sorted = terms.indices.sorted { left, right in
            comparisons += 1
            if comparisons & 0xFFFF == 0, !stopped, isCancelled?() == true { stopped = true }
            return !stopped && terms[left] < terms[right]
        }.map(Int32.init)
        return stopped ? nil : sorted
    }

    /// The corpus with its indexes; nil when `isCancelled` answers true, which it is asked between the steps
    /// and within the long ones.
    func corpus(report: LoadReport, gazetteer: Gazetteer, isCancelled: (@Sendable () -> Bool)?) -> Corpus? {
        let indexStarted = ContinuousClock.now
        let byDate = articles.compactMap { article in article.date.map { (article.number, $0) } }
            .sorted { ($0.1.firstDay, $0.1.lastDay, $0.0) < ($1.1.firstDay, $1.1.lastDay, $1.0) }
            .map { Int32($0.0) }
        let terms = termTable.terms
        // The terms are put in order on one core while the other stems them; each stemmer is used by one thread.
        let order = Mutex<[Int32]?>(nil)
        let stemRanges = stride(from: 0, to: terms.count, by: 4_096).map { $0..<min(terms.count, $0 + 4_096) }
        let stems = ParallelMap.map(stemRanges, alongside: {
            let sorted = Self.alphabetical(terms, isCancelled: isCancelled)
            order.withLock { $0 = sorted }
        }, isCancelled: isCancelled) { range in
            let stemmer = DutchStemmer()
            return range.map { id in
                // A number has no stem.
                let isNumber = terms[id].unicodeScalars.first.map { ("0"..."9").contains($0) } ?? true
                return isNumber ? nil : stemmer.stem(terms[id])
            }
        }
        guard let stems, let termsInOrder = order.withLock({ $0 }) else { return nil }
        // Each distinct term is stemmed once; a word's stem is its term's.
        var stemTerms: [String: [Int32]] = [:]
        for (id, stem) in stems.joined().enumerated() {
            if let stem { stemTerms[stem, default: []].append(Int32(id)) }
        }
        guard let (termWords, termArticles) = postings(isCancelled: isCancelled),
              let termIDs = CorpusIndex.numbering(terms, isCancelled: isCancelled) else { return nil }
        let index = CorpusIndex(termIDs: termIDs, terms: terms, termsInOrder: termsInOrder, stemTerms: stemTerms, termWords: termWords,
                                termArticles: termArticles, termCounts: termCounts, wordTerms: wordTerms,
                                sentenceStarts: sentences.map { Int32($0.words.lowerBound) },
                                wordExtraTerms: wordExtraTerms, actorMentions: actorMentions,
                                actorArticles: actorArticles, actorSentences: actorSentences, articlesByDate: byDate)
        var report = report
        report.phases.append(("index", ContinuousClock.now - indexStarted))
        return Corpus(articles: articles, sentences: sentences, mentions: mentions, actors: actors, index: index,
                      report: report, gazetteer: gazetteer, isCancelled: isCancelled)
    }
}
