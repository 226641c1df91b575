import Testing
import KrantCorpus
@testable import KrantQuery

@Suite("Concordance and timeline")
struct AnalysisTests {
    @Test func concordanceOfAWordShowsContextOnBothSides() throws {
        let corpus = Corpus(texts: ["date 2022-01 Eerst kernwapens. Dan meer over kernwapens en vrede."])
        let result = try Query.run(#"articles | kwic "kernwapens" width 14"#, on: corpus)
        #expect(result.kind == .concordance)
        #expect(result.columns == ["article", "date", "left", "hit", "right"])
        #expect(result.column("left") == [.text("Eerst"), .text("Dan meer over")])
        #expect(result.column("hit") == [.text("kernwapens"), .text("kernwapens")])
        #expect(result.column("right") == [.text(". Dan meer ove"), .text("en vrede.")])
    }

    @Test func concordanceStopsAtTheArticleEdges() throws {
        let corpus = Corpus(texts: ["date 2022 kernwapens", "date 2023 Iets over kernwapens"])
        let result = try Query.run(#"articles | kwic "kernwapens""#, on: corpus)
        #expect(result.rows.map { [$0[2], $0[4]] } == [[.text(""), .text("")], [.text("Iets over"), .text("")]])
    }

    @Test func concordanceTakesPrefixesPhrasesAndCompoundParts() throws {
        let corpus = Corpus(texts: ["date 2022 De Russische president en de NAVO-top over kernwapen en kernwapens."])
        #expect(try Query.run(#"articles | kwic "kernwapen*""#, on: corpus).column("hit") == [.text("kernwapen"), .text("kernwapens")])
        #expect(try Query.run(#"articles | kwic "Russische president""#, on: corpus).column("hit") == [.text("Russische president")])
        #expect(try Query.run(#"articles | kwic "top""#, on: corpus).column("hit") == [.text("NAVO-top")])
    }

    @Test func concordanceOfAnActorFindsEveryForm() throws {
        let result = try Query.run(#"sentences | kwic actor "Stoltenberg" | sort by hit"#, on: Fixtures.corpus)
        #expect(Set(result.column("hit").map(\.description)) == ["Stoltenberg", "Jens Stoltenberg"])
        #expect(result.rowCount == 7)
    }

    @Test func sortingByLeftUsesTheNearestWordFirst() throws {
        let corpus = Corpus(texts: ["date 2022 zeker b Poetin. Ook a Poetin. Maar c Poetin."])
        let result = try Query.run(#"articles | kwic actor "Poetin" width 30 | sort by left"#, on: corpus)
        #expect(result.column("left").map { $0.description.split(separator: " ").last.map(String.init) } == ["a", "b", "c"])
        let right = try Query.run(#"articles | kwic "zeker" | sort by right desc"#, on: corpus)
        #expect(right.rowCount == 1)
    }

    @Test func concordanceOnTheSeedCorpus() throws {
        let result = try Query.run(#"articles where text contains "kernwapens" | kwic "kernwapens""#, on: Fixtures.corpus)
        #expect(result.rowCount == 6)
        #expect(result.column("article").allSatisfy { ["000_7d7a0e2b2ca19402", "001_73a95e8d76c20340"].contains($0.description) })
    }

    @Test func timelineListsEveryPeriodWithZeros() throws {
        let result = try Query.run(#"articles where actor = "Poetin" | timeline by year"#, on: Fixtures.corpus)
        #expect(result.kind == .timeline)
        #expect(result.columns == ["year", "count"])
        #expect(result.column("count") == [.integer(1), .integer(3), .integer(0), .integer(1)])
        let months = try Query.run(#"articles | timeline"#, on: Fixtures.corpus)
        #expect(months.rowCount == 31)
        #expect(months.column("count").reduce(0) { if case .integer(let value) = $1 { $0 + value } else { $0 } } == 5)
    }

    @Test func timelineOfSeveralActorsHasAColumnEach() throws {
        let result = try Query.run(#"articles | timeline by year of "navo", "China""#, on: Fixtures.corpus)
        #expect(result.columns == ["year", "NAVO", "China"])
        #expect(result.rows.map { Array($0.dropFirst()) } == [[.integer(1), .integer(0)], [.integer(2), .integer(1)],
                                                             [.integer(0), .integer(0)], [.integer(1), .integer(1)]])
    }

    @Test func timelineByDaySaysWhatItLeavesOut() throws {
        let corpus = Corpus(texts: ["date 2022-01-30 a", "date 2022-02-02 b", "date 2022-02 c", "date 2022 d", "geen datum"])
        let result = try Query.run("articles | timeline by day", on: corpus)
        #expect(result.rowCount == 4)
        #expect(result.column("count") == [.integer(1), .integer(0), .integer(0), .integer(1)])
        // By hand: c (a month) and d (a year) have no day; the fifth article has no date at all.
        #expect(result.notes == ["left out 2 articles dated only to a month or year; timeline by month counts them",
                                 "left out 1 undated article"])
        let months = try Query.run("articles | timeline", on: corpus)
        #expect(months.column("count") == [.integer(1), .integer(2)])
        #expect(months.notes == ["left out 1 article dated only to a year; timeline by year counts them", "left out 1 undated article"])
        #expect(try Query.run("articles | timeline by year", on: corpus).notes == ["left out 1 undated article"])
    }

    @Test func timelineCountsALeftOutRowOnceAcrossColumns() throws {
        let corpus = Corpus(texts: ["date 2022-03-01 De NAVO.", "date 2022-03 De NAVO en China.", "date 2022-04 China."])
        let result = try Query.run(#"mentions | timeline by day of "NAVO", "China""#, on: corpus)
        // The two articles dated to a month hold three mentions (NAVO and China, then China), each counted once.
        #expect(result.notes == ["left out 3 mentions dated only to a month or year; timeline by month counts them"])
        #expect(try Query.run("articles where date = 2022-03-01 | timeline by day", on: corpus).notes.isEmpty)
    }

    @Test(arguments: [
        (#"articles | count by year | kwic "x""#, "'kwic' needs articles, sentences or mentions, but these rows are groups"),
        (#"articles | kwic "x" width 0"#, "'width' takes a number of characters from 1 to 1000"),
        (#"articles | kwic actor "Navoo""#, "unknown actor 'Navoo'"),
        (#"articles | timeline by week"#, "a timeline goes by day, month or year, not 'week'"),
        (#"articles | kwic kernwapens"#, "expected text in quotes after 'kwic', such as kwic \"kernwapens\", found 'kernwapens'"),
    ])
    func mistakes(query: String, message: String) {
        #expect(Fixtures.diagnostic(query)?.message == message)
    }
}

@Suite("Co-occurrence")
struct CooccurrenceTests {
    /// Eight sentences: NAVO and Rusland together three times, NAVO alone twice, Rusland alone once,
    /// China with Rusland once, and one sentence with nobody, which is outside the base: N = 7.
    static let corpus = Corpus(texts: [
        "date 2022-01 De NAVO en Rusland praten. De NAVO en Rusland zwijgen. Rusland en de NAVO.",
        "date 2022-02 De NAVO alleen. Weer de NAVO. Rusland alleen. China en Rusland. Niemand hier.",
    ])

    /// G², PMI and logDice worked out here from the contingency table, independently of krant's code; G² has
    /// the sign of observed minus expected.
    static func expected(together a: Double, first: Double, second: Double, units n: Double) -> (Double, Double, Double) {
        let b = first - a, c = second - a, d = n - first - second + a
        func term(_ observed: Double, _ expected: Double) -> Double { observed == 0 ? 0 : observed * log(observed / expected) }
        let g2 = 2 * (term(a, first * second / n) + term(b, first * (n - second) / n)
                      + term(c, (n - first) * second / n) + term(d, (n - first) * (n - second) / n))
        let sign: Double = a < first * second / n ? -1 : 1
        return (sign * g2, log(a * n / (first * second)) / log(2), 14 + log(2 * a / (first + second)) / log(2))
    }

    static func number(_ value: Value) -> Double? {
        if case .double(let number) = value { return number }
        return nil
    }

    @Test func measuresMatchTheContingencyTable() throws {
        let result = try Query.run(#"sentences | cooccur min 1"#, on: Self.corpus)
        #expect(result.kind == .cooccurrences)
        #expect(result.columns == ["actor", "partner", "together", "expected", "actor_count", "partner_count", "g2", "pmi", "logdice"])
        let navo = try #require(result.rows.first { $0[0] == .text("NAVO") || $0[1] == .text("NAVO") })
        #expect(navo[2] == .integer(3))
        // By hand: 3 together, 5 and 5 alone, N = 7; expected 25/7 ≈ 3.571, so they repel: G² ≈ −1.6457,
        // PMI = log2(21/25) ≈ −0.2515.
        let (g2, pmi, logDice) = Self.expected(together: 3, first: 5, second: 5, units: 7)
        #expect(abs(g2 - -1.6456575701) < 1e-9)
        #expect(abs(try #require(Self.number(navo[3])) - 25.0 / 7) < 1e-9)
        #expect(abs(try #require(Self.number(navo[6])) - g2) < 1e-9)
        #expect(abs(try #require(Self.number(navo[7])) - pmi) < 1e-9)
        #expect(abs(try #require(Self.number(navo[8])) - logDice) < 1e-9)
        #expect(result.rowCount == 2)
        #expect(result.notes == ["N = 7 sentences holding at least one of the mentions counted"])
    }

    @Test func repulsionHasANegativeG2AndRanksLast() throws {
        // China–Rusland: 1 together, expected 5/7, so attraction (G² ≈ +0.7376) ranks above NAVO–Rusland (≈ −1.6457).
        let result = try Query.run(#"sentences | cooccur min 1"#, on: Self.corpus)
        #expect(result.rows.map { Set([$0[0], $0[1]]) } == [[.text("Rusland"), .text("China")], [.text("NAVO"), .text("Rusland")]])
        #expect(abs(try #require(Self.number(result.rows[0][6])) - 0.7376042207) < 1e-9)
        #expect(abs(try #require(Self.number(result.rows[1][6])) - -1.6456575701) < 1e-9)
    }

    @Test func poetinAndNavoRepelInTheSeedCorpus() throws {
        let result = try Query.run(#"sentences | cooccur with "Poetin""#, on: Fixtures.corpus)
        // The base, counted separately: the sentences that hold a mention.
        #expect(try Query.run("mentions | sentences | count", on: Fixtures.corpus).count == 162)
        let navo = try #require(result.rows.last)
        // Together 4: three sentences name both, and in one "de president van Rusland" is Poetin by role.
        #expect([navo[1], navo[2], navo[4], navo[5]] == [.text("NAVO"), .integer(4), .integer(57), .integer(26)])
        // By hand: expected 57 · 26 / 162 ≈ 9.1481; PMI log2(4 · 162 / (57 · 26)) ≈ −1.1935; G² ≈ −5.9533.
        #expect(abs(try #require(Self.number(navo[3])) - 57.0 * 26 / 162) < 1e-9)
        #expect(abs(try #require(Self.number(navo[7])) - -1.1934797294) < 1e-9)
        #expect(abs(try #require(Self.number(navo[6])) - -5.9532522192) < 1e-9)
        let g2 = result.column("g2").compactMap(Self.number)
        #expect(g2 == g2.sorted(by: >), "strongest attraction first, repulsion last")
    }

    @Test func everyRowKindTakesTheSameBase() throws {
        let sentences = try Query.run(#"sentences | cooccur min 1"#, on: Self.corpus)
        for query in [#"mentions | cooccur min 1"#, #"articles | cooccur min 1"#] {
            let other = try Query.run(query, on: Self.corpus)
            #expect(other.rows == sentences.rows, "\(query)")
            #expect(other.notes == sentences.notes, "\(query)")
        }
        // In articles: both articles hold a mention, N = 2; NAVO 2, Rusland 2, together 2: expected 2, PMI 0.
        let articles = try Query.run(#"mentions | cooccur in article min 1 | where actor = "Rusland" and partner = "NAVO""#, on: Self.corpus)
        #expect(articles.rows.first.map { [$0[2], $0[3], $0[7]] } == [.integer(2), .double(2), .double(0)])
        #expect(articles.notes == ["N = 2 articles holding at least one of the mentions counted"])
    }

    @Test func aFilterOnMentionsFiltersThePairs() throws {
        // Mentions: Rusland (adjective) + NAVO; Rusland + NAVO; Rusland (metonym) + NAVO; NAVO; Rusland.
        let corpus = Corpus(texts: ["date 2022-01 De Russische regering en de NAVO praten. Rusland en de NAVO zwijgen. "
                                    + "Moskou en de NAVO. De NAVO alleen. Rusland alleen."])
        let all = try Query.run(#"mentions | cooccur min 1"#, on: corpus)
        #expect(all.rows.first.map { [$0[2], $0[4], $0[5]] } == [.integer(3), .integer(4), .integer(4)])
        // Names only: together once (sentence 2), NAVO in 4, Rusland in 2, N = 5: expected 8/5 = 1.6, PMI log2(5/8).
        let names = try Query.run(#"mentions where kind = name | cooccur min 1"#, on: corpus)
        let row = try #require(names.rows.first)
        #expect([row[2], row[3], row[4], row[5]] == [.integer(1), .double(1.6), .integer(2), .integer(4)])
        #expect(abs(try #require(Self.number(row[7])) - log2(5.0 / 8)) < 1e-9)
        #expect(abs(try #require(Self.number(row[6])) - -2.2314355131) < 1e-9)
    }

    @Test func aFocusInEveryUnitIsPointedOut() throws {
        let result = try Query.run(#"sentences where actor = "Rusland" | cooccur with "Rusland" min 1"#, on: Self.corpus)
        #expect(result.column("g2").allSatisfy { $0 == .double(0) })
        #expect(result.notes.count == 2)
        #expect(result.notes.last == "Rusland is mentioned in every one of these sentences, so no partner can be measured against it: "
                + #"G² and PMI are 0 throughout; for the whole corpus as reference, write: sentences | cooccur with "Rusland""#)
        // That reference: N = 7, so NAVO–Rusland is measured (−1.6457) and China–Rusland too.
        let reference = try Query.run(#"sentences | cooccur with "Rusland" min 1"#, on: Self.corpus)
        #expect(reference.notes.count == 1)
        #expect(abs(try #require(Self.number(reference.rows[1][6])) - -1.6456575701) < 1e-9)
    }

    @Test func minimumJointCountAndPartnersOfOneActor() throws {
        #expect(try Query.run(#"sentences | cooccur"#, on: Self.corpus).rowCount == 1)
        let partners = try Query.run(#"sentences | cooccur with "Rusland" min 1"#, on: Self.corpus)
        #expect(partners.column("actor") == [.text("Rusland"), .text("Rusland")])
        #expect(Set(partners.column("partner").map(\.description)) == ["NAVO", "China"])
    }

    @Test func articlesAsUnits() throws {
        let result = try Query.run(#"articles | cooccur in article min 1 | where partner = "China" or actor = "China""#, on: Self.corpus)
        #expect(result.rowCount == 2)
        #expect(result.column("together") == [.integer(1), .integer(1)])
    }

    @Test func measuresCanBeFilteredAndSorted() throws {
        // NAVO–Rusland: 14 + log2(6/10) ≈ 13.26; Rusland–China: 14 + log2(2/6) ≈ 12.42.
        let result = try Query.run(#"sentences | cooccur min 1 | where logdice > 13 | sort by pmi desc"#, on: Self.corpus)
        #expect(result.rows.map { [$0[0], $0[1]] } == [[.text("Rusland"), .text("NAVO")]])
        let sorted = try Query.run(#"sentences | cooccur min 1 | sort by pmi desc | select partner"#, on: Self.corpus)
        #expect(sorted.column("partner") == [.text("Rusland"), .text("NAVO")])
        #expect(try Query.run(#"sentences | cooccur min 1 | where g2 < 0"#, on: Self.corpus).rowCount == 1)
        #expect(Fixtures.diagnostic(#"sentences | cooccur in paragraph"#)?.message == "actors co-occur in a sentence or an article, not 'paragraph'")
    }

    @Test func seedCorpusPairs() throws {
        let result = try Query.run(#"sentences | cooccur | limit 1"#, on: Fixtures.corpus)
        #expect(result.rows.first.map { [$0[0], $0[1], $0[2]] } == [.text("Noord-Korea"), .text("Zuid-Korea"), .integer(4)])
    }
}

import Foundation

@Suite("Word lists")
struct WordListTests {
    static let corpus = Corpus(texts: [
        "date 2022-01 Kernwapens en kernwapens. De raket vliegt.",
        "date 2022-02 De raket en de raket. Vrede nu.",
        "date 2022-03 Vrede 2022 en vrede.",
    ])

    @Test func termsCountWordsAndDocumentsWithoutStopwordsOrNumbers() throws {
        let result = try Query.run("articles | terms", on: Self.corpus)
        // Term, count and documents; per_million and dp are pinned in DispersionTests.
        #expect(result.rows.map { [$0[0], $0[1], $0[3]] } == [[.text("raket"), .integer(3), .integer(2)], [.text("vrede"), .integer(3), .integer(2)],
                                [.text("kernwapens"), .integer(2), .integer(1)], [.text("vliegt"), .integer(1), .integer(1)]])
        let all = try Query.run("articles | terms top 2 with stopwords", on: Self.corpus)
        #expect(all.column("term") == [.text("de"), .text("en")])
    }

    @Test func keywordsHaveTheSignOfTheDifference() throws {
        let result = try Query.run(#"articles where id = "1" | keywords top 10"#, on: Self.corpus)
        let keyness = Dictionary(uniqueKeysWithValues: result.rows.map { ($0[0].description, $0[3]) })
        guard case .double(let kernwapens) = keyness["kernwapens"], case .double(let raket) = keyness["raket"] else {
            Issue.record("missing terms"); return
        }
        #expect(kernwapens > 0)
        #expect(raket < 0, "1 in 6 words here against 2 in 11 elsewhere: relatively rarer here")
        // Worked out by hand: 2 of 6 words here, 0 of the other 11.
        let a = 2.0, b = 0.0, c = 6.0, d = 11.0
        let expected = 2 * a * log(a / (c * (a + b) / (c + d)))
        #expect(abs(kernwapens - expected) < 1e-9)
    }

    /// Words: de navo-top en de navo | rusland's leger en rusland || een top in 2022 en 5g.
    static let compounds = Corpus(texts: ["date 2022-01 De navo-top en de NAVO. Rusland's leger en Rusland.",
                                          "date 2022-02 Een top in 2022 en 5g."])

    @Test func termsCountCompoundPartsAndGenitiveBasesAsSearchDoes() throws {
        let result = try Query.run("articles | terms", on: Self.compounds)
        let counts = Dictionary(uniqueKeysWithValues: result.rows.map { ($0[0].description, [$0[1], $0[3]]) })
        // By hand: navo in navo-top and NAVO; top in navo-top and top (two articles); rusland in rusland's and Rusland.
        #expect(counts["navo"] == [.integer(2), .integer(1)])
        #expect(counts["top"] == [.integer(2), .integer(2)])
        #expect(counts["rusland"] == [.integer(2), .integer(1)])
        #expect(counts["navo-top"] == [.integer(1), .integer(1)])
        #expect(counts["rusland's"] == [.integer(1), .integer(1)])
        for term in ["navo", "top", "rusland", "navo-top", "rusland's"] {
            #expect(try Query.run(#"articles | kwic "\#(term)""#, on: Self.compounds).rowCount == counts[term]?.first.flatMap {
                if case .integer(let value) = $0 { value } else { nil }
            }, "\(term)")
        }
        let whole = try Query.run("articles | terms whole forms", on: Self.compounds)
        let wholeCounts = Dictionary(uniqueKeysWithValues: whole.rows.map { ($0[0].description, $0[1]) })
        #expect(["navo", "top", "rusland", "navo-top", "rusland's"].map { wholeCounts[$0] } == Array(repeating: .integer(1), count: 5))
    }

    @Test func termsAgreeWithSearchOnTheSeedCorpus() throws {
        let result = try Query.run("articles | terms top 40", on: Fixtures.corpus)
        for row in result.rows {
            #expect(try Query.run(#"articles | kwic "\#(row[0].description)" | count"#, on: Fixtures.corpus).count
                    == { if case .integer(let value) = row[1] { value } else { -1 } }(), "\(row[0])")
        }
    }

    @Test func numbersAreKeptOnlyWhenAskedFor() throws {
        let plain = try Query.run("articles | terms with stopwords", on: Self.compounds).column("term")
        #expect(!plain.contains(.text("2022")) && !plain.contains(.text("5g")))
        let numbers = try Query.run("articles | terms with numbers", on: Self.compounds)
        #expect(numbers.rows.filter { ["2022", "5g"].contains($0[0].description) }.map { [$0[0], $0[1], $0[3]] } == [[.text("2022"), .integer(1), .integer(1)],
                                                                                         [.text("5g"), .integer(1), .integer(1)]])
        #expect(!numbers.column("term").contains(.text("de")))
        let keywords = try Query.run(#"articles where id = "2" | keywords with numbers"#, on: Self.compounds).column("term")
        #expect(keywords.contains(.text("2022")))
    }

    @Test func keywordsCountPartsOnBothSides() throws {
        // 6 words each: "De navo-top begon. De navo sprak." and "Vrede en rust. De navo zweeg."
        let corpus = Corpus(texts: ["date 2022-01 De navo-top begon. De navo sprak.", "date 2022-02 Vrede en rust. De navo zweeg."])
        let result = try Query.run(#"articles where id = "1" | keywords"#, on: corpus)
        let navo = try #require(result.rows.first { $0[0] == .text("navo") })
        // By hand: navo 2 of 6 here, 1 of 6 elsewhere; expected 1.5 each side: G² = 2(2 ln(2/1.5) + ln(1/1.5)) ≈ 0.3398,
        // log ratio log2((2/6) / (1/6)) = 1.
        #expect([navo[1], navo[2]] == [.integer(2), .integer(1)])
        guard case .double(let keyness) = navo[3], case .double(let logRatio) = navo[4] else { Issue.record("no measures"); return }
        #expect(abs(keyness - 2 * (2 * log(2 / 1.5) + log(1 / 1.5))) < 1e-9)
        #expect(abs(keyness - 0.3398) < 1e-4)
        #expect(abs(logRatio - 1) < 1e-9)
        // Whole forms: navo once here, once elsewhere: no difference.
        let whole = try Query.run(#"articles where id = "1" | keywords whole forms"#, on: corpus)
        #expect(whole.rows.first { $0[0] == .text("navo") }.map { [$0[1], $0[2], $0[3]] } == [.integer(1), .integer(1), .double(0)])
    }

    @Test func keywordsNeedARestOfTheCorpus() throws {
        let diagnostic = Fixtures.diagnostic("articles | keywords")
        #expect(diagnostic?.message == "'keywords' compares the rows with the rest of the corpus, and these rows hold all of it")
        #expect(diagnostic?.help == #"narrow the rows first, as in: articles where actor = "NAVO" | keywords"#)
        #expect(Fixtures.diagnostic("sentences | keywords", on: Self.corpus) != nil)
        // A word only in the rows still has a log ratio, with its zero taken as 0.5: log2((2/6) / (0.5/11)) ≈ 2.8745.
        let result = try Query.run(#"articles where id = "1" | keywords"#, on: Self.corpus)
        let kernwapens = try #require(result.rows.first { $0[0] == .text("kernwapens") })
        guard case .double(let logRatio) = kernwapens[4] else { Issue.record("no log ratio"); return }
        #expect(abs(logRatio - log2((2.0 / 6) / (0.5 / 11))) < 1e-9)
        #expect(abs(logRatio - 2.8744691179) < 1e-9)
    }

    @Test func ngramsStayWithinSentences() throws {
        let result = try Query.run("articles | ngrams 2", on: Self.corpus)
        #expect(result.rows.first == [.text("de raket"), .integer(3)])
        #expect(!result.column("ngram").contains(.text("kernwapens de")), "no n-gram across a sentence end")
        #expect(Fixtures.diagnostic("articles | ngrams 7")?.message == "'ngrams' takes a whole number from 2 to 5")
    }
}

@Suite("Stem search")
struct StemSearchTests {
    @Test func stemFindsEveryInflection() throws {
        #expect(try Fixtures.ids(#"articles where text contains ~"kernwapen""#) == ["000", "001"])
        let corpus = Corpus(texts: ["date 2022 De dreiging groeit.", "date 2022 Nieuwe dreigingen.", "date 2022 Wapens en wapenen.", "date 2022 Een wapen."])
        #expect(try Fixtures.ids(#"articles where text contains ~"dreiging""#, on: corpus) == ["1", "2"])
        #expect(try Fixtures.ids(#"articles where text contains ~"wapens""#, on: corpus) == ["3"])
        #expect(try Fixtures.ids(#"articles where text contains "wapens""#, on: corpus) == ["3"])
        #expect(try Query.run(#"articles | kwic ~"wapens""#, on: corpus).column("hit") == [.text("Wapens"), .text("wapenen")])
    }

    @Test func stemmedPhrasesAndTheScanAgree() throws {
        var scanned = QuerySession(corpus: Fixtures.corpus)
        scanned.usesIndexes = false
        for query in [#"sentences where text contains ~"nucleaire dreiging""#, #"articles where text contains ~"kernwapen""#,
                      #"sentences where text contains ~"Russische""#] {
            #expect(try Query.run(query, on: Fixtures.corpus).rows == (try scanned.run(query)[0]).rows, "\(query)")
        }
    }
}

@Suite("Explain")
struct ExplainTests {
    @Test func planNamesTheIndexAndRowCounts() throws {
        let result = try Query.run(#"articles where actor = "NAVO" and date < 2022-03 | explain"#, on: Fixtures.corpus)
        #expect(result.kind == .explanation)
        let plan = result.rows.filter { $0[0] == .text("plan") }
        #expect(plan.map { $0[1].description } == ["articles", #"where actor = "NAVO" and date < 2022-03"#, #"  actor = "NAVO""#, "  date < 2022-03"])
        #expect(plan.map { $0[2].description } == ["all articles", "the rows that satisfy the condition", "actor index", "article dates"])
        #expect(plan.map { $0[4] } == [.integer(5), .integer(3), .integer(4), .integer(3)])
    }

    @Test func evidenceShowsWhereEachRowMatched() throws {
        let result = try Query.run(#"articles where text contains "kernwapens" and actor = "Borrell" | explain"#, on: Fixtures.corpus)
        let matches = result.rows.filter { $0[0] == .text("match") }
        #expect(Set(matches.map { $0[5].description }) == ["000_7d7a0e2b2ca19402"])
        let word = try #require(matches.first { $0[1] == .text(#"text contains "kernwapens""#) })
        #expect(word[6] == .text("“kernwapens” at 116–126"))
        #expect(word[7].description.hasPrefix("De Russische president Poetin kiest"))
        let text = Fixtures.corpus.articles[0].text
        #expect(text.utf8Slice(116..<126) == "kernwapens")
        let actor = try #require(matches.first { $0[1] == .text(#"actor = "Borrell""#) })
        #expect(actor[6].description.hasPrefix("Borrell “Josep Borrell” at "))
    }

    @Test func explainComesLast() {
        #expect(Fixtures.diagnostic("articles | explain | count")?.message == "'explain' comes last, after the pipeline it explains")
    }
}
