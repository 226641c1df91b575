import Testing
import KrantCorpus
@testable import KrantQuery

@Suite("Proximity")
struct ProximityTests {
    // Words of the first sentence by position: De(0) minister(1) zei(2) dat(3) Poetin(4) opnieuw(5) dreigde(6)
    // met(7) kernwapens(8). Second: Later(9) sprak(10) de(11) NAVO(12) over(13) een(14) antwoord(15).
    static let corpus = Corpus(texts: [
        "date 2022-10 De minister zei dat Poetin opnieuw dreigde met kernwapens. Later sprak de NAVO over een antwoord.",
        "date 2022-11 Kernwapens zijn volgens de NAVO geen optie, zei de woordvoerder tegen Poetin.",
    ])

    /// Poetin (4) and kernwapens (8) are 8 − 4 = 4 words apart: within 4, not within 3.
    @Test(arguments: [(4, ["1"]), (3, [])])
    func distanceCountsFromTheEndOfOneMatchToTheStartOfTheOther(distance: Int, expected: [String]) throws {
        let result = try Query.run(#"sentences where text contains "Poetin" within \#(distance) of "kernwapens" | select article"#, on: Self.corpus)
        #expect(result.column("article").map(\.description) == expected)
    }

    /// Either order: in the second article Kernwapens(0) zijn(1) volgens(2) de(3) NAVO(4) geen(5) optie(6) zei(7)
    /// de(8) woordvoerder(9) tegen(10) Poetin(11): kernwapens comes first, 11 − 0 = 11 words apart.
    @Test func eitherOrderCounts() throws {
        #expect(try Fixtures.ids(#"articles where text contains "Poetin" within 11 of "kernwapens""#, on: Self.corpus) == ["1", "2"])
        #expect(try Fixtures.ids(#"articles where text contains "Poetin" within 10 of "kernwapens""#, on: Self.corpus) == ["1"])
    }

    /// Phrases measure from their last word: "dreigde met" ends at 7, kernwapens is at 8, 1 apart; "Poetin
    /// opnieuw" ends at 5, the next match "met kernwapens" starts at 7, 2 apart.
    @Test func phrasesMeasureFromTheirEdges() throws {
        #expect(try Fixtures.ids(#"sentences where text contains "dreigde met" within 1 of "kernwapens" | select article"#, on: Self.corpus) == [])
        #expect(try Query.run(#"sentences where text contains "dreigde" within 1 of "met kernwapens""#, on: Self.corpus).rowCount == 1)
        #expect(try Query.run(#"sentences where text contains "Poetin opnieuw" within 1 of "met kernwapens""#, on: Self.corpus).rowCount == 0)
        #expect(try Query.run(#"sentences where text contains "Poetin opnieuw" within 2 of "met kernwapens""#, on: Self.corpus).rowCount == 1)
    }

    /// Across a sentence boundary only when asked: kernwapens (8) and NAVO (12) are 4 apart, in two sentences.
    @Test func sentencesBoundTheSearchUnlessArticleIsAsked() throws {
        #expect(try Fixtures.ids(#"articles where text contains "kernwapens" within 4 of "NAVO""#, on: Self.corpus) == ["2"])
        #expect(try Fixtures.ids(#"articles where text contains "kernwapens" within 4 of "NAVO" in article"#, on: Self.corpus) == ["1", "2"])
        #expect(try Fixtures.ids(#"articles where text contains "kernwapens" within 4 of "NAVO" in sentence"#, on: Self.corpus) == ["2"])
        // The sentence holding the first words is the row, its partner may stand in the next one.
        let sentences = try Query.run(#"sentences where text contains "NAVO" within 4 of "kernwapens" in article"#, on: Self.corpus)
        #expect(sentences.column("text").map { String($0.description.prefix(5)) } == ["Later", "Kernw"])
    }

    /// A word is not near itself, and the parts of one compound share a word, so they are not two places.
    @Test func overlappingMatchesAreNotNear() throws {
        let corpus = Corpus(texts: ["date 2022 De NAVO-top begon. Poetin zweeg."])
        #expect(try Query.run(#"sentences where text contains "navo" within 3 of "top""#, on: corpus).rowCount == 0)
        #expect(try Query.run(#"sentences where text contains "Poetin" within 3 of "Poetin""#, on: corpus).rowCount == 0)
        #expect(try Query.run(#"sentences where text contains "navo" within 1 of "begon""#, on: corpus).rowCount == 1)
    }

    @Test func stemsAndPrefixesWorkOnEitherSide() throws {
        #expect(try Query.run(#"sentences where text contains ~"kernwapen" within 4 of "Poetin""#, on: Self.corpus).rowCount == 1)
        #expect(try Query.run(#"sentences where text contains "kern*" within 11 of ~"Poetin""#, on: Self.corpus).rowCount == 2)
    }

    @Test func indexAndScanAgreeOnTheSeedCorpus() throws {
        var scanned = QuerySession(corpus: Fixtures.corpus)
        scanned.usesIndexes = false
        for query in [#"sentences where text contains "Poetin" within 10 of "kernwapens""#,
                      #"articles where text contains "NAVO" within 5 of "Rusland" in article"#,
                      #"articles where title contains "Poetin" within 10 of "kernwapens""#] {
            #expect(try Query.run(query, on: Fixtures.corpus).rows == (try scanned.run(query)[0]).rows, "\(query)")
        }
    }

    @Test(arguments: [
        (#"articles where text contains "a" within 0 of "b""#, "'within' takes a number of words from 1 to 1000", "0"),
        (#"articles where text contains "a" within 3 "b""#, "expected 'of' and the other words, as in within 3 of \"kernwapens\", found string \"b\"", "\"b\""),
        (#"articles where text contains "a" within 3 of b"#, "expected text in double quotes after 'of', found 'b'", "b"),
        (#"articles where text contains "a" within 3 of "b" in alinea"#, "words are near each other in a sentence or an article, not 'alinea'", "alinea"),
        (#"articles where date contains "a" within 3 of "b""#, "'date' is a date; compare it with =, <, >, in or between", #"date contains "a" within 3 of "b""#),
    ])
    func mistakesAreReportedAtTheirPlace(query: String, message: String, pointed: String) {
        #expect(Fixtures.diagnostic(query)?.message == message)
        #expect(Fixtures.pointedText(query) == pointed)
    }
}
