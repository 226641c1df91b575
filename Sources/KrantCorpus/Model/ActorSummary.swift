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
        actorsByReach.map(Int.init).filter { actorArticleCounts[$0] > 0 }.map { actor in
            let dates = dates(ofActor: actor)
            return ActorSummary(actor: actors[actor], articles: actorArticleCounts[actor],
                                mentions: actorMentionCounts[actor], first: dates?.first, last: dates?.last)
        }
    }
}
