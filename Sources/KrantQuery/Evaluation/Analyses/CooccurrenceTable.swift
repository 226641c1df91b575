/// A `cooccur` table from its counts, in memory and on a server alike: the checks of the stage as written, the
/// pairs met at least the minimum number of times with their association measures, strongest attraction first,
/// and the notes on the base.
package enum CooccurrenceTable {
    package static let columns: [(name: String, type: FieldType)] = [
        ("actor", .text), ("partner", .text), ("together", .integer), ("expected", .decimal), ("actor_count", .integer),
        ("partner_count", .integer), ("g2", .decimal), ("pmi", .decimal), ("logdice", .decimal),
    ]

    /// The error for rows whose mentions cannot be counted.
    package static func wrongRows(_ kind: RowKind, at range: Range<Int>) -> Diagnostic {
        Diagnostic(.semantic, "'cooccur' needs articles, sentences or mentions, but these rows are \(kind.rawValue)", at: range)
    }

    /// Whether the units are articles (`in article`) rather than sentences.
    package static func byArticle(_ unit: Name?) throws(Diagnostic) -> Bool {
        switch unit?.text.lowercased() {
        case nil, "sentence", "sentences": return false
        case "article", "articles": return true
        default:
            throw Diagnostic(.semantic, "actors co-occur in a sentence or an article, not '\(unit!.text)'", at: unit!.range,
                             help: Suggestions.didYouMean(unit!.text, among: ["sentence", "article"]))
        }
    }

    /// `min N`, 2 when not given.
    package static func minimum(_ literal: Literal?) throws(Diagnostic) -> Int {
        guard let literal else { return 2 }
        guard case .integer(let value) = literal.kind, value >= 1 else {
            throw Diagnostic(.semantic, "'min' takes a whole number of 1 or more", at: literal.range)
        }
        return value
    }

    /// The rows, in order, for `pairs` (actors `first < second` and the units holding both), each actor's units in
    /// `single`, and the base of `units`; with a `focus`, only pairs with one of its actors, that actor first.
    package static func rows(pairs: [(first: Int, second: Int, together: Int)], single: (Int) -> Int, units: Int, minimum: Int,
                             focus: Set<Int>?, name: (Int) -> String, rank: (Int) -> Int32) -> [[Value]] {
        var records: [[Value]] = []
        var keys: [(Double, Int32, Int32)] = []
        for pair in pairs where pair.together >= minimum {
            var (first, second) = (pair.first, pair.second)
            if let focus {
                guard focus.contains(first) || focus.contains(second) else { continue }
                if !focus.contains(first) { swap(&first, &second) }
            }
            let measures = Association(together: pair.together, first: single(first), second: single(second), units: units)
            records.append([.text(name(first)), .text(name(second)), .integer(pair.together),
                            .double(measures.expected), .integer(single(first)), .integer(single(second)),
                            .double(measures.signedLogLikelihood), .double(measures.pointwiseMutualInformation),
                            .double(measures.logDice)])
            // Strongest attraction first, repulsion last; names break ties so the order never depends on hashing.
            keys.append((-measures.signedLogLikelihood, rank(first), rank(second)))
        }
        return records.indices.sorted { keys[$0] < keys[$1] }.map { records[$0] }
    }

    /// The base, and each focus actor found in every unit, which leaves nothing to compare with.
    package static func notes(units: Int, single: (Int) -> Int, focus: Set<Int>?, name: (Int) -> String, byArticle: Bool,
                              kind: RowKind) -> [String] {
        let unitNoun = byArticle ? RowKind.articles.noun(count: units) : RowKind.sentences.noun(count: units)
        var notes = ["N = \(units) \(unitNoun) holding at least one of the mentions counted"]
        // The filter before `cooccur` chose the units.
        for actor in (focus ?? []).sorted() where units > 0 && single(actor) == units {
            notes.append("\(name(actor)) is mentioned in every one of these \(unitNoun), so no partner can be measured "
                         + "against it: G² and PMI are 0 throughout; for the whole corpus as reference, write: "
                         + "\(kind.rawValue) | cooccur with \"\(name(actor))\"\(byArticle ? " in article" : "")")
        }
        return notes
    }
}
