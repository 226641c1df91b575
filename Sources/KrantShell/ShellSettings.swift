import KrantRender

/// What the user can change while the shell runs.
public struct ShellSettings: Sendable {
    public var format: OutputFormat
    public var colors: Bool
    public var timer = false
    /// Terminal width for tables.
    public var width: Int
    /// Terminal height, when results go to a terminal: a result taller than it goes through the pager.
    public var height: Int?
    /// At most this many rows of a result are shown at the terminal in a table or record view, the first half
    /// and the last half, with a line saying how many were left out; 0 shows every row (`.maxrows`).
    public var maxRows = 0
    /// A result taller than the terminal goes through the pager instead of being cut (`.pager on`).
    public var pager = false

    public init(format: OutputFormat = .table, colors: Bool = false, width: Int = 100) {
        self.format = format
        self.colors = colors
        self.width = width
    }

    /// The row cap at a terminal prompt, as DuckDB's shell has it.
    public static let promptMaxRows = 40
}
