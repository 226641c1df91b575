import KrantQuery

/// Aligned columns that fit the terminal, with a footer counting the rows. A long result is laid out from a
/// sample of its rows and written in pieces: header, rows, footer.
struct TableFormatter {
    let width: Int
    let colors: Bool
    static let minimumColumnWidth = 6
    static let gap = "  "

    func format(_ table: CellTable, kind: RowKind) -> String {
        let widths = layout(table)
        return header(table, widths: widths) + rows(table, widths: widths)
            + footer("(\(table.rows.count) \(kind.noun(count: table.rows.count)))")
    }

    /// Column widths that fit the terminal, from the rows given (all of them, or a sample of a long result).
    func layout(_ table: CellTable) -> [Int] {
        var widths = table.columns.indices.map { column in
            table.rows.reduce(table.columns[column].displayWidth) { max($0, Self.singleLine($1[column].description).displayWidth) }
        }
        fit(&widths, keepingWhole: table.keepsWhole)
        return widths
    }

    func header(_ table: CellTable, widths: [Int]) -> String {
        let names = table.columns.indices.map { pad(table.columns[$0], widths[$0], right: table.rightAligned[$0]) }
        return styled(names.joined(separator: Self.gap).trailingSpacesRemoved, .bold) + "\n"
            + widths.map { String(repeating: "─", count: $0) }.joined(separator: Self.gap) + "\n"
    }

    func rows(_ table: CellTable, widths: [Int]) -> String {
        var text = ""
        for row in table.rows {
            let line = row.indices.map { column in
                let cell = Self.singleLine(row[column].description)
                let cut = table.rightAligned[column] ? truncateStart(cell, to: widths[column]) : truncate(cell, to: widths[column])
                return pad(cut, widths[column], right: table.rightAligned[column])
            }
            text += line.joined(separator: Self.gap).trailingSpacesRemoved + "\n"
        }
        return text
    }

    /// The line standing for rows left out in the middle of a cut result.
    func elision(widths: [Int]) -> String {
        styled(widths.map { pad("·", $0, right: false) }.joined(separator: Self.gap).trailingSpacesRemoved, .dim) + "\n"
    }

    func footer(_ text: String) -> String {
        styled(text, .dim) + "\n"
    }

    /// Shrinks the widest columns until the row fits the terminal, never below a readable minimum, and never
    /// a column of ids: a cut id cannot be typed back into `.show` or a query.
    private func fit(_ widths: inout [Int], keepingWhole keepsWhole: [Bool]) {
        let available = width - Self.gap.count * max(0, widths.count - 1)
        while widths.reduce(0, +) > available {
            guard let widest = widths.indices.filter({ !keepsWhole[$0] }).max(by: { widths[$0] < widths[$1] }),
                  widths[widest] > Self.minimumColumnWidth else { break }
            let excess = widths.reduce(0, +) - available
            let secondWidest = widths.enumerated().filter { $0.offset != widest && !keepsWhole[$0.offset] }.map(\.element).max() ?? 0
            widths[widest] = max(Self.minimumColumnWidth, widths[widest] - max(1, min(excess, widths[widest] - secondWidest)))
        }
    }

    private func truncate(_ text: String, to width: Int) -> String {
        guard text.displayWidth > width else { return text }
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = String(character).displayWidth
            if used + characterWidth > width - 1 { break }
            result.append(character)
            used += characterWidth
        }
        return result + "…"
    }

    /// Cut from the start, keeping the end: `…gebruik van` for the left context of a hit.
    private func truncateStart(_ text: String, to width: Int) -> String {
        guard text.displayWidth > width else { return text }
        var kept: [Character] = []
        var used = 0
        for character in text.reversed() {
            let characterWidth = String(character).displayWidth
            if used + characterWidth > width - 1 { break }
            kept.append(character)
            used += characterWidth
        }
        return "…" + String(kept.reversed())
    }

    private func pad(_ text: String, _ width: Int, right: Bool) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.displayWidth))
        return right ? padding + text : text + padding
    }

    private func styled(_ text: String, _ style: TerminalStyle) -> String {
        colors ? style.apply(to: text) : text
    }

    static func singleLine(_ text: String) -> String {
        text.contains(where: \.isNewline) || text.contains("\t")
            ? String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 }) : text
    }
}

extension String {
    var trailingSpacesRemoved: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
