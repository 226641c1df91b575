/// Generated SQL broken into lines for `explain`: one query is one long line, which a table would cut.
enum SQLLayout {
    /// The clauses that start a line, with a space before them so that names containing them stay whole.
    private static let breaks = [" FROM ", " JOIN ", " WHERE ", " GROUP BY ", " ORDER BY ", " LIMIT "]

    /// The SQL, a new line before each clause; the text of the lines joined with spaces is the SQL again.
    static func lines(of sql: String) -> [String] {
        var lines: [String] = []
        var rest = Substring(sql)
        while let next = breaks.compactMap({ rest.dropFirst().range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
            lines.append(String(rest[..<next.lowerBound]))
            rest = rest[rest.index(after: next.lowerBound)...]
        }
        lines.append(String(rest))
        return lines
    }
}
