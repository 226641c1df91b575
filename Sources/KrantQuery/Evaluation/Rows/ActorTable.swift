import KrantCorpus

/// The actor table over a set of mentions: per actor its kind, article and mention counts, first and last date,
/// and for names not in the gazetteer the kind guessed.
enum ActorTable {
    static let columns: [(name: String, type: FieldType)] = [
        ("name", .text), ("kind", .enumeration(ActorKind.allCases.map(\.rawValue))), ("articles", .integer),
        ("mentions", .integer), ("first", .date), ("last", .date), ("affiliation", .text),
        ("guess", .enumeration([ActorKind.person, .organization, .place].map(\.rawValue))), ("role", .text),
    ]

    static let summaries = [
        "name": "the canonical name", "kind": "country, organization, person, media, place or unknown",
        "articles": "how many articles mention it", "mentions": "how many times it is mentioned",
        "first": "the date of the first article that mentions it", "last": "the date of the last one",
        "affiliation": "for people: the country or organisation they act for",
        "role": "for people: the roles they held, with their periods, by which role phrases name them",
        "guess": "for names not in the gazetteer: person, organization or place, guessed from the name and its context",
    ]

    /// Rows for the given mentions; with `includeUnmentioned`, every gazetteer actor appears.
    static func relation(mentions: some Sequence<Int32>, in corpus: Corpus, includeUnmentioned: Bool = false) -> Relation {
        var mentionCounts = [Int](repeating: 0, count: corpus.actors.count)
        var articleCounts = [Int](repeating: 0, count: corpus.actors.count)
        var lastArticle = [Int](repeating: -1, count: corpus.actors.count)
        // The articles holding each actor's earliest and latest dated mention, found by comparing day numbers.
        var first = [Int?](repeating: nil, count: corpus.actors.count)
        var last = [Int?](repeating: nil, count: corpus.actors.count)
        for position in mentions {
            let mention = corpus.mentions[Int(position)]
            mentionCounts[mention.actor] += 1
            guard lastArticle[mention.actor] != mention.article else { continue }
            lastArticle[mention.actor] = mention.article
            articleCounts[mention.actor] += 1
            if let span = corpus.articleDays[mention.article] {
                if first[mention.actor].map({ span.first < corpus.articleDays[$0]!.first }) ?? true { first[mention.actor] = mention.article }
                if last[mention.actor].map({ span.last > corpus.articleDays[$0]!.last }) ?? true { last[mention.actor] = mention.article }
            }
        }
        let shown = corpus.actors.indices.filter { mentionCounts[$0] > 0 || (includeUnmentioned && corpus.actors[$0].kind != .unknown) }
        let order = Corpus.byReach(shown, articles: articleCounts, mentions: mentionCounts, nameRanks: corpus.actorNameRanks)
        let (articles, counted, firstArticles, lastArticles) = (articleCounts, mentionCounts, first, last)
        return relation(rows: order.map(Int32.init), in: corpus, articles: { articles[$0] }, mentions: { counted[$0] },
                        dates: { actor in
                            guard let first = firstArticles[actor], let last = lastArticles[actor],
                                  let firstDate = corpus.articles[first].date, let lastDate = corpus.articles[last].date else { return nil }
                            return (firstDate, lastDate)
                        })
    }

    /// Rows for every mention in the corpus, read from the counts, dates and order the corpus keeps per actor,
    /// without visiting a single mention.
    static func wholeCorpus(_ corpus: Corpus, includeUnmentioned: Bool = false) -> Relation {
        let articles = corpus.actorArticleCounts, mentions = corpus.actorMentionCounts
        let rows = corpus.actorsByReach.filter {
            mentions[Int($0)] > 0 || (includeUnmentioned && corpus.actors[Int($0)].kind != .unknown)
        }
        return relation(rows: rows, in: corpus, articles: { articles[$0] }, mentions: { mentions[$0] },
                        dates: { corpus.dates(ofActor: $0) })
    }

    /// Rows are actor ids; each column reads its value for an actor when asked.
    private static func relation(rows: [Int32], in corpus: Corpus, articles: @escaping @Sendable (Int) -> Int,
                                 mentions: @escaping @Sendable (Int) -> Int,
                                 dates: @escaping @Sendable (Int) -> (first: CorpusDate, last: CorpusDate)?) -> Relation {
        let actors = corpus.actors
        let values: [@Sendable (Int) -> Value] = [
            { .text(actors[$0].name) }, { .text(actors[$0].kind.rawValue) }, { .integer(articles($0)) },
            { .integer(mentions($0)) }, { dates($0).map { .date($0.first) } ?? .null }, { dates($0).map { .date($0.last) } ?? .null },
            { actors[$0].affiliation.map(Value.text) ?? .null }, { actors[$0].guessedKind.map { .text($0.rawValue) } ?? .null },
            { actors[$0].roles.isEmpty ? .null : .text(actors[$0].roles.map(\.description).joined(separator: "; ")) },
        ]
        return Relation(kind: .actors, rows: rows, columns: zip(columns, values).map { column, value in
            Field(name: column.name, type: column.type, summary: "", value: value)
        })
    }
}
