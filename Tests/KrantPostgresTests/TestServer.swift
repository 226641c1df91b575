import Foundation
import KrantCorpus
import KrantPostgres
import Testing

/// The PostgreSQL server the tests run against, named by `KRANT_TEST_POSTGRES_URL`
/// (`scripts/postgres-test-server.sh start DIR` starts one and prints its URL).
///
/// Without it the server tests are skipped with a message saying so, except in CI (`CI=true`), where
/// `serverIsThereInCI` fails the run: CI starts a server, and tests that silently did not run prove nothing.
enum TestServer {
    static let url: String? = ProcessInfo.processInfo.environment["KRANT_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"
    static let isAvailable = url != nil
    static let skipMessage: Comment = """
        KRANT_TEST_POSTGRES_URL is not set, so the PostgreSQL tests are skipped; start a throw-away server with \
        `scripts/postgres-test-server.sh start /tmp/krant-pg` and export the URL it prints
        """

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
