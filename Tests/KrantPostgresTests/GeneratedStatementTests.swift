import Foundation
import KrantCorpus
@testable import KrantPostgres
import KrantQuery
import KrantSynthetic
import PostgresNIO
import Testing

/// Statements from `StatementGenerator` in memory and on a server, which must answer alike: over the seed corpus
/// on the shared server and through the sharded coordinator, and over a generated corpus in a database of the
/// suite's own on the shared server, dropped afterwards.
enum GeneratedStatements {
    /// Over the seed corpus, the same list for both servers.
    static let seed = StatementGenerator.statements(200, seed: 17, corpus: TestServer.corpus)

    /// A generated corpus: short articles with every segment, undated ones among them, and the gazetteer's actors.
    static let corpus = Corpus(texts: SyntheticCorpus(seed: 7, lexiconSize: 20_000, articleWords: 40...160).articles(count: 150))

    /// Over the generated corpus, for both servers.
    static let generated = StatementGenerator.statements(250, seed: 29, corpus: corpus)

    /// Runs every statement over the generated corpus, exported through `endpoint`, recording each difference.
    static func expectSameAnswers(exportedTo endpoint: PostgresEndpoint) async throws {
        try await CorpusExporter.export(corpus, to: endpoint)
        let session = try await PostgresSession.open(endpoint)
        for statement in generated {
            do {
                try await expectSameAnswer(statement, on: session, corpus: corpus)
            } catch {
                Issue.record(error, "\(statement)")
            }
        }
        try await session.close()
    }

    /// Runs `statement` in memory and on `session`; a statement that fails in memory must fail on the server with
    /// the same message and place.
    static func expectSameAnswer(_ statement: String, on session: PostgresSession, corpus: Corpus) async throws {
        do {
            _ = try Query.run(statement, on: corpus)
        } catch {
            let server = await #expect(throws: QueryError.self, "\(statement)") { try await session.run(statement) }
            #expect(server?.diagnostic.message == error.diagnostic.message, "\(statement)")
            #expect(server?.diagnostic.range == error.diagnostic.range, "\(statement)")
            return
        }
        try await DifferentialStatements.expectSameAnswer(statement, on: session, corpus: corpus)
    }
}

@Suite("PostgreSQL: generated statements answer as in memory", .serialized, .enabled(if: TestServer.isAvailable, TestServer.skipMessage))
struct GeneratedStatementTests {
    @Test(arguments: GeneratedStatements.seed)
    func seedCorpus(_ statement: String) async throws {
        try await GeneratedStatements.expectSameAnswer(statement, on: try await TestServer.exported.value, corpus: TestServer.corpus)
    }

    /// The generated corpus goes into a database of its own, so the seed corpus's export stays as the other suites
    /// read it; the database is dropped at the end, whatever the statements gave.
    @Test func generatedCorpus() async throws {
        let database = "krant_generated"
        let server = try TestServer.endpoint
        let admin = try await PostgresDatabase.connect(server)
        try await admin.query(PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(database) WITH (FORCE)"), logger: PostgresDatabase.logger)
        try await admin.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(database)"), logger: PostgresDatabase.logger)
        let endpoint = try PostgresEndpoint(url: "postgresql://\(server.username)@\(server.host):\(server.port)/\(database)")
        var failure: (any Error)?
        do {
            try await GeneratedStatements.expectSameAnswers(exportedTo: endpoint)
        } catch {
            failure = error
        }
        try await admin.query(PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(database) WITH (FORCE)"), logger: PostgresDatabase.logger)
        try await admin.close()
        if let failure { throw failure }
    }
}

/// The generator's statements are worth comparing: nearly all run, and most of those that list rows list some.
@Suite("Generated statements")
struct StatementGeneratorTests {
    @Test(arguments: [("seed", TestServer.corpus, GeneratedStatements.seed),
                      ("generated", GeneratedStatements.corpus, GeneratedStatements.generated)])
    func mostStatementsRunAndFindRows(_ name: String, _ corpus: Corpus, _ statements: [String]) {
        var failed: [String] = [], empty = 0, counted = 0
        for statement in statements {
            guard let result = try? Query.run(statement, on: corpus) else { failed.append(statement); continue }
            if case .count = result.content { counted += 1 } else if result.rows.isEmpty { empty += 1 }
        }
        print("\(name): \(statements.count) statements, \(Set(statements).count) distinct, \(failed.count) fail in memory, \(counted) counts, \(empty) give no rows")
        #expect(failed.count * 10 <= statements.count, "\(failed)")
        #expect(empty * 3 <= statements.count - failed.count - counted)
        #expect(Set(statements).count * 10 >= statements.count * 9)
    }

    @Test func theSameSeedGivesTheSameStatements() {
        #expect(StatementGenerator.statements(50, seed: 3, corpus: TestServer.corpus) == StatementGenerator.statements(50, seed: 3, corpus: TestServer.corpus))
    }
}
