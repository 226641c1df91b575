import PostgresNIO

/// SQL being built with its bound values: every value a user typed goes to the server as a parameter
/// (`$1`, `$2`, …), and only krant's own keywords, table and column names are ever written into the text.
struct SQLText {
    private(set) var bindings = PostgresBindings()

    /// Adds a bound value and gives its placeholder.
    mutating func bind(_ value: String) -> String {
        bindings.append(value)
        return "$\(bindings.count)"
    }

    mutating func bind(_ value: Int) -> String {
        bindings.append(value)
        return "$\(bindings.count)"
    }

    func query(_ sql: String) -> PostgresQuery {
        PostgresQuery(unsafeSQL: sql, binds: bindings)
    }
}
