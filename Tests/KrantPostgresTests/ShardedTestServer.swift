import Foundation
import KrantPostgres
import Testing

/// The sharded PostgreSQL the sharded tests run against: the coordinator named by
/// `KRANT_TEST_POSTGRES_SHARDED_URL`, which `scripts/postgres-sharded-test-server.sh start DIR` starts with its
/// two shards. Without it those tests are skipped, except in CI (`CI=true`), where a test fails the run.
enum ShardedTestServer {
    static let url: String? = ProcessInfo.processInfo.environment["KRANT_TEST_POSTGRES_SHARDED_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static let isAvailable = url != nil
    static let skipMessage = Comment(rawValue: """
        KRANT_TEST_POSTGRES_SHARDED_URL is not set, so the sharded PostgreSQL tests are skipped; start two shards and \
        a coordinator with `scripts/postgres-sharded-test-server.sh start /tmp/krant-pg-sharded` and export the URL \
        it prints
        """)

    static var endpoint: PostgresEndpoint {
        get throws { try PostgresEndpoint(url: url!) }
    }

    /// The seed corpus exported once per test run through the coordinator, and a session on it.
    static let exported: Task<PostgresSession, any Error> = Task {
        try await CorpusExporter.export(TestServer.corpus, to: try endpoint)
        return try await PostgresSession.open(try endpoint)
    }
}
