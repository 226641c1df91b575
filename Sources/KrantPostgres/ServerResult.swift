import KrantQuery

/// The typed result of one statement run on the server, read as `QueryResult` is: the same kind, columns,
/// rows and count for the same statement.
public struct ServerResult: Sendable {
    public let content: QueryResult.Content
    /// The kind of the rows: articles, sentences, or groups from `count by`.
    public let kind: RowKind
    public let columns: [String]
    /// Every row's values, in column order; empty for `count`.
    public let rows: [[Value]]
    /// The SQL the server ran, its values shown as `$1`, `$2`, …
    public let sql: String

    /// The number from `count`, or else the number of rows.
    public var count: Int {
        if case .count(let value) = content { return value }
        return rows.count
    }
}
