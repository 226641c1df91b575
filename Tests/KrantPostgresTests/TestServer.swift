import Foundation
import KrantCorpus
import KrantPostgres
import KrantTestSupport
import Testing

/// The PostgreSQL server the tests run against (see `PostgresTestServer`), with the seed corpus exported to it;
/// in CI, `serverIsThereInCI` fails the run when it is missing.
enum TestServer {
    static let url = PostgresTestServer.url
    static let isCI = PostgresTestServer.isCI
    static let isAvailable = PostgresTestServer.isAvailable
    static let skipMessage = Comment(rawValue: PostgresTestServer.skipMessage)

    static var endpoint: PostgresEndpoint {
        get throws { try PostgresEndpoint(url: url!) }
    }

    /// The seed corpus (`samples/corpus`), as the in-memory tests load it.
    static let corpus: Corpus = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try! Corpus.load([root.appendingPathComponent("samples/corpus").path])
    }()

    /// The seed corpus exported once per test run, and a session on it.
    static let exported: Task<PostgresSession, any Error> = Task {
        try await CorpusExporter.export(corpus, to: try endpoint)
        return try await PostgresSession.open(try endpoint)
    }
}
