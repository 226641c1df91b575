import Synchronization

/// Analyses drafts in parallel, then numbers everything and builds the indexes in one ordered pass.
enum CorpusBuilder {
    /// The corpus, or nil when `isCancelled` answered true: within one article's analysis, or one slice's
    /// numbering, of Ctrl-C.
    static func build(drafts: [ArticleDraft], gazetteer: Gazetteer, report: LoadReport,
                      progress: (@Sendable (Int, Int) -> Void)?, isCancelled: (@Sendable () -> Bool)?) -> Corpus? {
        var report = report
        let drafts = uniqueIDs(drafts, report: &report)
        let matcher = MentionMatcher(gazetteer: gazetteer)
        let done = Atomic<Int>(0)
        let numberingStopped = Atomic<Bool>(false)
        let assembly = Mutex(Assembly(actors: gazetteer.actors))
        // Analysed in slices; each slice is numbered into the corpus on one thread while the next is analysed
        // on the others, so no core waits for the ordered pass, and the bulky per-token results of at most two
        // slices are alive at a time.
        var numbering: [AnalyzedArticle] = []
        let started = ContinuousClock.now
        for start in stride(from: 0, to: drafts.count + sliceSize, by: sliceSize) {
            if isCancelled?() == true { return nil }
            let slice = Array(drafts[min(drafts.count, start)..<min(drafts.count, start + sliceSize)])
            let previous = numbering
            let analysed = ParallelMap.map(slice, alongside: {
                assembly.withLock { builder in
                    for (place, article) in previous.enumerated() {
                        if place & 63 == 0, isCancelled?() == true {
                            numberingStopped.store(true, ordering: .relaxed)
                            return
                        }
                        builder.add(article)
                    }
                }
            }, isCancelled: isCancelled) { draft in
                let article = ArticleAnalyzer.analyze(draft, matcher: matcher)
                let count = done.add(1, ordering: .relaxed).newValue
                if count % 500 == 0 || count == drafts.count { progress?(count, drafts.count) }
                return article
            }
            // A corpus missing the articles whose numbering was cut short is never returned.
            guard let analysed, !numberingStopped.load(ordering: .relaxed) else { return nil }
            numbering = analysed
        }
        report.phases.append(("parse, annotate and number", ContinuousClock.now - started))
        report.loaded = drafts.count
        return assembly.withLock { builder in
            guard isCancelled?() != true, builder.settleUnknownNames(isCancelled: isCancelled) else { return nil }
            return builder.corpus(report: report, gazetteer: gazetteer, isCancelled: isCancelled)
        }
    }

    /// Articles analysed together before they are indexed: few enough that Ctrl-C is answered within a
    /// fraction of a second.
    static let sliceSize = 2_048

    /// Ids must be unique; a repeated id gets a suffix (`id~2`) so that no article is lost.
    private static func uniqueIDs(_ drafts: [ArticleDraft], report: inout LoadReport) -> [ArticleDraft] {
        var seen: [String: Int] = [:]
        return drafts.map { draft in
            var draft = draft
            let count = (seen[draft.id] ?? 0) + 1
            seen[draft.id] = count
            if count > 1 {
                let renamed = "\(draft.id)~\(count)"
                report.issues.append(.init(location: draft.origin, severity: .warning,
                                           message: "the id '\(draft.id)' is used before; this article is loaded as '\(renamed)'"))
                draft.id = renamed
            }
            return draft
        }
    }
}

/// The growing corpus during the ordered pass.
private struct Assembly {
    var articles: [Article] = []
    var sentences: [Sentence] = []
    var mentions: [Mention] = []
    var actors: [Actor]
    var unknownNames: UnknownNames
    var termTable = TermTable()
    var termCounts: [Int32] = []
    var wordTerms: [Int32] = []
    var wordExtraTerms: [Int32: [Int32]] = [:]
    /// The same compound parts in word order, for building the postings in one pass.
    var extrasInOrder: [(word: Int32, terms: [Int32])] = []
    var actorMentions: [[Int32]]
    var actorArticles: [[Int32]]
    var actorSentences: [[Int32]]

    init(actors: [Actor]) {
        self.actors = actors
        unknownNames = UnknownNames(firstActor: actors.count)
        actorMentions = Array(repeating: [], count: actors.count)
        actorArticles = actorMentions
        actorSentences = actorMentions
    }

    mutating func add(_ analyzed: AnalyzedArticle) {
        let number = articles.count
        let firstSentence = sentences.count, firstWord = wordTerms.count, firstMention = mentions.count
        let vocabulary = analyzed.vocabulary
        let globalTerms = zip(vocabulary.terms, vocabulary.hashes).map { term, hash in
            let id = termTable.id(of: term, hash: hash)
            if Int(id) == termCounts.count { termCounts.append(0) }
            return id
        }
        unknownNames.growTerms(to: termCounts.count)
        for (local, inLowercase) in vocabulary.inLowercase.enumerated() where inLowercase {
            unknownNames.noteLowercase(term: globalTerms[local])
        }
        var extras = vocabulary.extras[...]
        for (offset, local) in vocabulary.wordTerms.enumerated() {
            let position = Int32(wordTerms.count)
            let term = globalTerms[Int(local)]
            wordTerms.append(term)
            termCounts[Int(term)] += 1
            if let next = extras.first, next.word == Int32(offset) {
                extras.removeFirst()
                let partTerms = next.terms.map { globalTerms[Int($0)] }
                wordExtraTerms[position] = partTerms
                extrasInOrder.append((position, Array(Set(partTerms)).sorted()))
            }
        }
        var mentionDrafts = analyzed.mentions[...]
        for (offset, sentence) in analyzed.sentences.enumerated() {
            let sentencePosition = sentences.count
            let mentionStart = mentions.count
            while let draft = mentionDrafts.first, draft.sentence == offset {
                mentionDrafts.removeFirst()
                let actor: Int
                switch draft.target {
                case .known(let known):
                    actor = known
                case .candidate(let candidate) where candidate.isSingleWord:
                    let word = firstWord + draft.words.lowerBound
                    unknownNames.hold(candidate, word: Int32(word), term: wordTerms[word], sentence: sentencePosition,
                                      article: number)
                    continue
                case .candidate(let candidate):
                    actor = unknownNames.actor(for: candidate)
                    if actor == actorMentions.count {
                        actorMentions.append([])
                        actorArticles.append([])
                        actorSentences.append([])
                    }
                }
                mentions.append(Mention(actor: actor, kind: draft.kind, article: number, sentence: sentencePosition,
                                        range: draft.range,
                                        words: (firstWord + draft.words.lowerBound)..<(firstWord + draft.words.upperBound),
                                        roleTerm: draft.roleTerm))
                postActor(actor, mention: mentions.count - 1, sentence: sentencePosition, article: number)
            }
            sentences.append(Sentence(article: number, range: sentence.range, segment: sentence.segment,
                                      words: (firstWord + sentence.words.lowerBound)..<(firstWord + sentence.words.upperBound),
                                      mentions: mentionStart..<mentions.count))
        }
        let draft = analyzed.draft
        articles.append(Article(number: number, id: draft.id, text: draft.text, title: analyzed.title,
                                date: analyzed.date, dateProvenance: analyzed.provenance, source: draft.source,
                                url: draft.url, origin: draft.origin, paragraphs: analyzed.paragraphs,
                                sentences: firstSentence..<sentences.count, words: firstWord..<wordTerms.count,
                                mentions: firstMention..<mentions.count))
    }

    /// Adds the single words that proved to be names, as mentions in their places, and gives every unknown
    /// actor its final name, forms and guessed kind. False when `isCancelled` answered true on the way.
    mutating func settleUnknownNames(isCancelled: (@Sendable () -> Bool)?) -> Bool {
        guard let added = unknownNames.settleSingleWords(wordTerms: wordTerms, sentences: sentences, articles: articles,
                                                         isCancelled: isCancelled) else { return false }
        guard let found = unknownNames.actors(isCancelled: isCancelled) else { return false }
        actors = Array(actors[..<unknownNames.firstActor]) + found
        return added.isEmpty || insert(added, isCancelled: isCancelled)
    }

    /// Merges mentions into the corpus's (both in corpus order), renumbering the mentions of every sentence
    /// and article and posting every actor again. False when `isCancelled` answered true on the way.
    private mutating func insert(_ added: [Mention], isCancelled: (@Sendable () -> Bool)?) -> Bool {
        var merged: [Mention] = []
        merged.reserveCapacity(mentions.count + added.count)
        var next = added[...]
        var renumbered: [Sentence] = []
        renumbered.reserveCapacity(sentences.count)
        for (position, sentence) in sentences.enumerated() {
            if position & 0xFFFF == 0, isCancelled?() == true { return false }
            let start = merged.count
            for mention in mentions[sentence.mentions] {
                while let first = next.first, first.sentence == position, first.range.lowerBound < mention.range.lowerBound {
                    merged.append(next.removeFirst())
                }
                merged.append(mention)
            }
            while let first = next.first, first.sentence == position { merged.append(next.removeFirst()) }
            renumbered.append(Sentence(article: sentence.article, range: sentence.range, segment: sentence.segment,
                                       words: sentence.words, mentions: start..<merged.count))
        }
        var end = 0
        articles = articles.map { article in
            let start = end
            if !article.sentences.isEmpty { end = renumbered[article.sentences.upperBound - 1].mentions.upperBound }
            return Article(number: article.number, id: article.id, text: article.text, title: article.title, date: article.date,
                           dateProvenance: article.dateProvenance, source: article.source, url: article.url,
                           origin: article.origin, paragraphs: article.paragraphs, sentences: article.sentences,
                           words: article.words, mentions: start..<end)
        }
        (sentences, mentions) = (renumbered, merged)
        actorMentions = Array(repeating: [], count: actors.count)
        actorArticles = actorMentions
        actorSentences = actorMentions
        for (position, mention) in mentions.enumerated() {
            if position & 0xF_FFFF == 0, isCancelled?() == true { return false }
            postActor(mention.actor, mention: position, sentence: mention.sentence, article: mention.article)
        }
        return true
    }

    private mutating func postActor(_ actor: Int, mention: Int, sentence: Int, article: Int) {
        actorMentions[actor].append(Int32(mention))
        if actorSentences[actor].last != Int32(sentence) { actorSentences[actor].append(Int32(sentence)) }
        if actorArticles[actor].last != Int32(article) { actorArticles[actor].append(Int32(article)) }
    }

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
