import KrantCorpus

/// `| sentences`, `| mentions` or `| actors`: the rows that belong to the current articles, sentences or mentions.
package struct ExpandStage: PipelineStage {
    package let target: RowKind

    package static let help = StageHelp(starts: ["sentences", "mentions", "actors"], usage: "sentences | mentions | actors",
                                        summary: "the sentences, mentions or actor table of the current rows")

    package static func parse(_ parser: inout Parser, after word: String) throws(Diagnostic) -> ExpandStage {
        ExpandStage(target: RowKind(rawValue: word)!)
    }

    package func run(_ input: StageInput) throws(Diagnostic) -> StageOutput {
        let relation = input.relation, corpus = input.corpus
        guard [.articles, .sentences, .mentions].contains(relation.kind) else {
            throw Diagnostic(.semantic, "'\(target.rawValue)' needs articles, sentences or mentions, but these rows are \(relation.kind.rawValue)",
                             at: input.range)
        }
        let ordered = relation.rows.isSortedAscending ? relation.rows : relation.rows.sorted()
        switch target {
        case .sentences:
            let sentences: [Int32] = switch relation.kind {
            case .articles: ordered.flatMap { corpus.articles[Int($0)].sentences.map(Int32.init) }
            case .mentions: SortedSets.deduplicated(ordered.map { Int32(corpus.mentions[Int($0)].sentence) })
            default: ordered
            }
            return .rows(Relation(kind: .sentences, rows: sentences))
        case .mentions:
            return .rows(Relation(kind: .mentions, rows: mentions(of: relation.kind, ordered, in: corpus)))
        default:
            // Every row of a table holds every mention: the table is read from the index, not counted.
            let tableSize = switch relation.kind {
            case .articles: corpus.articles.count
            case .sentences: corpus.sentences.count
            default: corpus.mentions.count
            }
            if ordered.count == tableSize, ordered.last.map({ Int($0) == tableSize - 1 }) ?? true, ordered.isSortedAscending {
                return .rows(ActorTable.wholeCorpus(corpus))
            }
            return .rows(ActorTable.relation(mentions: mentions(of: relation.kind, ordered, in: corpus), in: corpus))
        }
    }

    private func mentions(of kind: RowKind, _ rows: [Int32], in corpus: Corpus) -> [Int32] {
        switch kind {
        case .articles: rows.flatMap { corpus.articles[Int($0)].mentions.map(Int32.init) }
        case .sentences: rows.flatMap { corpus.sentences[Int($0)].mentions.map(Int32.init) }
        default: rows
        }
    }
}
