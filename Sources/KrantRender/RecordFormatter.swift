import KrantQuery

/// `.format record`: a block per row, one field per line, values in full and wrapped to the terminal, as
/// psql's expanded display (`\x`) shows them.
///
///     -[ 1 ]-------------------------
///     id    | 002_19155bdbfa8b189d
///     title | Drie maanden nadat Poetin …
struct RecordFormatter {
    let width: Int
    let colors: Bool

    func format(_ table: CellTable, kind: RowKind) -> String {
        records(table, numberedFrom: 1) + footer("(\(table.rows.count) \(kind.noun(count: table.rows.count)))")
    }

    func records(_ table: CellTable, numberedFrom first: Int) -> String {
        let nameWidth = table.columns.map(\.displayWidth).max() ?? 0
        let valueWidth = max(20, width - nameWidth - 3)
        var text = ""
        for (offset, row) in table.rows.enumerated() {
            let title = "-[ \(first + offset) ]"
            text += styled(title + String(repeating: "-", count: max(3, min(width, 60) - title.count)), .dim) + "\n"
            for (name, value) in zip(table.columns, row) {
                let lines = wrapped(value.description, to: valueWidth)
                let label = name + String(repeating: " ", count: nameWidth - name.displayWidth)
                text += styled(label, .bold) + " | " + lines[0] + "\n"
                for line in lines.dropFirst() { text += String(repeating: " ", count: nameWidth) + " | " + line + "\n" }
            }
        }
        return text
    }

    func elision(leftOut: Int) -> String {
        styled("… \(leftOut) \(leftOut == 1 ? "row" : "rows") left out …", .dim) + "\n"
    }

    func footer(_ text: String) -> String {
        styled(text, .dim) + "\n"
    }

    /// The value's lines, each broken at spaces to fit; a word longer than a line stands on its own.
    private func wrapped(_ text: String, to width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                if !line.isEmpty, line.displayWidth + 1 + word.displayWidth > width {
                    lines.append(line)
                    line = ""
                }
                line += (line.isEmpty ? "" : " ") + word
            }
            lines.append(line)
        }
        return lines
    }

    private func styled(_ text: String, _ style: TerminalStyle) -> String {
        colors ? style.apply(to: text) : text
    }
}
