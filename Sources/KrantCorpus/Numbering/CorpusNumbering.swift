/// The corpus as it grows in the ordered pass: each analysed article's sentences, words, mentions and terms
/// numbered after those of the articles before it, and every actor's postings.
struct CorpusNumbering {
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

    mutating func postActor(_ actor: Int, mention: Int, sentence: Int, article: Int) {
        actorMentions[actor].append(Int32(mention))
        if actorSentences[actor].last != Int32(sentence) { actorSentences[actor].append(Int32(sentence)) }
        if actorArticles[actor].last != Int32(article) { actorArticles[actor].append(Int32(article)) }
    }
}
