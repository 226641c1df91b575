extension CorpusNumbering {
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
}
