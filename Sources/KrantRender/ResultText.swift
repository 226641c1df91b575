import KrantQuery

/// A result's text, a piece at a time: the head, a few hundred rows at a time, and the tail. Long results are
/// never held as one string, so a caller can stop between pieces (Ctrl-C) or feed a pager as it reads.
///
///     for piece in renderer.pieces(of: result, maxRows: 40) { output.write(piece) }
public struct ResultText: Sequence, IteratorProtocol {
    /// Rows per piece: small enough that Ctrl-C stops printing at once, large enough to write efficiently.
    static let rowsPerPiece = 200
    /// A long table is laid out from its first rows, so printing can start before every row is read.
    static let layoutSample = 1000

    private enum Step {
        case head, rows(Range<Int>), elision(leftOut: Int), tail
    }

    private let result: any TabularResult
    private let renderer: ResultRenderer
    private var steps: [Step] = []
    private var nextStep = 0
    /// The whole text, for results that are not rows (a count, a `let`) or are drawn at once (a timeline with bars).
    private var whole: String?
    private var widths: [Int] = []
    private var template: CellTable
    /// The rows of the result, and how many of them are shown.
    public let rowCount: Int
    public let shownRowCount: Int
    /// Of the shown rows, how many the pieces so far have held.
    public private(set) var rowsDone = 0
    /// Of the shown rows, how many come from the start (the rest from the end).
    private var leadingRowCount = 0

    init(_ result: any TabularResult, renderer: ResultRenderer, maxRows: Int? = nil) {
        self.result = result
        self.renderer = renderer
        rowCount = result.rowCount
        template = CellTable(result, rows: 0..<0)
        if case .count(let value) = result.content {
            whole = "\(value)\n"
            shownRowCount = 0
            return
        }
        if let name = result.binding {
            whole = renderer.format == .table ? "\(name): \(result.rowCount) \(result.kind.noun(count: result.rowCount))\n" : ""
            shownRowCount = 0
            return
        }
        if renderer.format == .table, renderer.showsBars, result.kind == .timeline, result.columns.count == 2 {
            let table = TimelineBars.adding(to: CellTable(result, rows: 0..<rowCount), width: renderer.width)
            whole = TableFormatter(width: renderer.width, colors: renderer.colors).format(table, kind: result.kind)
                + Self.notes(of: result)
            shownRowCount = rowCount
            return
        }
        let shown: [Range<Int>]
        if let maxRows, maxRows > 0, rowCount > maxRows, renderer.format.isForReading {
            let first = (maxRows + 1) / 2
            shown = [0..<first, rowCount - (maxRows - first)..<rowCount]
        } else {
            shown = [0..<rowCount]
        }
        shownRowCount = shown.reduce(0) { $0 + $1.count }
        leadingRowCount = shown[0].count
        steps = [.head]
        for (index, range) in shown.enumerated() {
            if index > 0 { steps.append(.elision(leftOut: range.lowerBound - shown[index - 1].upperBound)) }
            steps += stride(from: range.lowerBound, to: range.upperBound, by: Self.rowsPerPiece)
                .map { .rows($0..<Swift.min($0 + Self.rowsPerPiece, range.upperBound)) }
        }
        steps.append(.tail)
        if renderer.format == .table {
            let sample = shownRowCount < rowCount ? shown.flatMap { $0 } : Array(0..<Swift.min(rowCount, Self.layoutSample))
            widths = TableFormatter(width: renderer.width, colors: renderer.colors).layout(CellTable(result, rows: sample))
        }
    }

    /// Whether every piece has been taken.
    public var isFinished: Bool { whole == nil && nextStep >= steps.count }

    /// The result's notes (the base of a measure, rows left out and why), for the formats people read;
    /// machine formats stay pure data, and their readers find the notes on the result.
    private static func notes(of result: any TabularResult) -> String {
        result.notes.map { "note: \($0)\n" }.joined()
    }

    public mutating func next() -> String? {
        if let text = whole {
            whole = nil
            nextStep = Int.max
            return text
        }
        guard nextStep < steps.count else { return nil }
        defer { nextStep += 1 }
        if case .rows(let range) = steps[nextStep] { rowsDone += range.count }
        return text(of: steps[nextStep])
    }

    private func text(of step: Step) -> String {
        let table = TableFormatter(width: renderer.width, colors: renderer.colors)
        let record = RecordFormatter(width: renderer.width, colors: renderer.colors)
        switch step {
        case .head:
            switch renderer.format {
            case .table: return table.header(template, widths: widths)
            case .json: return rowCount == 0 ? "[]\n" : "[\n"
            case .csv: return DelimitedFormatter.csv(template)
            case .tsv: return DelimitedFormatter.tsv(template)
            case .markdown: return MarkdownFormatter.format(template)
            case .jsonl, .record: return ""
            }
        case .rows(let range):
            let rows = template.with(rows: CellTable(result, rows: range).rows)
            switch renderer.format {
            case .table: return table.rows(rows, widths: widths)
            case .json: return (range.lowerBound == 0 ? "" : ",\n") + JSONFormatter.objects(rows)
            case .jsonl: return JSONFormatter.lines(rows)
            case .csv: return DelimitedFormatter.csvRows(rows)
            case .tsv: return DelimitedFormatter.tsvRows(rows)
            case .markdown: return MarkdownFormatter.rows(rows)
            case .record: return record.records(rows, numberedFrom: range.lowerBound + 1)
            }
        case .elision(let leftOut):
            return renderer.format == .table ? table.elision(widths: widths) : record.elision(leftOut: leftOut)
        case .tail:
            let noun = result.kind.noun(count: rowCount)
            let footer = shownRowCount < rowCount
                ? "(\(rowCount) \(noun), \(shownRowCount) shown: the first \(leadingRowCount) and the last \(shownRowCount - leadingRowCount); "
                    + ".maxrows 0 shows all, '| limit N' chooses)"
                : "(\(rowCount) \(noun))"
            switch renderer.format {
            case .table: return table.footer(footer) + Self.notes(of: result)
            case .record: return record.footer(footer) + Self.notes(of: result)
            case .json: return rowCount == 0 ? "" : "\n]\n"
            case .jsonl, .csv, .tsv, .markdown: return ""
            }
        }
    }

}
