import Foundation
import KrantCorpus
@testable import KrantPostgres
import KrantQuery
import Testing

/// Strings that would break or change SQL if they were pasted into it go into every place of every condition
/// the server runs; they must come back as values: the same answer as in memory, and the tables intact.
@Suite("PostgreSQL: hostile values are values", .serialized, .enabled(if: TestServer.isAvailable, TestServer.skipMessage))
struct HostileValueTests {
    static let hostile = [
        "'; DROP TABLE krant.articles; --",
        "navo'); DELETE FROM krant.mentions; --",
        "\\' OR 1=1 --",
        "$1",
        "NAVO' OR 'a'='a",
        "\u{201C}Oekraïne\u{201D} – ‘Poetin’ 🇺🇦 \\\\",
        "%_*",
        "E'\\\\x41'",
        "navo\"; select 1",
    ]

    /// The string as a krant string literal: only `"` and `\` are escaped.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    @Test(arguments: hostile)
    func everyPositionTakesItAsAValue(_ text: String) async throws {
        let session = try await TestServer.exported.value
        let value = Self.quoted(text)
        let statements = [
            "articles where actor = \(value)", "articles where actor != \(value)", "sentences where actor in (\"NAVO\", \(value))",
            "articles where text contains \(value)", "sentences where text contains \(value)",
            "articles where text contains ~\(value)", "articles where text contains \(Self.quoted(text + "*"))",
            "articles where date = \(value)", "articles where date between \(value) and 2023",
            "articles where date in (2022, \(value))",
            "let h = articles where text contains \(value) or actor = \"NAVO\"\nh where not actor = \(value) | count by year, actor",
            "articles where not (text contains \(value) or date between 2021 and \(value)) | count by actor, month",
            "mentions where form = \(value) or role in (\(value), \"x\") or article between \(value) and \(value) | count by kind",
            "actors where name != \(value) and affiliation < \(value) | select name",
            "sentences where text contains \(value) within 3 of \(value) in article | count",
            "articles | timeline by year of \"NAVO\", \(value)",
        ]
        for statement in statements {
            let memory: Result<QueryResult, any Error> = Result { try Query.run(statement, on: TestServer.corpus) }
            let server: Result<ServerResult, any Error>
            do { server = .success(try #require(try await session.run(statement).last)) } catch { server = .failure(error) }
            switch (memory, server) {
            case (.success(let memory), .success(let server)):
                #expect(server.rows == memory.rows, "\(statement)")
            case (.failure(let memory as QueryError), .failure(let server as QueryError)):
                #expect(server.diagnostic.message == memory.diagnostic.message, "\(statement)")
            default:
                Issue.record("\(statement): in memory \(memory), on the server \(server)")
            }
        }
        let articles = try #require(try await session.run("articles | count").last)
        #expect(articles.count == TestServer.corpus.articles.count)
        let actors = try #require(try await session.run("articles | count by actor").last)
        #expect(actors.rows == (try Query.run("articles | count by actor", on: TestServer.corpus)).rows)
    }

    @Test(arguments: hostile)
    func actorNamesAreLookedUpAsValues(_ text: String) async throws {
        let session = try await TestServer.exported.value
        #expect(try await session.actors(named: text).isEmpty)
    }
}
