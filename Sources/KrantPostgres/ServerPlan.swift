import KrantQuery

/// A statement compiled for the server: the SQL, its bound values, and how to read its rows back.
struct ServerPlan {
    enum Output {
        /// Articles or sentences, one per row, with these fields' columns.
        case records(RowKind, [ServerField])
        /// One number.
        case count
        /// `count by` one field: its key columns, then the count; `limit` and `offset` are applied to the
        /// ordered groups after they come back.
        case groups(ServerField, limit: (count: Int, offset: Int)?)
    }

    let sql: String
    let text: SQLText
    let output: Output
}
