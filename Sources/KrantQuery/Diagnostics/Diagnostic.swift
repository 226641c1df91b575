/// A problem with a query, as a value: message, where, and what to do about it.
///
/// Rendering to text (the caret block) is done in one place, `KrantRender.DiagnosticRenderer`.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Stage: String, Sendable, Hashable { case lexical, syntax, semantic, evaluation }
    /// An error stops the statement; a warning goes with its result.
    public enum Severity: String, Sendable, Hashable { case error, warning }

    public let stage: Stage
    /// Lowercase, naming what the user typed: `unknown field 'actr'`.
    public let message: String
    /// UTF-8 byte offsets in the statement's source.
    public let range: Range<Int>
    /// Further explanation lines.
    public let notes: [String]
    /// What to type instead, if krant can tell: `did you mean 'actor'?`.
    public let help: String?
    public let severity: Severity

    public init(_ stage: Stage, _ message: String, at range: Range<Int>, notes: [String] = [], help: String? = nil,
                severity: Severity = .error) {
        self.stage = stage
        self.message = message
        self.range = range
        self.notes = notes
        self.help = help
        self.severity = severity
    }

    public var description: String {
        "\(severity.rawValue): \(message)" + (help.map { " (help: \($0))" } ?? "")
    }
}

/// A query that failed, with its source so the diagnostic can be shown in place.
public struct QueryError: Error, Sendable, CustomStringConvertible {
    public let diagnostic: Diagnostic
    public let source: QuerySource

    /// The diagnostic, or, when the statement is a habit from another shell, one that names krant's way.
    public init(diagnostic: Diagnostic, source: QuerySource) {
        self.diagnostic = Habits.explain(diagnostic, in: source) ?? diagnostic
        self.source = source
    }

    public var description: String {
        let (line, column) = source.location(of: diagnostic.range.lowerBound)
        return "\(source.name):\(line):\(column): \(diagnostic)"
    }
}
