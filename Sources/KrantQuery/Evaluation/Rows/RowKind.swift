/// What the rows of a result are.
public enum RowKind: String, Sendable, Hashable, CaseIterable {
    case articles, sentences, mentions, actors
    /// The rows of `count by`: key values and a count.
    case groups
    /// The rows of `kwic`: a hit with its left and right context.
    case concordance
    /// The rows of `timeline`: one period each, with counts.
    case timeline
    /// The rows of `cooccur`: pairs of actors with their counts and association measures.
    case cooccurrences
    /// The rows of `terms`, `keywords` and `ngrams`: words with counts.
    case words
    /// The rows of `explain`: plan steps, then the evidence for each result row.
    case explanation

    /// "article" / "articles", for messages and footers.
    public func noun(count: Int) -> String {
        let singular = switch self {
        case .articles: "article"
        case .sentences: "sentence"
        case .mentions: "mention"
        case .actors: "actor"
        case .groups: "row"
        case .concordance: "hit"
        case .timeline: "period"
        case .cooccurrences: "pair"
        case .words: "term"
        case .explanation: "line"
        }
        return count == 1 ? singular : singular + "s"
    }
}

/// The type of a field, which decides the operators and values it takes.
public enum FieldType: Sendable, Hashable {
    case text
    /// Text searched word by word with the corpus index (`text contains`).
    case indexedText
    case integer
    /// A measure with a fraction, such as G² or logDice.
    case decimal
    case date
    /// One of a fixed set of bare words (`kind = metonym`).
    case enumeration([String])
    /// An actor name, matched through the gazetteer (`actor = "NAVO"`).
    case actor
}
