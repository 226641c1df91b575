import KrantQuery

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
    /// One field per line and a block per row, for long text (psql's `\\x`, sqlite3's `.mode line`).
    case record

    /// Whether the format is for people at a terminal, so a long result may be cut at a row cap.
    public var isForReading: Bool { self == .table || self == .record }
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
    public func render(_ result: any TabularResult) -> String {
        ResultText(result, renderer: self).joined()
    }

    /// The text for one result in pieces of a few hundred rows, so that a caller can stop between them (Ctrl-C)
    /// or send them to a pager; with `maxRows`, a longer result in a format for reading shows only its first and
    /// last rows, and says how many were left out.
    public func pieces(of result: any TabularResult, maxRows: Int? = nil) -> ResultText {
        ResultText(result, renderer: self, maxRows: maxRows)
    }

    /// Renders rows that are not a query result (the gazetteer listing, the field list) the same way.
    public func render(columns: [String], rows: [[Value]], numeric: [Bool]? = nil, kind: RowKind) -> String {
        let numeric = numeric ?? columns.map { _ in false }
        let table = CellTable(columns: columns, numeric: numeric, rightAligned: numeric, keepsWhole: columns.map { _ in false }, rows: rows)
        switch format {
        case .table: return TableFormatter(width: width, colors: colors).format(table, kind: kind)
        case .json: return JSONFormatter.array(table)
        case .jsonl: return JSONFormatter.lines(table)
        case .csv: return DelimitedFormatter.csv(table)
        case .tsv: return DelimitedFormatter.tsv(table)
        case .markdown: return MarkdownFormatter.format(table)
        case .record: return RecordFormatter(width: width, colors: colors).format(table, kind: kind)
        }
    }
}

/// A result's values read once, for the formatters.
struct CellTable {
    let columns: [String]
    let numeric: [Bool]
    /// Numbers, and the left context of a concordance so that its hits line up in one column; a
    /// right-aligned text is cut at its start when it is too long.
    let rightAligned: [Bool]
    /// Ids, never cut to fit: a cut id cannot be typed back.
    let keepsWhole: [Bool]
    let rows: [[Value]]

    init(columns: [String], numeric: [Bool], rightAligned: [Bool], keepsWhole: [Bool], rows: [[Value]]) {
        self.columns = columns
        self.numeric = numeric
        self.rightAligned = rightAligned
        self.keepsWhole = keepsWhole
        self.rows = rows
    }

    /// The result's columns, with the values of the rows given.
    init(_ result: any TabularResult, rows: some Sequence<Int>) {
        columns = result.columns
        numeric = result.columnTypes.map { $0 == .integer || $0 == .decimal }
        rightAligned = zip(result.columns, numeric).map { name, isNumber in
            isNumber || (result.kind == .concordance && name == "left")
        }
        keepsWhole = result.columns.map { $0 == "id" || $0 == "article" }
        self.rows = rows.map { row in result.columns.indices.map { result.value(row: row, column: $0) } }
    }

    /// The same columns with other rows.
    func with(rows: [[Value]]) -> CellTable {
        CellTable(columns: columns, numeric: numeric, rightAligned: rightAligned, keepsWhole: keepsWhole, rows: rows)
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
                         rightAligned: table.rightAligned + [false], keepsWhole: table.keepsWhole + [false], rows: rows)
    }
}
