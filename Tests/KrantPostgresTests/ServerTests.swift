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
    static let statements = [
        "articles",
        "articles where actor = \"NAVO\"",
        "articles where actor = \"NAVO\" and date < 2022-03",
        "articles where actor != \"NAVO\"",
        "articles where actor in (\"China\", \"India\")",
        "articles where actor in (\"China\", \"India\") and not actor = \"VS\" | select id, date, title",
        "articles where actor = \"navo\" or actor = \"Oekraine\"",
        "articles where actor = \"Kremlin\"",
        "articles where date = 2022",
        "articles where date != 2022",
        "articles where date < 2022-02",
        "articles where date <= 2022-02",
        "articles where date > 2022-01",
        "articles where date >= 2022-02",
        "articles where date = 2024-06-20",
        "articles where date between 2022-01 and 2022-12",
        "articles where date in (2021, 2024)",
        "articles where not date < 2022",
        "articles where not (date >= 2022 and actor = \"Poetin\")",
        "articles where text contains \"kernwapens\"",
        "articles where text contains \"NAVO\"",
        "articles where text contains \"Russische president\"",
        "articles where text contains \"kernwapen*\"",
        "articles where text contains \"navo*\"",
        "articles where text contains ~\"kernwapen\"",
        "articles where text contains \"secretaris generaal\"",
        "articles where text contains \"navo secretaris\"",
        "articles where text contains \"NAVO-secretaris-generaal\"",
        "articles where text contains \"rusland\"",
        "articles where text contains \"geen woord hier\"",
        "articles where actor = \"Poetin\" or text contains \"Biden\"",
        "articles | sort by date desc",
        "articles | sort by date | limit 3",
        "articles | sort by title | select id, title",
        "articles | sort by month desc, id",
        "articles | sort by year, words desc",
        "articles | sort by words desc | limit 2 offset 1",
        "articles | sort by provenance | sort by year desc",
        "articles | limit 3 | sort by id desc",
        "articles where actor = \"NAVO\" | sort by date | limit 2 | where date > 2021",
        "articles | select id, date, words, actor, provenance, author, source, url, year, month, day",
        "articles | select text",
        "articles where actor = \"Poetin\" | count by year",
        "articles where actor = \"Poetin\" | count by month",
        "articles | count by day",
        "articles | count by date",
        "articles | count by actor",
        "articles | count by actor | limit 5 offset 2",
        "articles | count by provenance",
        "articles | count by words",
        "articles | count",
        "articles where actor = \"NAVO\" | count",
        "articles where date > 2030 | count by month",
        "sentences where actor = \"Poetin\" and actor = \"NAVO\"",
        "sentences where actor = \"Poetin\" and actor = \"NAVO\" | select article, text",
        "sentences where text contains \"kernwapens\"",
        "sentences where text contains \"de NAVO\"",
        "sentences where text contains \"navo top\"",
        "sentences where text contains ~\"oorlog\" | select article, text",
        "sentences where not actor = \"Rusland\" and date = 2022-02 | count",
        "sentences | count by segment",
        "sentences | count by actor | limit 10",
        "sentences | count by article",
        "sentences where date < 2022 | count",
        "sentences where actor = \"Rusland\" | sort by date desc | limit 5",
        "sentences | sort by segment | limit 10",
        "sentences | sort by article desc, segment | limit 12 | select article, segment, actor",
        "sentences where text contains \"Oekraïne\" | count by month",
        "sentences where text contains \"oekraine\" | count by year",
        "articles | count by year, month",
        "articles | count by actor, year",
        "articles | count by year, actor | limit 4 offset 2",
        "articles where actor = \"NAVO\" | count by actor, provenance | limit 8",
        "sentences | count by segment, actor | limit 12",
        "articles | count by provenance, words",
        "let nato = articles where actor = \"NAVO\"\nnato | sort by date | select id, date",
        "let nato = articles where actor = \"NAVO\"\nnato where date < 2022-03 or text contains \"Biden\" | count by year",
        "let lang = sentences | sort by article desc | limit 40\nlang | count",
        "let leeg = articles where date > 2030\nleeg | count",
        "let twee = articles | sort by words desc | limit 2\ntwee",
    ]

    @Test(arguments: statements)
    func sameAnswer(_ statement: String) async throws {
        let session = try await TestServer.exported.value
        let memory = try Query.run(statement, on: TestServer.corpus)
        let server = try #require(try await session.run(statement).last)
        #expect(server.kind == memory.kind)
        #expect(server.count == memory.count)
        if case .rows = memory.content {
            #expect(server.columns == memory.columns)
            #expect(server.rows == memory.rows, "\(server.sql)")
        }
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
        ("mentions", "the source 'mentions'"),
        ("actors", "the source 'actors'"),
        ("articles | kwic \"NAVO\"", "the stage 'kwic'"),
        ("articles | timeline by year", "the stage 'timeline'"),
        ("articles | sentences", "the stage 'sentences'"),
        ("articles where title = \"x\"", "this condition on 'title'"),
        ("articles where text contains \"a\" within 3 of \"b\"", "this condition on 'text'"),
        ("articles | sort by actor", "sorting by 'actor'"),
        ("let jaren = articles | count by year", "'let' over the groups of 'count by'"),
        ("articles | count by year per 1000 articles", "'per' and 'share'"),
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
                          "articles where date < \"soon\"", "articles | count | limit 1"] {
            let memory = #expect(throws: QueryError.self) { try Query.run(statement, on: TestServer.corpus) }
            let server = await #expect(throws: QueryError.self) { try await session.run(statement) }
            #expect(server?.diagnostic.range == memory?.diagnostic.range, "\(statement)")
        }
    }
}
