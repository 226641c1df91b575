import KrantRender

/// What the user can change while the shell runs.
public struct ShellSettings: Sendable {
    public var format: OutputFormat
    public var colors: Bool
    public var timer = false
    /// Terminal width for tables.
    public var width: Int

    public init(format: OutputFormat = .table, colors: Bool = false, width: Int = 100) {
        self.format = format
        self.colors = colors
        self.width = width
    }
}
