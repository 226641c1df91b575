import PostgresNIO

/// SQL being built with its bound values: every value a user typed goes to the server as a parameter
/// (`$1`, `$2`, …), and only krant's own keywords, table and column names are ever written into the text.
struct SQLText: Sendable {
    private(set) var bindings = PostgresBindings()
    /// The bound values as `explain` shows them beside their placeholders, in order.
    private(set) var shownValues: [BoundValue] = []

    /// Adds a bound value and gives its placeholder.
    mutating func bind(_ value: String) -> String {
        bindings.append(value)
        shownValues.append(.text(value))
        return "$\(bindings.count)"
    }

    mutating func bind(_ value: Int) -> String {
        bindings.append(value)
        shownValues.append(.integer(value))
        return "$\(bindings.count)"
    }

    /// A list of row numbers (the rows bound with `let`), sent as one array value.
    mutating func bind(_ values: [Int]) -> String {
        bindings.append(values)
        shownValues.append(.integers(values))
        return "$\(bindings.count)"
    }

    func query(_ sql: String) -> PostgresQuery {
        PostgresQuery(unsafeSQL: sql, binds: bindings)
    }
}
