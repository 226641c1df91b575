import KrantQuery

/// The typed result of one statement run on the server, read as `QueryResult` is: the same kind, columns,
/// rows and count for the same statement.
public struct ServerResult: Sendable {
    public let content: QueryResult.Content
    /// The kind of the rows: articles, sentences, mentions, actors, groups from `count by`, or an explanation.
    public let kind: RowKind
    public let columns: [String]
    /// The types of `columns`, so renderers align numbers as they do for results in memory.
    public let columnTypes: [FieldType]
    /// Every row's values, in column order; empty for `count` and `let`.
    public let rows: [[Value]]
    /// The SQL the server ran, its values shown as `$1`, `$2`, …
    public let sql: String
    /// Set when a `let` bound the rows to a name.
    public let binding: String?
    /// How many rows a `let` bound; for other results the number of `rows`.
    private let boundCount: Int?

    init(content: QueryResult.Content = .rows, kind: RowKind, columns: [String] = [], columnTypes: [FieldType] = [],
         rows: [[Value]] = [], sql: String, binding: String? = nil, boundCount: Int? = nil, notes: [String] = []) {
        self.content = content
        self.kind = kind
        self.columns = columns
        self.columnTypes = columnTypes
        self.rows = rows
        self.sql = sql
        self.binding = binding
        self.boundCount = boundCount
        self.notes = notes
    }

    /// The number from `count`, or else the number of rows.
    public var count: Int {
        if case .count(let value) = content { return value }
        return rowCount
    }

    public var rowCount: Int { boundCount ?? rows.count }

    /// What the user should know to read the rows right, as in memory: how a rate or a share was computed.
    public let notes: [String]

    /// The same result with only the rows `limit N offset M` keeps.
    func limited(to count: Int, skipping offset: Int) -> ServerResult {
        ServerResult(content: content, kind: kind, columns: columns, columnTypes: columnTypes,
                     rows: Array(rows.dropFirst(min(offset, rows.count)).prefix(count)), sql: sql, binding: binding, notes: notes)
    }

    /// The value in a row and column.
    public func value(row: Int, column: Int) -> Value {
        rows[row][column]
    }
}
