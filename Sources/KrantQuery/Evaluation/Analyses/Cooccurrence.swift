import Foundation
import KrantCorpus

/// `cooccur`: which actors are mentioned together in a sentence (or an article), how often against how often
/// chance predicts, and how strongly they attract or repel each other: signed log-likelihood G², pointwise
/// mutual information and logDice.
///
/// The base N is the same for every row kind: the units (sentences or articles) that hold at least one of the
/// mentions counted. Rows of articles or sentences count all their mentions; rows of mentions count only
/// themselves, so a filter on mentions (`kind = name`) filters the pairs too.
extension StageRunner {
    func cooccurrence(_ relation: Relation, with partner: Literal?, in unit: Name?, minimum literal: Literal?,
                      range: Range<Int>) throws(Diagnostic) -> Relation {
        guard [.articles, .sentences, .mentions].contains(relation.kind) else {
            throw CooccurrenceTable.wrongRows(relation.kind, at: range)
        }
        let byArticle = try CooccurrenceTable.byArticle(unit)
        let minimum = try CooccurrenceTable.minimum(literal)
        let focus = try partner.map { literal throws(Diagnostic) in Set(try ActorResolver(corpus: corpus).actors(named: literal)) }

        // Each unit's distinct actors; counts are of units, so an actor named twice in a sentence counts once.
        var unitCount = 0
        var single = [Int](repeating: 0, count: corpus.actors.count)
        var joint: [Int64: Int] = [:]
        var actors: [Int] = []
        let (units, positions) = mentionUnits(of: relation, byArticle: byArticle)
        for (offset, mentions) in units.enumerated() {
            if offset & 1023 == 0 { try cancellation.check() }
            // A unit without a counted mention is outside the base.
            guard !mentions.isEmpty else { continue }
            unitCount += 1
            func actor(_ slot: Int) -> Int { corpus.mentions[positions.map { Int($0[slot]) } ?? slot].actor }
            // Most units name one actor: no pairs to sort out.
            if mentions.count == 1 {
                single[actor(mentions.lowerBound)] += 1
                continue
            }
            actors.removeAll(keepingCapacity: true)
            for slot in mentions { actors.append(actor(slot)) }
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
        let pairs = joint.compactMap { pair, together in
            together >= minimum ? (first: Int(pair >> 32), second: Int(pair & 0xFFFF_FFFF), together: together) : nil
        }
        let (counted, names, ranks) = (single, corpus.actors, corpus.actorNameRanks)
        let records = CooccurrenceTable.rows(pairs: pairs, single: { counted[$0] }, units: unitCount, minimum: minimum, focus: focus,
                                             name: { names[$0].name }, rank: { ranks[$0] })
        var result = Relation(kind: .cooccurrences, rows: records.indices.map(Int32.init), records: records,
                              recordColumns: CooccurrenceTable.columns)
        result.notes = CooccurrenceTable.notes(units: unitCount, single: { counted[$0] }, focus: focus, name: { names[$0].name },
                                               byArticle: byArticle, kind: relation.kind)
        return result
    }

    /// The counted mentions of each sentence or article behind the rows, in corpus order, as ranges of slots.
    /// A slot is a position in `Corpus.mentions`, or, when `positions` is given, an index into it.
    private func mentionUnits(of relation: Relation, byArticle: Bool) -> (units: [Range<Int>], positions: [Int32]?) {
        let ascending = relation.rows.isSortedAscending ? relation.rows : relation.rows.sorted()
        switch (relation.kind, byArticle) {
        case (.articles, true):
            return (ascending.map { corpus.articles[Int($0)].mentions }, nil)
        case (.articles, false):
            return (ascending.flatMap { corpus.articles[Int($0)].sentences.map { corpus.sentences[$0].mentions } }, nil)
        case (.sentences, false):
            return (ascending.map { corpus.sentences[Int($0)].mentions }, nil)
        case (.sentences, true):
            let articles = SortedSets.deduplicated(ascending.map { Int32(corpus.sentences[Int($0)].article) })
            return (articles.map { corpus.articles[Int($0)].mentions }, nil)
        default:
            // Mentions: only the rows themselves, grouped by the sentence or article they stand in (mentions are
            // stored in corpus order, so each unit's rows are adjacent).
            func owner(_ slot: Int) -> Int {
                let mention = corpus.mentions[Int(ascending[slot])]
                return byArticle ? mention.article : mention.sentence
            }
            var units: [Range<Int>] = []
            var start = 0
            for slot in ascending.indices where slot + 1 == ascending.count || owner(slot + 1) != owner(slot) {
                units.append(start..<(slot + 1))
                start = slot + 1
            }
            return (units, ascending)
        }
    }
}

/// Association measures from the 2×2 contingency table of two actors over N units.
struct Association {
    let together: Int, first: Int, second: Int, units: Int

    /// How often the two would be together if they were independent: f(x)·f(y) / N.
    var expected: Double {
        Double(first) * Double(second) / Double(units)
    }

    /// Dunning's log-likelihood G² = 2 Σ O ln(O/E) over the four cells, negative when the two are together less
    /// often than expected (repulsion), as Evert (2008) signs it.
    var signedLogLikelihood: Double {
        (Double(together) < expected ? -1 : 1) * logLikelihood
    }

    /// Dunning's log-likelihood G² = 2 Σ O ln(O/E) over the four cells, always 0 or more.
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
