import Foundation
import KrantCorpus
import KrantPostgres
import KrantQuery
import Testing

/// The scripts in `samples/queries`, statement by statement, in memory and on a server: each statement the
/// server runs must answer as in memory, and each it does not must say so with the part it points at.
enum SampleScripts {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("samples/queries")

    static let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix(".krant") }.sorted()

    /// Runs the script `name` both ways; gives how many of its statements the server ran.
    @discardableResult
    static func expectSameAnswers(_ name: String, on session: PostgresSession) async throws -> Int {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        // Dot-commands belong to the shell; a blank line keeps every statement where it was.
        let statements = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(".") ? "" : $0 }.joined(separator: "\n")
        let source = QuerySource(statements, name: name)
        var memory = QuerySession(corpus: TestServer.corpus)
        var ran = 0
        for statement in try Parser.parse(source) {
            let expected = try memory.run(statement, in: source)
            let server: ServerResult
            do {
                server = try await session.run(statement, in: source)
            } catch let error as QueryError {
                #expect(error.diagnostic.message.hasSuffix("not supported on PostgreSQL yet"), "\(name): \(error.diagnostic.message)")
                #expect(!error.diagnostic.range.isEmpty)
                continue
            }
            ran += 1
            #expect(server.kind == expected.kind, "\(name)")
            // `explain` on a server lists its SQL and plan, not krant's steps; `let` answers with the rows it bound.
            guard expected.kind != .explanation else { continue }
            #expect(server.count == expected.count, "\(name)")
            if case .rows = expected.content, statement.binding == nil {
                #expect(server.columns == expected.columns, "\(name)")
                #expect(server.rows == expected.rows, "\(name)\n\(server.sql)")
                #expect(server.notes == expected.notes, "\(name)")
            }
        }
        return ran
    }
}
