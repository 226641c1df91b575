import Foundation
import KrantCorpus
import KrantPostgres
import KrantQuery
import KrantRender

/// Runs the shell's statements on a database written by `krant export`, through a `PostgresSession`: each
/// statement is compiled to SQL here and run by the server, which sends back only the result rows; they print
/// as results in memory do.
///
///     var runner = try ServerRunner.open(PostgresEndpoint(url: "postgresql://localhost/news"))
///     let shell = Shell(runner: runner, settings: settings, output: output, errors: errors)
public struct ServerRunner: StatementRunner, Sendable {
    public let session: PostgresSession
    /// How many articles the export holds, for the banner.
    public let articleCount: Int?
    public var isCancelled: (@Sendable () -> Bool)?
    /// Completion offers the language's words; the server's actors and ids are not fetched for it.
    public let completer = Completer(corpus: Corpus(texts: []))

    /// Connects and checks the export; the message of a failure never holds the password.
    public static func open(_ endpoint: PostgresEndpoint) throws -> ServerRunner {
        try Waiting.result {
            let session = try await PostgresSession.open(endpoint)
            let articles = try await session.metadata()["articles"].flatMap { Int($0) }
            return ServerRunner(session: session, articleCount: articles)
        }
    }

    init(session: PostgresSession, articleCount: Int?) {
        self.session = session
        self.articleCount = articleCount
    }

    public var corpusInMemory: Corpus? { nil }

    public var place: String { session.endpoint.description }

    public var bindings: [(name: String, kind: RowKind, count: Int)] {
        (try? Waiting.result { [session] in await session.bindings.map { Binding(name: $0.name, kind: $0.kind, count: $0.count) } })?
            .map { ($0.name, $0.kind, $0.count) } ?? []
    }

    public mutating func result(of statement: Statement, in source: QuerySource) throws -> any TabularResult {
        try Waiting.result { [session] in try await session.run(statement, in: source) }
    }

    public func close() {
        _ = try? Waiting.result { [session] in try await session.close() }
    }

    /// One binding, as a value that can cross from the session's actor.
    private struct Binding: Sendable {
        let name: String
        let kind: RowKind
        let count: Int
    }
}

extension ServerResult: TabularResult {}
