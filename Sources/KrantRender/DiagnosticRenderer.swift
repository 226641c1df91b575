import Foundation
import KrantQuery

/// Renders a diagnostic as the caret block every krant error uses:
///
///     error: unknown field 'actr'
///       articles where actr = "NAVO"
///                      ^~~~
///       help: did you mean 'actor'?
public struct DiagnosticRenderer: Sendable {
    public var colors: Bool
    /// Whether to begin with `FILE:LINE:COL: ` (scripts) or not (the prompt).
    public var showsLocation: Bool

    public init(colors: Bool = false, showsLocation: Bool = false) {
        self.colors = colors
        self.showsLocation = showsLocation
    }

    public func render(_ error: QueryError) -> String {
        render(error.diagnostic, in: error.source)
    }

    public func render(_ diagnostic: Diagnostic, in source: QuerySource) -> String {
        let (lineNumber, column) = source.location(of: diagnostic.range.lowerBound)
        let (lineText, lineStart) = source.line(containing: diagnostic.range.lowerBound)
        let prefix = showsLocation ? "\(source.name):\(lineNumber):\(column): " : ""
        let label = diagnostic.severity == .error ? paint("error:", .red) : paint("warning:", .yellow)
        var lines = [prefix + label + " " + paint(diagnostic.message, .bold)]
        let shownLine = lineText.replacingTabs
        lines.append("  " + shownLine)
        let lineEnd = lineStart + lineText.utf8.count
        let underlineEnd = min(max(diagnostic.range.upperBound, diagnostic.range.lowerBound + 1), max(lineEnd, diagnostic.range.lowerBound + 1))
        let width = max(1, source.slice(diagnostic.range.lowerBound..<underlineEnd).displayWidth)
        let indent = source.slice(lineStart..<diagnostic.range.lowerBound).replacingTabs.displayWidth
        lines.append("  " + String(repeating: " ", count: indent) + paint("^" + String(repeating: "~", count: width - 1), .green))
        for note in diagnostic.notes { lines.append("  note: " + note) }
        if let help = diagnostic.help { lines.append("  " + paint("help:", .cyan) + " " + help) }
        return lines.joined(separator: "\n")
    }

    private func paint(_ text: String, _ style: TerminalStyle) -> String {
        colors ? style.apply(to: text) : text
    }
}

private extension StringProtocol {
    var replacingTabs: String { String(self).replacingOccurrences(of: "\t", with: " ") }
}

