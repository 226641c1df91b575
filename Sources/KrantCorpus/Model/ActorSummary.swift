/// One line of the corpus's actor table: how widely and when an actor is mentioned.
public struct ActorSummary: Sendable, Hashable {
    public let actor: Actor
    public let articles: Int
    public let mentions: Int
    /// The earliest and latest dates of the dated articles that mention the actor.
    public let first: CorpusDate?
    public let last: CorpusDate?
}

extension Corpus {
    /// The actor table over the whole corpus, mentioned actors only, most widely mentioned first.
    ///
    ///     corpus.actorTable.first?.actor.name   // "Rusland" on the sample corpus
    public var actorTable: [ActorSummary] {
        actors.compactMap { actor -> ActorSummary? in
            let articles = index.articles(ofActor: actor.id)
            guard !articles.isEmpty else { return nil }
            let dates = articles.compactMap { self.articles[Int($0)].date }
            return ActorSummary(actor: actor, articles: articles.count, mentions: index.mentions(ofActor: actor.id).count,
                                first: dates.min { $0.firstDay < $1.firstDay }, last: dates.max { $0.lastDay < $1.lastDay })
        }
        .sorted { ($1.articles, $1.mentions, $0.actor.name) < ($0.articles, $0.mentions, $1.actor.name) }
    }
}
