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
    /// Draws a bar beside each period of a timeline; for a terminal, not for files.
    public var showsBars: Bool

    public init(format: OutputFormat = .table, width: Int = 100, colors: Bool = false, showsBars: Bool = false) {
        self.format = format
        self.width = width
        self.colors = colors
        self.showsBars = showsBars
    }

    /// The text for one result, ending with a newline (empty for a `let` in a machine format).
    public func render(_ result: QueryResult) -> String {
        if case .count(let value) = result.content { return "\(value)\n" }
        if let name = result.binding {
            return format == .table ? "\(name): \(result.rowCount) \(result.kind.noun(count: result.rowCount))\n" : ""
        }
        var table = CellTable(result)
        if format == .table, showsBars, result.kind == .timeline, table.columns.count == 2 {
            table = TimelineBars.adding(to: table, width: width)
        }
        // Machine formats stay pure data; their readers find the notes on `QueryResult`.
        let notes = format == .table ? result.notes.map { "note: \($0)\n" }.joined() : ""
        return render(table, kind: result.kind) + notes
    }

    /// Renders rows that are not a query result (the gazetteer listing, the field list) the same way.
    public func render(columns: [String], rows: [[Value]], numeric: [Bool]? = nil, kind: RowKind) -> String {
        let numeric = numeric ?? columns.map { _ in false }
        return render(CellTable(columns: columns, numeric: numeric, rightAligned: numeric, rows: rows), kind: kind)
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
    /// Numbers, and the left context of a concordance so that its hits line up in one column; a
    /// right-aligned text is cut at its start when it is too long.
    let rightAligned: [Bool]
    let rows: [[Value]]

    init(columns: [String], numeric: [Bool], rightAligned: [Bool], rows: [[Value]]) {
        self.columns = columns
        self.numeric = numeric
        self.rightAligned = rightAligned
        self.rows = rows
    }

    init(_ result: QueryResult) {
        columns = result.columns
        numeric = result.columnTypes.map { $0 == .integer || $0 == .decimal }
        rightAligned = zip(result.columns, numeric).map { name, isNumber in
            isNumber || (result.kind == .concordance && name == "left")
        }
        rows = result.rows
    }
}

/// Horizontal bars for a one-count timeline, scaled to the largest count.
enum TimelineBars {
    static func adding(to table: CellTable, width: Int) -> CellTable {
        let counts = table.rows.map { row -> Int in if case .integer(let value) = row[1] { value } else { 0 } }
        let largest = max(1, counts.max() ?? 1)
        let used = table.columns.enumerated().map { column, name in
            table.rows.reduce(name.count) { max($0, $1[column].description.count) }
        }.reduce(0, +) + 4
        let barWidth = max(10, min(50, width - used))
        let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        let rows = zip(table.rows, counts).map { row, count -> [Value] in
            let length = Double(count) / Double(largest) * Double(barWidth)
            let full = Int(length), remainder = Int((length - Double(full)) * 8)
            return row + [.text(String(repeating: "█", count: full) + eighths[remainder])]
        }
        return CellTable(columns: table.columns + [""], numeric: table.numeric + [false],
                         rightAligned: table.rightAligned + [false], rows: rows)
    }
}
