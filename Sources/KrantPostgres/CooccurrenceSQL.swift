import KrantQuery

/// `| cooccur [with "ACTOR"] [in sentence|article] [min N]` as queries over the distinct actors of each unit (a
/// sentence or an article) holding a counted mention: each actor's units with the base N, and the pairs met in
/// at least N units; `CooccurrenceTable` makes the same table from them as in memory.
///
/// Rows of articles or sentences count all the mentions of their units (`in article` after sentences: of the
/// articles they stand in); rows of mentions count only themselves.
struct CooccurrenceSQL: Sendable {
    let kind: RowKind
    let byArticle: Bool
    let minimum: Int
    /// The actors of `with "ACTOR"`, nil without one.
    let focus: Set<Int>?
    /// `(actor, units, N)` per actor counted.
    let singleSQL: String
    /// `(first, second, together)` per pair of actors, first below second, met in at least `minimum` units.
    let pairSQL: String

    /// The queries for `stage` over `relation`, checked in the in-memory order: the rows, the unit, the minimum,
    /// the partner.
    static func plan(_ stage: CooccurrenceStage, over relation: String, rows: ServerRows, translator: ConditionTranslator,
                     at range: Range<Int>, text: inout SQLText) async throws -> CooccurrenceSQL {
        guard rows.kind != .actors else { throw CooccurrenceTable.wrongRows(rows.kind, at: range) }
        let byArticle = try CooccurrenceTable.byArticle(stage.unit)
        let minimum = try CooccurrenceTable.minimum(stage.minimum)
        var focus: Set<Int>?
        if let partner = stage.partner { focus = Set(try await translator.actors(named: partner)) }
        let units = Self.units(of: relation, rows.kind, byArticle: byArticle)
        return CooccurrenceSQL(
            kind: rows.kind, byArticle: byArticle, minimum: minimum, focus: focus,
            singleSQL: "WITH u AS (\(units)) SELECT u.actor, count(*), (SELECT count(DISTINCT v.unit) FROM u v) FROM u GROUP BY u.actor",
            pairSQL: """
                WITH u AS (\(units)) SELECT x.actor, y.actor, count(*) FROM u x JOIN u y ON y.unit = x.unit AND y.actor > x.actor \
                GROUP BY x.actor, y.actor HAVING count(*) >= \(text.bind(minimum))
                """)
    }

    /// `(unit, actor)`, distinct: the actors of the counted mentions, by the sentence or article they stand in.
    private static func units(of relation: String, _ kind: RowKind, byArticle: Bool) -> String {
        let unit = byArticle ? "m.article" : "m.sentence"
        let counted = switch kind {
        case .articles: "m.article IN (SELECT q.row FROM (\(relation)) q)"
        case .sentences where byArticle:
            "m.article IN (SELECT s.article FROM (\(relation)) q JOIN krant.sentences s ON s.sentence = q.row)"
        case .sentences:
            "(m.article, m.sentence) IN (SELECT s.article, s.sentence FROM (\(relation)) q JOIN krant.sentences s ON s.sentence = q.row)"
        default: "m.mention IN (SELECT q.row FROM (\(relation)) q)"
        }
        return "SELECT DISTINCT \(unit) AS unit, m.actor FROM krant.mentions m WHERE \(counted)"
    }
}
