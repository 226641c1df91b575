import KrantQuery

/// Aligned columns that fit the terminal, with a footer counting the rows.
struct TableFormatter {
    let width: Int
    let colors: Bool
    static let minimumColumnWidth = 6
    static let gap = "  "

    func format(_ table: CellTable, kind: RowKind) -> String {
        let cells = table.rows.map { $0.map { Self.singleLine($0.description) } }
        var widths = table.columns.indices.map { column in
            cells.reduce(table.columns[column].displayWidth) { max($0, $1[column].displayWidth) }
        }
        fit(&widths)
        var lines: [String] = []
        let header = table.columns.indices.map { pad(table.columns[$0], widths[$0], right: table.rightAligned[$0]) }
        lines.append(styled(header.joined(separator: Self.gap).trailingSpacesRemoved, .bold))
        lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: Self.gap))
        for row in cells {
            let line = row.indices.map { column in
                let cell = table.rightAligned[column] ? truncateStart(row[column], to: widths[column]) : truncate(row[column], to: widths[column])
                return pad(cell, widths[column], right: table.rightAligned[column])
            }
            lines.append(line.joined(separator: Self.gap).trailingSpacesRemoved)
        }
        lines.append(styled("(\(table.rows.count) \(kind.noun(count: table.rows.count)))", .dim))
        return lines.joined(separator: "\n") + "\n"
    }

    /// Shrinks the widest columns until the row fits the terminal, never below a readable minimum.
    private func fit(_ widths: inout [Int]) {
        let available = width - Self.gap.count * max(0, widths.count - 1)
        while widths.reduce(0, +) > available {
            guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
                  widths[widest] > Self.minimumColumnWidth else { break }
            let excess = widths.reduce(0, +) - available
            let secondWidest = widths.enumerated().filter { $0.offset != widest }.map(\.element).max() ?? 0
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
