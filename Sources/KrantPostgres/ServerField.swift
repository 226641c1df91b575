import KrantCorpus
import KrantQuery

/// A field of a kind of row as the server reads it: the SQL that selects it, sorts by it, groups by it and
/// tests it, over the aliases `ServerRows` joins in (`a` the article, `s` the sentence, `mr` the mention, `ac` the
/// actor, `fa` and `la` an actor's first and last article), and how its cells become a `Value`.
///
/// The values, orders and groups are those of the in-memory `FieldCatalog` and actor table; nil where the
/// server cannot yet give the same answer.
struct ServerField: Sendable {
    /// What one selected column holds.
    enum Cell: Sendable { case text, integer, textList }

    /// How a `where` condition reads the field.
    enum Test: Sendable {
        /// The actors a row mentions: the mentions `m` that this SQL matches to the row.
        case actorList(String)
        /// The one actor of a mention, by this column of actor numbers.
        case actor(String)
        /// A date as an interval, by the SQL of its first and last day numbers.
        case date(first: String, last: String)
        /// Text compared folded, by this column of folded text.
        case text(folded: String)
        /// The words of an article or a sentence, through the postings.
        case words
        /// One of a fixed set of words, by this column.
        case enumeration(String)
        case integer(String)
        /// Not tested on the server yet.
        case none
    }

    let name: String
    let type: FieldType
    let columns: [(sql: String, cell: Cell)]
    /// The cells of `columns`, in order, as one value.
    let value: @Sendable ([DecodedCell]) -> Value
    /// Ascending sort expressions, compared in order: krant sorts text by its folded form, then as written.
    let sortKeys: [String]?
    /// Expressions grouped by for `count by`, read back by `value`; nil for the actor list, grouped by a join.
    let groupColumns: [String]?
    var test: Test = .none

    /// The fields of a kind of row, in the in-memory catalogue's order, `year`, `month` and `day` last.
    static func fields(of kind: RowKind) -> [ServerField] {
        let dates = CorpusDate.Precision.allCases.map(\.rawValue)
        switch kind {
        case .articles:
            return [
                text("id", "a.id", sortedBy: "a.id_folded"),
                date("date", of: "a"),
                text("title", "a.title", sortedBy: "a.title_folded"),
                text("text", "a.text", type: .indexedText, sortedBy: nil, test: .words),
                integer("words", "a.word_count"),
                actors(in: "m.article = a.article"),
                text("source", "a.source", sortedBy: "a.source_folded"),
                text("url", "a.url", sortedBy: "a.url_folded"),
                text("author", "a.author", sortedBy: "a.author_folded"),
                enumeration("provenance", "a.provenance", DateProvenance.allCases.map(\.rawValue)),
            ] + dates.map { date($0, of: "a") }
        case .sentences:
            return [
                text("text", "s.text", type: .indexedText, sortedBy: nil, test: .words),
                actors(in: "m.article = s.article AND m.sentence = s.sentence"),
                date("date", of: "a"),
                text("article", "a.id", sortedBy: "a.id_folded"),
                enumeration("segment", "s.segment", SegmentKind.allCases.map(\.rawValue)),
            ] + dates.map { date($0, of: "a") }
        case .mentions:
            return [
                text("actor", "ac.name", type: .actor, sortedBy: "ac.name_folded", test: .actor("mr.actor")),
                text("form", "mr.form", sortedBy: "mr.form_folded"),
                enumeration("kind", "mr.kind", MentionKind.allCases.map(\.rawValue)),
                text("role", "mr.role", sortedBy: "mr.role_folded"),
                date("date", of: "a"),
                text("article", "a.id", sortedBy: "a.id_folded"),
                enumeration("segment", "s.segment", SegmentKind.allCases.map(\.rawValue)),
                // The sentence's text has no folded copy on the server to sort or compare by.
                text("sentence", "s.text", sortedBy: nil, test: .none),
            ] + dates.map { date($0, of: "a") }
        case .actors:
            return [
                text("name", "ac.name", sortedBy: "ac.name_folded"),
                enumeration("kind", "ac.kind", ActorKind.allCases.map(\.rawValue)),
                integer("articles", "q.articles"),
                integer("mentions", "q.mentions"),
                date("first", of: "fa"),
                date("last", of: "la"),
                text("affiliation", "ac.affiliation", sortedBy: "ac.affiliation_folded"),
                enumeration("guess", "ac.guess", [ActorKind.person, .organization, .place].map(\.rawValue)),
                text("role", "ac.roles", sortedBy: "ac.roles_folded"),
            ] + dates.map { date($0, of: "fa") }
        default:
            return []
        }
    }

    private static func text(_ name: String, _ sql: String, type: FieldType = .text, sortedBy folded: String?,
                             test: Test? = nil) -> ServerField {
        ServerField(name: name, type: type, columns: [(sql, .text)], value: { $0[0].value },
                    sortKeys: folded.map { ["\($0) COLLATE \"C\"", "\(sql) COLLATE \"C\""] }, groupColumns: [sql],
                    test: test ?? folded.map { .text(folded: $0) } ?? .none)
    }

    /// A word of a fixed set; its words are lowercase, so their folded order is their order.
    private static func enumeration(_ name: String, _ sql: String, _ cases: [String]) -> ServerField {
        ServerField(name: name, type: .enumeration(cases), columns: [(sql, .text)], value: { $0[0].value },
                    sortKeys: ["\(sql) COLLATE \"C\""], groupColumns: [sql], test: .enumeration(sql))
    }

    private static func integer(_ name: String, _ sql: String) -> ServerField {
        ServerField(name: name, type: .integer, columns: [(sql, .integer)], value: { $0[0].value },
                    sortKeys: [sql], groupColumns: [sql], test: .integer(sql))
    }

    /// The distinct actors mentioned, by name, in the order of their first mention; sorted as krant sorts lists,
    /// element by element, each name by its folded form and then as written (joined by a character that sorts
    /// before any other, so that a name sorts before the longer names it begins).
    private static func actors(in match: String) -> ServerField {
        func list(_ name: String) -> String {
            """
            ARRAY(SELECT \(name) FROM (SELECT m.actor, min(m.mention) AS first FROM krant.mentions m WHERE \(match) \
            GROUP BY m.actor) f JOIN krant.actors ac ON ac.actor = f.actor ORDER BY f.first)
            """
        }
        return ServerField(name: "actor", type: .actor, columns: [(list("ac.name"), .textList)], value: { $0[0].value },
                           sortKeys: [list("ac.name_folded || chr(1) || ac.name") + " COLLATE \"C\""], groupColumns: nil,
                           test: .actorList(match))
    }

    /// The date of the article under `alias`, or that date cut to a year, month or day (`name`), sorted as krant
    /// sorts dates: by first, then last day.
    private static func date(_ name: String, of alias: String) -> ServerField {
        let precision = CorpusDate.Precision(rawValue: name)
        let sortKeys: [String] = switch precision {
        case .year: ["\(alias).year"]
        case .month: ["\(alias).month_first", "\(alias).month_last"]
        case .day, nil: ["\(alias).first_day", "\(alias).last_day"]
        }
        let groupColumns: [String] = switch precision {
        case .year: ["\(alias).year", "NULL::integer", "NULL::integer"]
        case .month: ["\(alias).year", "\(alias).month", "NULL::integer"]
        case .day, nil: ["\(alias).year", "\(alias).month", "\(alias).day"]
        }
        return ServerField(name: name, type: .date,
                           columns: [("\(alias).year", .integer), ("\(alias).month", .integer), ("\(alias).day", .integer)],
                           value: { cells in
                               guard case .integer(let year?) = cells[0], case .integer(let month) = cells[1], case .integer(let day) = cells[2],
                                     let date = try? CorpusDate(year: year, month: month, day: day) else { return .null }
                               return .date(precision.map { date.truncated(to: $0) } ?? date)
                           },
                           sortKeys: sortKeys, groupColumns: groupColumns, test: dateTest(alias, precision))
    }
}

extension ServerField {
    /// A date cut to a precision as the interval a condition compares: the year's days for `year`, the month's
    /// (or the year's, for a date known to the year) for `month`, the date's own for `day` and `date`.
    fileprivate static func dateTest(_ alias: String, _ precision: CorpusDate.Precision?) -> Test {
        switch precision {
        case .year:
            .date(first: "(make_date(\(alias).year, 1, 1) - DATE '1970-01-01')", last: "(make_date(\(alias).year, 12, 31) - DATE '1970-01-01')")
        case .month: .date(first: "\(alias).month_first", last: "\(alias).month_last")
        case .day, nil: .date(first: "\(alias).first_day", last: "\(alias).last_day")
        }
    }
}

/// One cell as read from a row.
enum DecodedCell: Sendable {
    case text(String?)
    case integer(Int?)
    case textList([String])

    /// The cell as a krant value; NULL is `.null`.
    var value: Value {
        switch self {
        case .text(let text): text.map(Value.text) ?? .null
        case .integer(let number): number.map(Value.integer) ?? .null
        case .textList(let items): .list(items.map(Value.text))
        }
    }
}
