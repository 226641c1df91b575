import Foundation
import KrantCorpus

/// `cooccur`: which actors are mentioned together in a sentence (or an article), how often, and how strongly
/// they attract each other: log-likelihood G², pointwise mutual information and logDice.
extension StageRunner {
    static let cooccurrenceColumns: [(name: String, type: FieldType)] = [
        ("actor", .text), ("partner", .text), ("together", .integer), ("actor_count", .integer),
        ("partner_count", .integer), ("g2", .decimal), ("pmi", .decimal), ("logdice", .decimal),
    ]

    func cooccurrence(_ relation: Relation, with partner: Literal?, in unit: Name?, minimum literal: Literal?,
                      range: Range<Int>) throws(Diagnostic) -> Relation {
        guard [.articles, .sentences, .mentions].contains(relation.kind) else {
            throw Diagnostic(.semantic, "'cooccur' needs articles, sentences or mentions, but these rows are \(relation.kind.rawValue)", at: range)
        }
        let byArticle: Bool
        switch unit?.text.lowercased() {
        case nil, "sentence", "sentences": byArticle = false
        case "article", "articles": byArticle = true
        default:
            throw Diagnostic(.semantic, "actors co-occur in a sentence or an article, not '\(unit!.text)'", at: unit!.range,
                             help: Suggestions.didYouMean(unit!.text, among: ["sentence", "article"]))
        }
        var minimum = 2
        if let literal {
            guard case .integer(let value) = literal.kind, value >= 1 else {
                throw Diagnostic(.semantic, "'min' takes a whole number of 1 or more", at: literal.range)
            }
            minimum = value
        }
        let focus = try partner.map { literal throws(Diagnostic) in Set(try ActorResolver(corpus: corpus).actors(named: literal)) }

        // Each unit's distinct actors; counts are of units, so an actor named twice in a sentence counts once.
        var unitCount = 0
        var single = [Int](repeating: 0, count: corpus.actors.count)
        var joint: [Int64: Int] = [:]
        var actors: [Int] = []
        for (offset, mentions) in mentionRanges(of: relation, byArticle: byArticle).enumerated() {
            if offset & 1023 == 0 { try cancellation.check() }
            unitCount += 1
            // Most units name one actor or none: no pairs to sort out.
            if mentions.count <= 1 {
                if let only = mentions.first { single[corpus.mentions[only].actor] += 1 }
                continue
            }
            actors.removeAll(keepingCapacity: true)
            for mention in mentions { actors.append(corpus.mentions[mention].actor) }
            guard !actors.isEmpty else { continue }
            actors.sort()
            var previous = -1
            var distinct = 0
            for actor in actors where actor != previous {
                actors[distinct] = actor
                distinct += 1
                previous = actor
            }
            for index in 0..<distinct {
                let first = actors[index]
                single[first] += 1
                for second in actors[(index + 1)..<distinct] {
                    joint[Int64(first) << 32 | Int64(second), default: 0] += 1
                }
            }
        }
        var records: [[Value]] = []
        var keys: [(Double, Int32, Int32)] = []
        for (pair, together) in joint where together >= minimum {
            var (first, second) = (Int(pair >> 32), Int(pair & 0xFFFF_FFFF))
            if let focus {
                guard focus.contains(first) || focus.contains(second) else { continue }
                if !focus.contains(first) { swap(&first, &second) }
            }
            let measures = Association(together: together, first: single[first], second: single[second], units: unitCount)
            records.append([.text(corpus.actors[first].name), .text(corpus.actors[second].name), .integer(together),
                            .integer(single[first]), .integer(single[second]), .double(measures.logLikelihood),
                            .double(measures.pointwiseMutualInformation), .double(measures.logDice)])
            // Strongest first; names break ties so the order never depends on hashing.
            keys.append((-measures.logLikelihood, corpus.actorNameRanks[first], corpus.actorNameRanks[second]))
        }
        let order = records.indices.sorted { keys[$0] < keys[$1] }
        return Relation(kind: .cooccurrences, rows: order.map(Int32.init), records: records,
                        recordColumns: Self.cooccurrenceColumns)
    }

    /// The mentions of each sentence or article behind the rows, in corpus order.
    private func mentionRanges(of relation: Relation, byArticle: Bool) -> [Range<Int>] {
        let ascending = relation.rows.isSortedAscending ? relation.rows : relation.rows.sorted()
        switch (relation.kind, byArticle) {
        case (.articles, true):
            return ascending.map { corpus.articles[Int($0)].mentions }
        case (.articles, false):
            return ascending.flatMap { corpus.articles[Int($0)].sentences.map { corpus.sentences[$0].mentions } }
        case (.sentences, false):
            return ascending.map { corpus.sentences[Int($0)].mentions }
        case (.sentences, true):
            let articles = SortedSets.deduplicated(ascending.map { Int32(corpus.sentences[Int($0)].article) })
            return articles.map { corpus.articles[Int($0)].mentions }
        default:
            // Mentions: the sentences or articles they stand in, each once.
            let owners = SortedSets.deduplicated(ascending.map {
                Int32(byArticle ? corpus.mentions[Int($0)].article : corpus.mentions[Int($0)].sentence)
            })
            return owners.map { byArticle ? corpus.articles[Int($0)].mentions : corpus.sentences[Int($0)].mentions }
        }
    }
}

/// Association measures from the 2×2 contingency table of two actors over N units.
struct Association {
    let together: Int, first: Int, second: Int, units: Int

    /// Dunning's log-likelihood G² = 2 Σ O ln(O/E) over the four cells.
    var logLikelihood: Double {
        let n = Double(units)
        let observed = [Double(together), Double(first - together), Double(second - together),
                        Double(units - first - second + together)]
        let rows = [Double(first), Double(units - first)], columns = [Double(second), Double(units - second)]
        let expected = [rows[0] * columns[0] / n, rows[0] * columns[1] / n, rows[1] * columns[0] / n, rows[1] * columns[1] / n]
        return 2 * zip(observed, expected).reduce(0) { sum, cell in
            cell.0 > 0 && cell.1 > 0 ? sum + cell.0 * log(cell.0 / cell.1) : sum
        }
    }

    /// log₂ of how much more often the two occur together than chance predicts.
    var pointwiseMutualInformation: Double {
        log2(Double(together) * Double(units) / (Double(first) * Double(second)))
    }

    /// 14 + log₂(2·f(xy) / (f(x) + f(y))): Rychlý's measure, independent of corpus size, at most 14.
    var logDice: Double {
        14 + log2(2 * Double(together) / Double(first + second))
    }
}
