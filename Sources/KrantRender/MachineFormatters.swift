import KrantQuery

/// JSON with the columns as keys in order: numbers as numbers, dates as `"2022-03"` strings, lists as arrays.
enum JSONFormatter {
    static func array(_ table: CellTable) -> String {
        guard !table.rows.isEmpty else { return "[]\n" }
        return "[\n" + objects(table) + "\n]\n"
    }

    /// The rows of a JSON array, one per line, without the brackets or a final line end.
    static func objects(_ table: CellTable) -> String {
        table.rows.map { "  " + object($0, columns: table.columns) }.joined(separator: ",\n")
    }

    static func lines(_ table: CellTable) -> String {
        table.rows.map { object($0, columns: table.columns) + "\n" }.joined()
    }

    private static func object(_ row: [Value], columns: [String]) -> String {
        "{" + zip(columns, row).map { quote($0) + ": " + encode($1) }.joined(separator: ", ") + "}"
    }

    static func encode(_ value: Value) -> String {
        switch value {
        case .null: "null"
        case .integer(let number): String(number)
        case .double(let number): number.isFinite ? String(number) : "null"
        case .text(let text): quote(text)
        case .date(let date): quote(date.description)
        case .list(let values): "[" + values.map(encode).joined(separator: ", ") + "]"
        }
    }

    static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

/// CSV by RFC 4180 (quoted where needed, CRLF line ends) and TSV (tabs and line breaks in values become spaces).
enum DelimitedFormatter {
    static func csv(_ table: CellTable) -> String {
        csvLine(table.columns) + csvRows(table)
    }

    static func csvRows(_ table: CellTable) -> String {
        table.rows.map { csvLine($0.map(\.description)) }.joined()
    }

    static func tsv(_ table: CellTable) -> String {
        tsvLine(table.columns) + tsvRows(table)
    }

    static func tsvRows(_ table: CellTable) -> String {
        table.rows.map { tsvLine($0.map(\.description)) }.joined()
    }

    private static func csvLine(_ fields: [String]) -> String {
        fields.map(csvField).joined(separator: ",") + "\r\n"
    }

    private static func tsvLine(_ fields: [String]) -> String {
        fields.map(TableFormatter.singleLine).joined(separator: "\t") + "\n"
    }

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingQuotes + "\""
    }
}

/// A Markdown table, with pipes in values escaped.
enum MarkdownFormatter {
    static func format(_ table: CellTable) -> String {
        let separator = "|" + table.numeric.map { $0 ? " ---: |" : " --- |" }.joined() + "\n"
        return row(table.columns) + separator + rows(table)
    }

    static func rows(_ table: CellTable) -> String {
        table.rows.map { row($0.map(\.description)) }.joined()
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.map { TableFormatter.singleLine($0).replacingPipes }.joined(separator: " | ") + " |\n"
    }
}

private extension String {
    var replacingQuotes: String { split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") }
    var replacingPipes: String { split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") }
}
