import KrantCorpus
import KrantQuery
import KrantRender

/// What the shell runs statements on: a corpus in memory (`QuerySession`), or a database on a PostgreSQL
/// server (`ServerRunner`). The shell reads results through this alone, so both print alike.
public protocol StatementRunner {
    /// The corpus in memory, which `.show`, `.plot`, `.summary` and the other corpus commands read; nil on a server.
    var corpusInMemory: Corpus? { get }
    /// Where statements run, as messages name it: never with a password.
    var place: String { get }
    /// The names bound with `let`, with the kind and number of their rows.
    var bindings: [(name: String, kind: RowKind, count: Int)] { get }
    /// Asked now and then while a statement runs or prints; when it answers true, the work stops.
    var isCancelled: (@Sendable () -> Bool)? { get set }
    /// Tab completion that knows these sources and names.
    var completer: Completer { get }

    /// Runs one parsed statement. A wrong or unsupported statement throws a `QueryError` pointing into
    /// `source`; other failures (a lost connection) throw errors whose description is the whole message.
    mutating func result(of statement: Statement, in source: QuerySource) throws -> any TabularResult

    /// Ends the connection to a server, if there is one, when the shell is done with it.
    func close()
}

extension QuerySession: StatementRunner {
    public var corpusInMemory: Corpus? { corpus }

    public var place: String { "the corpus in memory" }

    public var completer: Completer { Completer(session: self) }

    public mutating func result(of statement: Statement, in source: QuerySource) throws -> any TabularResult {
        try run(statement, in: source)
    }

    /// A corpus in memory holds no connection.
    public func close() {}
}
