import KrantQuery

/// What the renderers read of a statement's result: its rows, their kind, named and typed columns, and notes.
/// A result computed in memory (`QueryResult`) and one read back from a database server both have them, so
/// both print the same way.
///
///     let text = ResultRenderer(format: .csv).render(result)   // any TabularResult
public protocol TabularResult: Sendable {
    /// Rows, or the one number of `count`.
    var content: QueryResult.Content { get }
    /// Set when a `let` bound the rows to a name: then only the name and the number of rows are shown.
    var binding: String? { get }
    /// The kind of the rows, which names them in the footer (`(5 articles)`).
    var kind: RowKind { get }
    var columns: [String] { get }
    /// The types of the columns, so numbers are aligned to the right.
    var columnTypes: [FieldType] { get }
    var rowCount: Int { get }
    /// Lines to show under the rows: the base of a measure, rows a stage left out and why.
    var notes: [String] { get }
    /// The value in a row and column.
    func value(row: Int, column: Int) -> Value
}

extension QueryResult: TabularResult {}
