import Testing
import KrantCorpus
import KrantQuery

/// The library used as a researcher's own test would use it: only public API.
@Suite("Embedding krant")
struct EmbeddingTests {
    @Test func tinyCorpusInOneLine() throws {
        let corpus = Corpus(texts: [
            "date 2022-01 De NAVO vergadert over Oekraïne.",
            "date 2022-05 Poetin spreekt in Moskou.",
            "date 2023-02 De Navo-top in Vilnius.",
        ])
        let result = try Query.run("articles where actor = \"NAVO\"", on: corpus)
        #expect(result.articleIDs == ["1", "3"])
        #expect(try Query.run("articles where actor = \"Rusland\" | count", on: corpus).count == 1)
    }

    @Test func seedCorpusFromDisk() throws {
        let corpus = try Corpus.load([Fixtures.root.appendingPathComponent("samples/corpus").path])
        let result = try Query.run("articles where actor = \"NAVO\" and date < 2022-03", on: corpus)
        #expect(result.articleIDs == ["002_19155bdbfa8b189d", "003_8378a970515a9ece", "004_6ccf7d9b56e9e077"])
        #expect(result.articles.map(\.date?.description) == ["2022-02", "2021-12", "2022-01"])
    }

    @Test func errorsAreValues() {
        #expect(throws: QueryError.self) { try Query.run("articles where actr = 1", on: Fixtures.corpus) }
    }
}
