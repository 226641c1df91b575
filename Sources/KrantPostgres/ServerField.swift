import KrantCorpus
import KrantQuery

/// A field of articles or sentences as the server reads it: the SQL that selects it, sorts by it and groups
/// by it, over the aliases `a` (the article) and `s` (the sentence), and how its cells become a `Value`.
///
/// The values, orders and groups are those of the in-memory `FieldCatalog`; nil where the server cannot yet
/// give the same answer.
struct ServerField: Sendable {
    /// What one selected column holds.
    enum Cell: Sendable { case text, integer, textList }

    let name: String
    let type: FieldType
    let columns: [(sql: String, cell: Cell)]
    /// The cells of `columns`, in order, as one value.
    let value: @Sendable ([DecodedCell]) -> Value
    /// Ascending sort expressions, compared in order: krant sorts text by its folded form, then as written.
    let sortKeys: [String]?
    /// Expressions grouped by for `count by`, read back by `value`; nil for the actor list, grouped by a join.
    let groupColumns: [String]?

    /// The fields of a kind of row, in the in-memory catalogue's order, `year`, `month` and `day` last.
    static func fields(of kind: RowKind) -> [ServerField] {
        switch kind {
        case .articles:
            return [
                text("id", "a.id", sortedBy: "a.id_folded"),
                date("date"),
                text("title", "a.title", sortedBy: "a.title_folded"),
                text("text", "a.text", type: .indexedText, sortedBy: nil),
                ServerField(name: "words", type: .integer, columns: [("a.word_count", .integer)], value: { $0[0].value },
                            sortKeys: ["a.word_count"], groupColumns: ["a.word_count"]),
                actors(in: "m.article = a.article"),
                text("source", "a.source", sortedBy: "a.source_folded"),
                text("url", "a.url", sortedBy: "a.url_folded"),
                text("author", "a.author", sortedBy: "a.author_folded"),
                text("provenance", "a.provenance", type: .enumeration(DateProvenance.allCases.map(\.rawValue)), sortedBy: "a.provenance"),
            ] + CorpusDate.Precision.allCases.map { date($0.rawValue) }
        case .sentences:
            return [
                text("text", "s.text", type: .indexedText, sortedBy: nil),
                actors(in: "m.article = s.article AND m.sentence = s.sentence"),
                date("date"),
                text("article", "a.id", sortedBy: "a.id_folded"),
                text("segment", "s.segment", type: .enumeration(SegmentKind.allCases.map(\.rawValue)), sortedBy: "s.segment"),
            ] + CorpusDate.Precision.allCases.map { date($0.rawValue) }
        default:
            return []
        }
    }

    private static func text(_ name: String, _ sql: String, type: FieldType = .text, sortedBy folded: String?) -> ServerField {
        ServerField(name: name, type: type, columns: [(sql, .text)], value: { $0[0].value },
                    sortKeys: folded.map { ["\($0) COLLATE \"C\"", "\(sql) COLLATE \"C\""] }, groupColumns: [sql])
    }

    /// The distinct actors mentioned, by name, in the order of their first mention.
    private static func actors(in match: String) -> ServerField {
        let sql = """
            ARRAY(SELECT ac.name FROM (SELECT m.actor, min(m.mention) AS first FROM krant.mentions m WHERE \(match) \
            GROUP BY m.actor) f JOIN krant.actors ac ON ac.actor = f.actor ORDER BY f.first)
            """
        return ServerField(name: "actor", type: .actor, columns: [(sql, .textList)], value: { $0[0].value },
                           sortKeys: nil, groupColumns: nil)
    }

    /// `date`, or the date cut to a year, month or day, sorted as krant sorts dates: by first, then last day.
    private static func date(_ name: String) -> ServerField {
        let precision = CorpusDate.Precision(rawValue: name)
        let sortKeys: [String] = switch precision {
        case .year: ["a.year"]
        case .month: ["a.month_first", "a.month_last"]
        case .day, nil: ["a.first_day", "a.last_day"]
        }
        let groupColumns: [String] = switch precision {
        case .year: ["a.year", "NULL::integer", "NULL::integer"]
        case .month: ["a.year", "a.month", "NULL::integer"]
        case .day, nil: ["a.year", "a.month", "a.day"]
        }
        return ServerField(name: name, type: .date, columns: [("a.year", .integer), ("a.month", .integer), ("a.day", .integer)],
                           value: { cells in
                               guard case .integer(let year?) = cells[0], case .integer(let month) = cells[1], case .integer(let day) = cells[2],
                                     let date = try? CorpusDate(year: year, month: month, day: day) else { return .null }
                               return .date(precision.map { date.truncated(to: $0) } ?? date)
                           },
                           sortKeys: sortKeys, groupColumns: groupColumns)
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
