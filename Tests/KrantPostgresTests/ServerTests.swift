import Foundation
import KrantCorpus
@testable import KrantPostgres
import KrantQuery
import Testing

@Suite("PostgreSQL: CI has a server")
struct ServerPresenceTests {
    @Test func serverIsThereInCI() {
        if TestServer.isCI {
            #expect(TestServer.isAvailable, "CI=true but KRANT_TEST_POSTGRES_URL is not set: .ci/run must start a server")
        } else if !TestServer.isAvailable {
            print("note: \(TestServer.skipMessage.rawValue)")
        }
    }
}

/// Every statement runs in memory and on the server over the seed corpus, and must give the same kind,
/// columns, rows in the same order, and count.
@Suite("PostgreSQL: export and the same answers as in memory", .serialized, .enabled(if: TestServer.isAvailable, TestServer.skipMessage))
struct ServerTests {
    @Test(arguments: DifferentialStatements.all)
    func sameAnswer(_ statement: String) async throws {
        try await DifferentialStatements.expectSameAnswer(statement, on: try await TestServer.exported.value)
    }

    @Test(arguments: SampleScripts.names)
    func sampleScript(_ name: String) async throws {
        try await SampleScripts.expectSameAnswers(name, on: try await TestServer.exported.value)
    }

    /// Most of the sample scripts' statements run on the server (28 of 35); the rest are analyses it does not run yet.
    @Test func mostSampleStatementsRunOnTheServer() async throws {
        var ran = 0
        for name in SampleScripts.names { ran += try await SampleScripts.expectSameAnswers(name, on: try await TestServer.exported.value) }
        #expect(ran >= 25, "\(ran)")
    }

    @Test func exportRecordsTheGazetteerAndFormat() async throws {
        let session = try await TestServer.exported.value
        let meta = try await session.metadata()
        #expect(meta["format_version"] == String(CorpusSnapshot.formatVersion))
        #expect(meta["gazetteer_fingerprint"] == String(CorpusSnapshot.fingerprint(of: TestServer.corpus.gazetteer), radix: 16))
        #expect(meta["schema_version"] == String(PostgresSchema.version))
    }

    @Test func aSecondExportReplacesTheFirst() async throws {
        let session = try await TestServer.exported.value
        try await CorpusExporter.export(TestServer.corpus, to: try TestServer.endpoint)
        let articles = try #require(try await session.run("articles | count").last)
        #expect(articles.count == TestServer.corpus.articles.count)
        let sentences = try #require(try await session.run("sentences | count").last)
        #expect(sentences.count == TestServer.corpus.sentences.count)
    }

    @Test(arguments: [
        ("articles | kwic \"NAVO\"", "the stage 'kwic'"),
        ("articles | timeline | sort by count", "stages after 'timeline'"),
        ("let t = articles | timeline", "'let' over a timeline"),
        ("articles | terms", "the stage 'terms'"),
        ("sentences | cooccur | sort by g2", "stages after 'cooccur'"),
        ("let c = sentences | cooccur", "'let' over 'cooccur'"),
        ("articles where title contains \"x\"", "this condition on 'title'"),
        ("mentions where sentence = \"x\"", "this condition on 'sentence'"),
        (#"articles where text matches /\d{4}/"#, "this regular expression"),
        ("articles where title matches /oekraïne/i", "this regular expression"),
        ("mentions | sort by sentence", "sorting by 'sentence'"),
        ("let jaren = articles | count by year", "'let' over the groups of 'count by'"),
        ("let wie = articles | actors", "'let' over actors"),
        ("articles | count by year share | sort by share", "stages after 'count by' other than 'limit'"),
    ])
    func unsupportedPartsAreNamed(_ statement: String, _ part: String) async throws {
        let session = try await TestServer.exported.value
        let error = await #expect(throws: QueryError.self) { try await session.run(statement) }
        let message = try #require(error?.diagnostic.message)
        #expect(message.hasPrefix(part) && message.hasSuffix("not supported on PostgreSQL yet"), "\(message)")
    }

    /// `explain` lists the SQL, each placeholder's value written safely, and the server's plan; nothing runs.
    @Test func explainShowsTheSQLItsValuesAndThePlan() async throws {
        let session = try await TestServer.exported.value
        let result = try #require(try await session.run("articles where actor = \"NAVO\" and text contains \"kernwapen*\" | explain").last)
        #expect(result.kind == .explanation)
        #expect(result.columns == ["part", "text"])
        let parts = result.rows.map { $0[0] }
        let sqlLines = result.rows.prefix { $0[0] == .text("sql") || $0[0] == .text("") }.map { $0[1].description }
        #expect(parts.first == .text("sql"))
        #expect(sqlLines.joined(separator: " ") == result.sql)
        #expect(result.rows.contains([.text("$2"), .text("\"kernwapen\"")]), "\(result.rows)")
        #expect(result.rows.contains { $0[0] == .text("plan") })
        let unfinished = await #expect(throws: QueryError.self) { try await session.run("articles | explain | count") }
        #expect(unfinished?.diagnostic.message == "'explain' comes last, after the pipeline it explains")
    }

    /// A bound value is shown in quotes with its quotes, backslashes and control characters escaped, so a
    /// hostile string can neither pass for SQL nor reach the terminal as an escape sequence.
    @Test(arguments: [
        (BoundValue.text("kernwapen"), "\"kernwapen\""),
        (.text("'; DROP TABLE krant.articles; --"), "\"'; DROP TABLE krant.articles; --\""),
        (.text("a\"b\\c\u{1B}[31m\n\u{202E}"), "\"a\\\"b\\\\c\\u{1b}[31m\\n\\u{202e}\""),
        (.integer(42), "42"),
        (.integers(Array(1...12)), "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, … (12 in all)]"),
    ])
    func boundValuesAreShownSafely(_ value: BoundValue, _ shown: String) {
        #expect(value.shown == shown)
    }

    @Test func wrongStatementsFailAsInMemory() async throws {
        let session = try await TestServer.exported.value
        for statement in ["articles where actor = \"Nobody at all\"", "articles where actr = \"NAVO\"", "articles | limit -1",
                          "nergens | count", "let n = articles | count",
                          "articles where date < \"soon\"", "articles | count | limit 1",
                          "actors | sentences", "mentions | count by kind per 10 articles", "sentences | count by segment per 0 sentences",
                          "mentions where kind = metonymy", "actors where kind < person", "articles where words = \"veel\"",
                          "actors where mentions contains \"x\"",
                          "articles where text contains \"a\" within 0 of \"b\"", "sentences where text contains \"a\" within 3 of \"b\" in alinea",
                          "articles where text matches /(navo/", "articles where words matches /1/", "mentions where kind matches /x/",
                          "mentions where title = \"x\"", "actors | sort by nam", "sentences | select id",
                          "actors | timeline", "articles | timeline by week", "articles | timeline of \"Niemand hier\"",
                          "articles | timeline per 0 articles", "articles | timeline of 2022",
                          "actors | cooccur", "sentences | cooccur in paragraph", "sentences | cooccur min 0",
                          "sentences | cooccur with \"Niemand Hier\""] {
            let memory = #expect(throws: QueryError.self) { try Query.run(statement, on: TestServer.corpus) }
            let server = await #expect(throws: QueryError.self) { try await session.run(statement) }
            #expect(server?.diagnostic.range == memory?.diagnostic.range, "\(statement)")
            #expect(server?.diagnostic.message == memory?.diagnostic.message, "\(statement)")
        }
    }
}
