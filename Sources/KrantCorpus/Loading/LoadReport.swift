/// What happened while a corpus loaded: nothing is dropped without a line here.
public struct LoadReport: Sendable {
    /// A file or record that was skipped, or loaded with a problem.
    public struct Issue: Sendable, CustomStringConvertible {
        public enum Severity: String, Sendable { case skipped, warning }
        public let location: SourceLocation
        public let severity: Severity
        public let message: String

        public var description: String { "\(location): \(severity.rawValue): \(message)" }
    }

    /// Files and JSON Lines records found; each is either loaded or skipped, so `loaded + skipped == inputs`.
    public internal(set) var inputs = 0
    public internal(set) var loaded = 0
    public internal(set) var issues: [Issue] = []
    /// Wall-clock time of each loading phase, in order: reading files, analysing articles, building indexes.
    public internal(set) var phases: [(name: String, duration: Duration)] = []

    /// Files or records that did not become articles.
    public var skipped: Int { issues.count { $0.severity == .skipped } }
    /// Articles that loaded with a problem.
    public var warned: Int { issues.count { $0.severity == .warning } }
}

/// A corpus path that cannot be loaded at all.
public struct CorpusLoadError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let reason: String
    /// Loading stopped because the caller asked it to (Ctrl-C), not because of the articles.
    public let wasInterrupted: Bool

    public init(path: String, reason: String, wasInterrupted: Bool = false) {
        self.path = path
        self.reason = reason
        self.wasInterrupted = wasInterrupted
    }

    static func interrupted(_ paths: [String]) -> CorpusLoadError {
        CorpusLoadError(path: paths.joined(separator: ", "), reason: "loading was interrupted", wasInterrupted: true)
    }

    public var description: String { wasInterrupted ? "loading was interrupted" : "cannot load '\(path)': \(reason)" }
}
