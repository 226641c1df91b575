import Foundation
import KrantCorpus
@testable import KrantQuery

/// The seed corpus, and helpers that run queries on it.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let corpus: Corpus = try! Corpus.load([root.appendingPathComponent("samples/corpus").path])

    /// Article ids as their three-digit prefixes, for readable expectations.
    static func ids(_ query: String, on corpus: Corpus = corpus) throws -> [String] {
        try Query.run(query, on: corpus).articleIDs.map { String($0.prefix(3)) }
    }

    /// The diagnostic a query fails with.
    static func diagnostic(_ query: String, on corpus: Corpus = corpus) -> Diagnostic? {
        do {
            var session = QuerySession(corpus: corpus)
            _ = try session.run(query)
            return nil
        } catch {
            return error.diagnostic
        }
    }

    /// The source text a diagnostic points at.
    static func pointedText(_ query: String) -> String? {
        diagnostic(query).map { String(QuerySource(query).slice($0.range)) }
    }
}
