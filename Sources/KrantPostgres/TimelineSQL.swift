import KrantCorpus
import KrantQuery

/// `| timeline [by PERIOD] [of "ACTOR", …] [per N articles|sentences] [share]` as queries: the rows of each column
/// per period, the rows no period holds, and for a rate the corpus's rows per period; `TimelineTable` makes the
/// same table from those counts as in memory.
struct TimelineSQL: Sendable {
    /// Rate against the whole base table, whose counts need no bound values.
    struct Rate: Sendable {
        let per: Int
        let base: RowKind
        /// `(year, month, day, size)` per period.
        let sql: String
    }

    let kind: RowKind
    let precision: CorpusDate.Precision
    /// The first actor of each column asked for, whose name heads the column; empty for one column of all rows.
    let actors: [Int]
    /// `(column, year, month, day, count)` of the rows placed in a period.
    let countSQL: String
    /// `(undated, coarser)`: the rows of any column that no period holds, each once.
    let leftOutSQL: String
    let rate: Rate?
    let share: Bool

    /// The period of a row's article, as its year, month and day columns, read back as a date.
    var period: ServerField {
        ServerField.fields(of: .articles).first { $0.name == precision.rawValue }!
    }

    /// The queries for `stage` over `relation`, checked in the in-memory order: the rows, the period, the actors,
    /// the rate.
    static func plan(_ stage: TimelineStage, over relation: String, rows: ServerRows, translator: ConditionTranslator,
                     at range: Range<Int>, text: inout SQLText) async throws -> TimelineSQL {
        guard rows.kind != .actors else { throw TimelineTable.wrongRows(rows.kind, at: range) }
        let precision = try TimelineTable.precision(stage.period)
        var firstActors: [Int] = []
        var columns: [String] = []
        for literal in stage.actors {
            let actors = try await translator.actors(named: literal)
            firstActors.append(actors[0])
            columns.append(translator.mentions(anyOf: actors, into: &text))
        }
        var rate: Rate?
        if let asked = stage.normalisation.rate {
            let (per, base) = try GroupRates.checked(asked)
            let table = base == .articles ? "krant.articles a" : "krant.sentences s JOIN krant.articles a ON a.article = s.article"
            rate = Rate(per: per, base: base, sql: "SELECT \(periodColumns(precision)), count(*) FROM \(table) WHERE \(placed(precision)) GROUP BY 1, 2, 3")
        }
        let counted = (columns.isEmpty ? ["true"] : columns).enumerated().map { column, holds in
            "SELECT \(column), \(periodColumns(precision)), count(*) \(rows.join(relation)) WHERE \(placed(precision)) AND \(holds) GROUP BY 1, 2, 3, 4"
        }
        let inAnyColumn = columns.isEmpty ? "" : " WHERE (\(columns.joined(separator: " OR ")))"
        let leftOut = """
            SELECT count(*) FILTER (WHERE a.first_day IS NULL), count(*) FILTER (WHERE a.first_day IS NOT NULL AND NOT \(placed(precision))) \
            \(rows.join(relation))\(inAnyColumn)
            """
        return TimelineSQL(kind: rows.kind, precision: precision, actors: firstActors, countSQL: counted.joined(separator: " UNION ALL "),
                           leftOutSQL: leftOut, rate: rate, share: stage.normalisation.share != nil)
    }

    /// The article's date cut to the precision, as the date field of that precision groups it.
    private static func periodColumns(_ precision: CorpusDate.Precision) -> String {
        ServerField.fields(of: .articles).first { $0.name == precision.rawValue }!.groupColumns!.joined(separator: ", ")
    }

    /// Whether the article is dated at least as precisely as the periods, so that one period holds it.
    private static func placed(_ precision: CorpusDate.Precision) -> String {
        let precisions = CorpusDate.Precision.allCases.filter { $0 >= precision }.map { "'\($0.rawValue)'" }
        return "(a.first_day IS NOT NULL AND a.precision IN (\(precisions.joined(separator: ", "))))"
    }
}
