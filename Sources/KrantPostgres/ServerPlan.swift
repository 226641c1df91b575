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
    }

    let sql: String
    let text: SQLText
    let output: Output
    /// For rows: the SQL that gives only their numbers, in order, which `let` keeps.
    var rowSQL: String = ""
    /// `| explain`: the session shows this plan, and the server's plan for it, instead of running it.
    var explains = false

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
