/// How results are written.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned columns for people; the default on a terminal.
    case table
    /// One JSON array of objects.
    case json
    /// One JSON object per line.
    case jsonl
    /// RFC 4180 comma-separated values with a header row.
    case csv
    /// Tab-separated values with a header row.
    case tsv
    /// A GitHub-flavoured Markdown table.
    case markdown
}

/// Turns typed results into text in any output format.
public struct ResultRenderer: Sendable {
    public var format: OutputFormat
    /// Terminal width for `table`; long cells are cut with `…` to fit.
    public var width: Int
    public var colors: Bool

    public init(format: OutputFormat = .table, width: Int = 100, colors: Bool = false) {
        self.format = format
        self.width = width
        self.colors = colors
    }

    /// The text for one result, ending with a newline (empty for a `let` in a machine format).
    public func render(_ result: QueryResult) -> String {
        if case .count(let value) = result.content { return "\(value)\n" }
        if let name = result.binding {
            return format == .table ? "\(name): \(result.rowCount) \(result.kind.noun(count: result.rowCount))\n" : ""
        }
        return render(CellTable(result), kind: result.kind)
    }

    /// Renders rows that are not a query result (the gazetteer listing, the field list) the same way.
    public func render(columns: [String], rows: [[Value]], numeric: [Bool]? = nil, kind: RowKind) -> String {
        render(CellTable(columns: columns, numeric: numeric ?? columns.map { _ in false }, rows: rows), kind: kind)
    }

    private func render(_ table: CellTable, kind: RowKind) -> String {
        switch format {
        case .table: return TableFormatter(width: width, colors: colors).format(table, kind: kind)
        case .json: return JSONFormatter.array(table)
        case .jsonl: return JSONFormatter.lines(table)
        case .csv: return DelimitedFormatter.csv(table)
        case .tsv: return DelimitedFormatter.tsv(table)
        case .markdown: return MarkdownFormatter.format(table)
        }
    }
}

import KrantQuery

/// A result's values read once, for the formatters.
struct CellTable {
    let columns: [String]
    let numeric: [Bool]
    let rows: [[Value]]

    init(columns: [String], numeric: [Bool], rows: [[Value]]) {
        self.columns = columns
        self.numeric = numeric
        self.rows = rows
    }

    init(_ result: QueryResult) {
        columns = result.columns
        numeric = result.columnTypes.map { $0 == .integer }
        rows = result.rows
    }
}
