import KrantPostgres
import KrantQuery
import Testing

/// The statements both server suites run in memory and on a server over the seed corpus, and the comparison
/// they share: the same kind, columns, rows in the same order, and count.
enum DifferentialStatements {
    static let all = [
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

    /// Runs `statement` in memory and through `session`, and expects the same answer.
    static func expectSameAnswer(_ statement: String, on session: PostgresSession) async throws {
        let memory = try Query.run(statement, on: TestServer.corpus)
        let server = try #require(try await session.run(statement).last)
        #expect(server.kind == memory.kind)
        #expect(server.count == memory.count)
        if case .rows = memory.content {
            #expect(server.columns == memory.columns)
            #expect(server.rows == memory.rows, "\(server.sql)")
        }
    }
}
