import KrantCorpus

/// The actor table over a set of mentions: per actor its kind, article and mention counts, first and last date.
enum ActorTable {
    static let columns: [(name: String, type: FieldType)] = [
        ("name", .text), ("kind", .enumeration(ActorKind.allCases.map(\.rawValue))), ("articles", .integer),
        ("mentions", .integer), ("first", .date), ("last", .date), ("affiliation", .text),
    ]

    static let summaries = [
        "name": "the canonical name", "kind": "country, organization, person, media, place or unknown",
        "articles": "how many articles mention it", "mentions": "how many times it is mentioned",
        "first": "the date of the first article that mentions it", "last": "the date of the last one",
        "affiliation": "for people: the country or organisation they act for",
    ]

    /// Rows for the given mentions; with `includeUnmentioned`, every gazetteer actor appears.
    static func relation(mentions: some Sequence<Int32>, in corpus: Corpus, includeUnmentioned: Bool = false) -> Relation {
        var mentionCounts = [Int](repeating: 0, count: corpus.actors.count)
        var articleCounts = [Int](repeating: 0, count: corpus.actors.count)
        var lastArticle = [Int](repeating: -1, count: corpus.actors.count)
        var first = [CorpusDate?](repeating: nil, count: corpus.actors.count)
        var last = [CorpusDate?](repeating: nil, count: corpus.actors.count)
        for position in mentions {
            let mention = corpus.mentions[Int(position)]
            mentionCounts[mention.actor] += 1
            guard lastArticle[mention.actor] != mention.article else { continue }
            lastArticle[mention.actor] = mention.article
            articleCounts[mention.actor] += 1
            if let date = corpus.articles[mention.article].date {
                if first[mention.actor].map({ date.firstDay < $0.firstDay }) ?? true { first[mention.actor] = date }
                if last[mention.actor].map({ date.lastDay > $0.lastDay }) ?? true { last[mention.actor] = date }
            }
        }
        var records: [[Value]] = []
        var keys: [(Int, Int, Int32)] = []
        for actor in corpus.actors where mentionCounts[actor.id] > 0 || (includeUnmentioned && actor.kind != .unknown) {
            records.append([
                .text(actor.name), .text(actor.kind.rawValue), .integer(articleCounts[actor.id]),
                .integer(mentionCounts[actor.id]), first[actor.id].map(Value.date) ?? .null,
                last[actor.id].map(Value.date) ?? .null, actor.affiliation.map(Value.text) ?? .null,
            ])
            // Most widely mentioned first, as a researcher scans the table; names break ties.
            keys.append((-articleCounts[actor.id], -mentionCounts[actor.id], corpus.actorNameRanks[actor.id]))
        }
        let order = records.indices.sorted { keys[$0] < keys[$1] }
        return Relation(kind: .actors, rows: order.map(Int32.init), records: records, recordColumns: columns)
    }
}
