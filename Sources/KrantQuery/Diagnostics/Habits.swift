import Foundation

/// What people used to SQL, sqlite3, psql and other shells type, recognised where krant's own message would
/// not help them, and answered with krant's way of saying it.
enum Habits {
    /// A better diagnostic for `diagnostic`, when the line it points into is a habit from elsewhere.
    static func explain(_ diagnostic: Diagnostic, in source: QuerySource) -> Diagnostic? {
        guard diagnostic.severity == .error else { return nil }
        let (lineText, lineStart) = source.line(containing: diagnostic.range.lowerBound)
        let line = String(lineText)
        let trimmed = line.trimmingCharacters(in: .whitespaces).lowercased()
        let lineRange = lineStart..<lineStart + line.utf8.count
        if let command = commands[trimmed.trimmingCharacters(in: CharacterSet(charactersIn: ";"))] {
            return Diagnostic(.syntax, "'\(line.trimmingCharacters(in: .whitespaces))' is not a statement; krant's commands start with a dot",
                              at: lineRange, help: command)
        }
        if let sql = translatedSQL(line) {
            return Diagnostic(.syntax, "krant has no SELECT … FROM: a statement starts with its rows, and stages follow after '|'",
                              at: lineRange, help: "write: \(sql)")
        }
        let before = source.slice(lineStart..<diagnostic.range.lowerBound).lowercased()
        let pointed = source.slice(diagnostic.range)
        if pointed == "*", before.trimmingCharacters(in: .whitespaces).hasSuffix("select") {
            return Diagnostic(.syntax, "'select' names the fields to show; every field is shown without it", at: diagnostic.range,
                              help: "write the fields, such as: select id, date, title; or leave '| select *' out")
        }
        if pointed == "[" {
            return Diagnostic(.syntax, "a list is written in parentheses, not brackets", at: diagnostic.range,
                              help: "write: in (\"China\", \"India\")")
        }
        return nil
    }

    /// Bare words and backslash commands of other shells, and the dot-command that does their job.
    private static let commands: [String: String] = {
        var commands: [String: String] = [:]
        for word in ["help", "?", "\\?", "\\h", "h"] { commands[word] = "write .help (and .help commands for the list of commands)" }
        for word in ["quit", "exit", "\\q", "q", ":q", "bye"] { commands[word] = "write .quit, or press Ctrl-D" }
        for word in ["\\x", "\\x on"] { commands[word] = "write .format record to see one field per line" }
        for word in ["\\d", "\\dt", "show tables", "tables", "schema"] {
            commands[word] = "the sources are articles, sentences, mentions and actors; .fields lists their fields"
        }
        return commands
    }()

    /// `SELECT id, title FROM articles WHERE …` in krant's words: `articles where … | select id, title`.
    private static func translatedSQL(_ line: String) -> String? {
        let pattern = #"^\s*select\s+(.+?)\s+from\s+(\w+)(?:\s+where\s+(.+?))?\s*;?\s*$"#
        guard let expression = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]),
              let match = expression.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) else { return nil }
        func group(_ index: Int) -> String? {
            Range(match.range(at: index), in: line).map { String(line[$0]) }
        }
        guard let fields = group(1), let table = group(2)?.lowercased() else { return nil }
        let source = ["articles", "sentences", "mentions", "actors"].contains(table) ? table : "articles"
        return source + (group(3).map { " where \($0)" } ?? "") + (fields.trimmingCharacters(in: .whitespaces) == "*" ? "" : " | select \(fields)")
    }
}
