import KrantCorpus
import KrantPostgres
import KrantQuery
import Testing

@Suite("PostgreSQL sharded: CI has a coordinator")
struct ShardedServerPresenceTests {
    @Test func coordinatorIsThereInCI() {
        if TestServer.isCI {
            #expect(ShardedTestServer.isAvailable,
                    "CI=true but KRANT_TEST_POSTGRES_SHARDED_URL is not set: .ci/run must start the sharded servers")
        } else if !ShardedTestServer.isAvailable {
            print("note: \(ShardedTestServer.skipMessage.rawValue)")
        }
    }
}

/// The seed corpus exported through a coordinator whose tables are partitioned over two shards
/// (`scripts/postgres-sharded-test-server.sh`): every differential and generated statement must answer as in
/// memory there too, and so must the generated corpus's.
@Suite("PostgreSQL sharded: the same answers through a coordinator", .serialized,
       .enabled(if: ShardedTestServer.isAvailable, ShardedTestServer.skipMessage))
struct ShardedServerTests {
    @Test(arguments: DifferentialStatements.all)
    func sameAnswer(_ statement: String) async throws {
        try await DifferentialStatements.expectSameAnswer(statement, on: try await ShardedTestServer.exported.value)
    }

    @Test(arguments: GeneratedStatements.seed)
    func generatedStatement(_ statement: String) async throws {
        try await GeneratedStatements.expectSameAnswer(statement, on: try await ShardedTestServer.exported.value, corpus: TestServer.corpus)
    }

    @Test(arguments: SampleScripts.names)
    func sampleScript(_ name: String) async throws {
        try await SampleScripts.expectSameAnswers(name, on: try await ShardedTestServer.exported.value)
    }

    /// The generated corpus through the coordinator too; the seed corpus goes back afterwards for the tests that
    /// follow (the suite runs one test at a time).
    @Test func generatedCorpus() async throws {
        let endpoint = try ShardedTestServer.endpoint
        _ = try await ShardedTestServer.exported.value
        var failure: (any Error)?
        do {
            try await GeneratedStatements.expectSameAnswers(exportedTo: endpoint)
        } catch {
            failure = error
        }
        try await CorpusExporter.export(TestServer.corpus, to: endpoint)
        if let failure { throw failure }
    }

    /// The coordinator's plan reads the articles from both shards: the statements above ran on the sharded
    /// layout, which the export kept, and not on tables it made in the coordinator.
    @Test func theCoordinatorReadsBothShards() async throws {
        let session = try await ShardedTestServer.exported.value
        let result = try #require(try await session.run("articles | count | explain").last)
        let plan = result.rows.filter { $0[0] == .text("plan") || $0[0] == .text("") }.map { $0[1].description }.joined(separator: "\n")
        #expect(plan.contains("Foreign Scan on articles_shard0") && plan.contains("Foreign Scan on articles_shard1"), "\(plan)")
    }

    /// A second export empties the shards through the coordinator and keeps the partitioned layout.
    @Test func aSecondExportReplacesTheFirstAndKeepsTheLayout() async throws {
        let session = try await ShardedTestServer.exported.value
        try await CorpusExporter.export(TestServer.corpus, to: try ShardedTestServer.endpoint)
        let articles = try #require(try await session.run("articles | count").last)
        #expect(articles.count == TestServer.corpus.articles.count)
        let postings = try #require(try await session.run("articles where text contains \"NAVO\" | count").last)
        let memory = try Query.run("articles where text contains \"NAVO\" | count", on: TestServer.corpus)
        #expect(postings.count == memory.count)
    }
}
