import KrantQuery

/// A statement compiled for the server: the SQL, its bound values, and how to read its rows back.
struct ServerPlan: Sendable {
    enum Output: Sendable {
        /// Rows of this kind, one per result row, with these fields' columns.
        case records(RowKind, [ServerField])
        /// One number: how many rows of this kind.
        case count(RowKind)
        /// `count by`: the key columns of each field, then the count; `limit` and `offset` are applied to the
        /// ordered groups after they come back.
        case groups([ServerField], limit: (count: Int, offset: Int)?)
        /// `let NAME = …`: the row numbers, in order, which the session keeps under the name.
        case binding(String, RowKind)
        /// `timeline`: `sql` is its count query, run with the other queries of the plan.
        case timeline(TimelineSQL)
        /// `cooccur`: `sql` is its pair query, run with the other queries of the plan; `limit` and `offset` apply to
        /// the table.
        case cooccurrences(CooccurrenceSQL, limit: (count: Int, offset: Int)?)
    }

    let sql: String
    let text: SQLText
    let output: Output
    /// For rows: the SQL that gives only their numbers, in order, which `let` keeps.
    var rowSQL: String = ""
    /// `| explain`: the session shows this plan, and the server's plan for it, instead of running it.
    var explains = false
    /// `per N articles|sentences` and `share` after `count by`.
    var normalisation: Normalisation?

    /// What the session asks besides the groups to add a rate and a share, which `GroupRates` computes.
    struct Normalisation: Sendable {
        /// `per N articles|sentences`: the same keys counted over the whole base table, read as the groups are.
        struct Rate: Sendable {
            let per: Int
            let base: RowKind
            let sql: String
            let keys: [ServerField]
        }

        /// The keys as the user wrote them, for the rate's note.
        let keys: [String]
        /// The kind of the rows counted, for the share's note.
        let counted: RowKind
        var rate: Rate?
        /// For `share`: the number of rows counted, run with the statement's own values.
        var totalSQL: String?
    }

    /// The same plan, shown by `explain` rather than run.
    func explained() -> ServerPlan {
        var plan = self
        plan.explains = true
        return plan
    }

    var isCount: Bool {
        if case .count = output { true } else { false }
    }
}

/// The rows a `let` bound on the server: their kind, and their numbers (articles, sentence or mention
/// positions, actors) in order.
struct BoundRows: Sendable {
    let kind: RowKind
    let rows: [Int]
}
