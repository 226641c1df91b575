import KrantQuery

/// The rows of one kind as the server's SQL carries them between stages: a relation of `(row, ord)` (the
/// article number, sentence, mention or actor position, and its place in the current order), plus for actors
/// the columns an actor table computes from the mentions it was made of.
struct ServerRows: Sendable {
    let kind: RowKind

    /// The kinds the server reads as rows.
    static let kinds: [RowKind] = [.articles, .sentences, .mentions, .actors]

    /// The columns after `row` and `ord` that every stage passes on: an actor's counts and the articles of its
    /// first and last date, which belong to the mentions the table was made of and not to the actor.
    var carried: String {
        kind == .actors ? ", q.articles, q.mentions, q.first_article, q.last_article" : ""
    }

    /// `FROM` the relation `q`, joined to the tables its fields read.
    func join(_ relation: String) -> String {
        switch kind {
        case .articles:
            "FROM (\(relation)) q JOIN krant.articles a ON a.article = q.row"
        case .sentences:
            "FROM (\(relation)) q JOIN krant.sentences s ON s.sentence = q.row JOIN krant.articles a ON a.article = s.article"
        case .mentions:
            """
            FROM (\(relation)) q JOIN krant.mentions mr ON mr.mention = q.row \
            JOIN krant.sentences s ON s.article = mr.article AND s.sentence = mr.sentence \
            JOIN krant.articles a ON a.article = mr.article JOIN krant.actors ac ON ac.actor = mr.actor
            """
        default:
            """
            FROM (\(relation)) q JOIN krant.actors ac ON ac.actor = q.row \
            LEFT JOIN krant.articles fa ON fa.article = q.first_article LEFT JOIN krant.articles la ON la.article = q.last_article
            """
        }
    }

    /// Every row of the table, in krant's order; the actor table lists every actor of the gazetteer, mentioned
    /// or not, as the `actors` source does.
    var table: String {
        switch kind {
        case .articles: "SELECT a.article AS row, a.article AS ord FROM krant.articles a"
        case .sentences: "SELECT s.sentence AS row, s.sentence AS ord FROM krant.sentences s"
        case .mentions: "SELECT m.mention AS row, m.mention AS ord FROM krant.mentions m"
        default: Self.actorTable(mentions: ServerRows(kind: .mentions).table, includingUnmentioned: true)
        }
    }

    /// The rows of the table that satisfy `test`, an expression over the aliases of `join`, in krant's order; the
    /// tables are read once, not joined to a list of their own rows.
    func table(where test: String) -> String {
        switch kind {
        case .articles:
            "SELECT a.article AS row, a.article AS ord FROM krant.articles a WHERE \(test)"
        case .sentences:
            "SELECT s.sentence AS row, s.sentence AS ord FROM krant.sentences s JOIN krant.articles a ON a.article = s.article WHERE \(test)"
        case .mentions:
            """
            SELECT mr.mention AS row, mr.mention AS ord FROM krant.mentions mr \
            JOIN krant.sentences s ON s.article = mr.article AND s.sentence = mr.sentence \
            JOIN krant.articles a ON a.article = mr.article JOIN krant.actors ac ON ac.actor = mr.actor WHERE \(test)
            """
        default:
            "SELECT q.row, q.ord\(carried) \(join(table)) WHERE \(test)"
        }
    }

    /// `| sentences` or `| mentions` after rows of this kind: the rows that belong to them, in corpus order, as
    /// the in-memory stage gives them whatever order they came in.
    func expanded(_ relation: String, to target: RowKind) -> String {
        switch (kind, target) {
        case (.articles, .sentences):
            "SELECT s.sentence AS row, s.sentence AS ord FROM krant.sentences s WHERE s.article IN (SELECT q.row FROM (\(relation)) q)"
        case (.mentions, .sentences):
            """
            SELECT s.sentence AS row, s.sentence AS ord FROM krant.sentences s WHERE (s.article, s.sentence) IN \
            (SELECT m.article, m.sentence FROM (\(relation)) q JOIN krant.mentions m ON m.mention = q.row)
            """
        case (.articles, .mentions):
            "SELECT m.mention AS row, m.mention AS ord FROM krant.mentions m WHERE m.article IN (SELECT q.row FROM (\(relation)) q)"
        case (.sentences, .mentions):
            """
            SELECT m.mention AS row, m.mention AS ord FROM krant.mentions m WHERE (m.article, m.sentence) IN \
            (SELECT s.article, s.sentence FROM (\(relation)) q JOIN krant.sentences s ON s.sentence = q.row)
            """
        default:
            // Sentences of sentences, mentions of mentions: the same rows, back in corpus order.
            "SELECT q.row, q.row AS ord FROM (\(relation)) q"
        }
    }

    /// The actor table over a relation of mentions, as krant makes it: per actor the articles and mentions
    /// counted, the articles of its earliest and latest date (the first article of each on ties), most widely
    /// mentioned first, then by name.
    static func actorTable(mentions relation: String, includingUnmentioned: Bool) -> String {
        let counts = """
            SELECT m.actor, count(DISTINCT m.article) AS articles, count(*) AS mentions, \
            (array_agg(m.article ORDER BY a.first_day, m.article) FILTER (WHERE a.first_day IS NOT NULL))[1] AS first_article, \
            (array_agg(m.article ORDER BY a.last_day DESC, m.article) FILTER (WHERE a.last_day IS NOT NULL))[1] AS last_article \
            FROM (\(relation)) q JOIN krant.mentions m ON m.mention = q.row JOIN krant.articles a ON a.article = m.article GROUP BY m.actor
            """
        guard includingUnmentioned else {
            return """
                SELECT x.actor AS row, row_number() OVER (ORDER BY x.articles DESC, x.mentions DESC, ac.name_rank) AS ord, \
                x.articles, x.mentions, x.first_article, x.last_article \
                FROM (\(counts)) x JOIN krant.actors ac ON ac.actor = x.actor
                """
        }
        // Actors of a known kind appear with no mentions too; those found only in the text appear when mentioned.
        return """
            SELECT ac.actor AS row, \
            row_number() OVER (ORDER BY coalesce(x.articles, 0) DESC, coalesce(x.mentions, 0) DESC, ac.name_rank) AS ord, \
            coalesce(x.articles, 0) AS articles, coalesce(x.mentions, 0) AS mentions, x.first_article, x.last_article \
            FROM krant.actors ac LEFT JOIN (\(counts)) x ON x.actor = ac.actor WHERE x.actor IS NOT NULL OR ac.kind <> 'unknown'
            """
    }
}
