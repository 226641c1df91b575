import Testing
import KrantCorpus
@testable import KrantQuery

@Suite("Rates and shares")
struct RateTests {
    // Two articles in January 2022 (2 sentences), three in February (4 sentences); Poetin in one of each month.
    static let corpus = Corpus(texts: [
        "date 2022-01 Poetin spreekt.", "date 2022-01 De NAVO vergadert.",
        "date 2022-02 Poetin zwijgt.", "date 2022-02 Het weer is goed.", "date 2022-02 De markt daalt. Beleggers schrikken.",
    ])

    /// January: 1 of 2 articles, 1 · 1000 / 2 = 500; February: 1 of 3, 1000 / 3 = 333.333333. Share: each 1 of
    /// the 2 rows counted = 0.5. Per 1000 sentences: 1000 / 2 = 500 and 1000 / 4 = 250.
    @Test func countByGivesRatesAgainstThePeriodAndShares() throws {
        let result = try Query.run(#"articles where actor = "Poetin" | count by month per 1000 articles share"#, on: Self.corpus)
        #expect(result.columns == ["month", "count", "per_1000_articles", "share"])
        #expect(result.column("per_1000_articles").map(DispersionTests.number).map { ($0 * 1e6).rounded() / 1e6 } == [500, 333.333333])
        #expect(result.column("share") == [.double(0.5), .double(0.5)])
        let sentences = try Query.run(#"sentences where actor = "Poetin" | count by month per 1000 sentences"#, on: Self.corpus)
        #expect(sentences.column("per_1000_sentences") == [.double(500), .double(250)])
    }

    @Test func timelineGivesARateAndShareBesideEachColumn() throws {
        let single = try Query.run(#"articles where actor = "Poetin" | timeline per 1000 articles share"#, on: Self.corpus)
        #expect(single.columns == ["month", "count", "per_1000_articles", "share"])
        #expect(single.column("share") == [.double(0.5), .double(0.5)])
        // NAVO: 1 of 2 in January = 50 per 100, 0 of 3 in February.
        let actors = try Query.run(#"articles | timeline of "Poetin", "NAVO" per 100 articles"#, on: Self.corpus)
        #expect(actors.columns.count == 5)
        #expect(actors.columns.suffix(2) == [actors.columns[1] + "_per_100_articles", "NAVO_per_100_articles"])
        #expect(actors.column("NAVO_per_100_articles") == [.double(50), .double(0)])
    }

    @Test func aKeyTheBaseLacksIsRefused() {
        let query = #"sentences | count by segment per 1000 articles"#
        #expect(Fixtures.diagnostic(query)?.message == "'per 1000 articles' counts articles by 'segment', and articles have no such field")
        #expect(Fixtures.diagnostic(#"articles | count by month per 1000 words"#)?.message
                == "expected 'articles' or 'sentences' after 'per 1000', found 'words'")
        #expect(Fixtures.diagnostic(#"articles | timeline per 0 articles"#)?.message == "'per' takes a whole number from 1 to 1000000")
    }
}
