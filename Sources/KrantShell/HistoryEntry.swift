import KrantPostgres

/// What the history file keeps of an entry: one line, so recalling it gives back the whole statement, and
/// never a password written in a `postgresql://` address.
enum HistoryEntry {
    static func line(of entry: String) -> String {
        let line = entry.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        return PostgresEndpoint.redactingPasswords(in: line)
    }
}
