import Testing
import KrantCorpus
@testable import KrantQuery

@Suite("Evaluator on the seed corpus")
struct EvaluatorTests {
    @Test func navoBeforeMarch2022() throws {
        #expect(try Fixtures.ids(#"articles where actor = "NAVO" and date < 2022-03"#) == ["002", "003", "004"])
    }

    @Test(arguments: ["NAVO", "navo", "NATO", "Navo"])
    func actorNamesMatchAnySpelling(name: String) throws {
        #expect(try Fixtures.ids("articles where actor = \"\(name)\"") == ["001", "002", "003", "004"])
    }

    @Test(arguments: ["Oekraïne", "Oekraine", "oekraïne", "OEKRAINE"])
    func actorNamesIgnoreAccents(name: String) throws {
        #expect(try Query.run("articles where actor = \"\(name)\" | count", on: Fixtures.corpus).count == 5)
    }

    @Test func actorInAndNot() throws {
        #expect(try Fixtures.ids(#"articles where actor in ("China", "India") and not actor = "VS""#) == ["001"])
        #expect(try Fixtures.ids(#"articles where actor != "NAVO""#) == ["000"])
    }

    @Test func sentencesWhereTwoActorsMeet() throws {
        let result = try Query.run(#"sentences where actor = "Poetin" and actor = "NAVO""#, on: Fixtures.corpus)
        // Four: in one of them "de president van Rusland" is Poetin by role.
        #expect(result.count == 4)
        for sentence in result.sentences {
            let actors = Set(Fixtures.corpus.mentions[sentence.mentions].map { Fixtures.corpus.actors[$0.actor].name })
            #expect(actors.isSuperset(of: ["Poetin", "NAVO"]))
        }
    }

    @Test(arguments: [
        ("date < 2022-01", ["003"]),
        ("date <= 2022-01", ["003", "004"]),
        ("date > 2022-02", ["000", "001"]),
        ("date >= 2022-09", ["000", "001"]),
        ("date = 2022", ["000", "002", "004"]),
        ("date = 2022-09", ["000"]),
        ("date = 2024-06", ["001"]),
        ("date = 2024-06-20", ["001"]),
        ("date = 2024-06-21", []),
        ("date != 2022", ["001", "003"]),
        ("date < 2024-06-20", ["000", "002", "003", "004"]),
        ("date > 2024-06-19", ["001"]),
        ("date between 2021-12 and 2022-01", ["003", "004"]),
        ("date between 2022 and 2024", ["000", "001", "002", "004"]),
        ("date in (2021-12, 2024)", ["001", "003"]),
        ("date >= 2022-01 and date <= 2022-12", ["000", "002", "004"]),
    ])
    func datesAreIntervals(condition: String, expected: [String]) throws {
        #expect(try Fixtures.ids("articles where \(condition)") == expected)
    }

    @Test func undatedRowsSatisfyNoDateComparison() throws {
        let corpus = Corpus(texts: ["Kop\n\nGeen datum.", "date 2022-03 De NAVO."])
        #expect(try Fixtures.ids("articles where date < 2030", on: corpus) == ["2"])
        #expect(try Fixtures.ids("articles where date != 2030", on: corpus) == ["2"])
        #expect(try Fixtures.ids("articles where not date < 2030", on: corpus) == ["1"])
    }

    @Test(arguments: [
        (#"text contains "kernwapens""#, ["000", "001"]),
        (#"text contains "oekraine""#, ["000", "001", "002", "003", "004"]),
        (#"text contains "kernwapen*""#, ["000", "001"]),
        (#"text contains "Russische president""#, ["000", "001", "002", "004"]),
        (#"text contains "president Russische""#, []),
        (#"text contains "top""#, ["000", "003"]),
        (#"text contains "navolging""#, ["000"]),
        (#"text contains "Rusland""#, ["000", "001", "002", "003", "004"]),
        (#"title contains "oekraine""#, ["001", "003", "004"]),
        (#"title matches /^Poetin/"#, ["001"]),
        (#"title matches /^poetin/i"#, ["001"]),
        (#"id = "003_8378A970515A9ECE""#, ["003"]),
        ("words > 800", ["002"]),
        ("words between 500 and 700", ["003", "004"]),
        ("provenance = dateline", ["001"]),
        ("provenance = text", []),
    ])
    func articleConditions(condition: String, expected: [String]) throws {
        #expect(try Fixtures.ids("articles where \(condition)") == expected)
    }

    @Test func phraseMatchesConsecutiveWordsWithinOneSentence() throws {
        let corpus = Corpus(texts: ["date 2022 De Russische president sprak.", "date 2022 Het is Russische. President sprak.",
                                    "date 2022 De NAVO-top begon."])
        #expect(try Fixtures.ids(#"articles where text contains "russische president""#, on: corpus) == ["1"])
        #expect(try Fixtures.ids(#"articles where text contains "navo""#, on: corpus) == ["3"])
        #expect(try Fixtures.ids(#"sentences where text contains "president" | count"#, on: corpus).isEmpty)
        #expect(try Query.run(#"sentences where text contains "president" | count"#, on: corpus).count == 2)
    }

    /// Sentences: 1 "De Russische oud-president sprak", 2 "De Russische president zweeg", 3 "Een navo-top in Riga",
    /// 4 "Rusland's leger", 5 "De ex-oud-president-kandidaat kwam".
    static let compounds = Corpus(texts: ["date 2022 De Russische oud-president sprak. De Russische president zweeg. "
                                          + "Een navo-top in Riga. Rusland's leger. De ex-oud-president-kandidaat kwam."])

    /// A compound's parts are consecutive words of a phrase, worked out by hand per sentence; the index and a
    /// scan of the text must agree.
    @Test(arguments: [
        ("Russische president", [2]),
        ("Russische oud", [1]),
        ("oud president", [1, 5]),
        ("Russische oud-president", [1]),
        ("Russische oud president", [1]),
        ("de russische oud", [1]),
        ("navo top", [3]),
        ("een navo", [3]),
        ("top in riga", [3]),
        ("een top", []),
        ("rusland leger", [4]),
        ("ex president", []),
        ("president kandidaat kwam", [5]),
        ("de oud", []),
        ("oud pres*", [1, 5]),
    ])
    func aCompoundsPartsAreConsecutiveWordsOfAPhrase(phrase: String, sentences: [Int]) throws {
        let query = #"sentences where text contains "\#(phrase)""#
        var scanned = QuerySession(corpus: Self.compounds)
        scanned.usesIndexes = false
        for result in [try Query.run(query, on: Self.compounds), try scanned.run(query)[0]] {
            #expect(result.sentences.map { $0.range.lowerBound } == sentences.map { Self.compounds.sentences[$0 - 1].range.lowerBound },
                    "\(phrase)")
        }
    }

    @Test func aConcordanceHitSpansTheWordsOfItsMatch() throws {
        let hits = try Query.run(#"sentences | kwic "Russische oud president""#, on: Self.compounds).column("hit")
        #expect(hits == [.text("Russische oud-president")])
        #expect(try Query.run(#"sentences | kwic "president kandidaat kwam""#, on: Self.compounds).column("hit")
                == [.text("ex-oud-president-kandidaat kwam")])
    }

    @Test func sortLimitOffsetSelect() throws {
        #expect(try Fixtures.ids("articles | sort by date desc | limit 2") == ["001", "000"])
        #expect(try Fixtures.ids("articles | sort by date | limit 2 offset 1") == ["004", "002"])
        #expect(try Fixtures.ids("articles | order by words desc | limit 1") == ["002"])
        #expect(try Fixtures.ids("articles | limit 0").isEmpty)
        #expect(try Fixtures.ids("articles | limit 3 offset 100").isEmpty)
        let selected = try Query.run("articles | select id, words | limit 1", on: Fixtures.corpus)
        #expect(selected.columns == ["id", "words"])
        #expect(selected.rows == [[.text("000_7d7a0e2b2ca19402"), .integer(795)]])
    }

    @Test func countAndCountByMonthWithZeros() throws {
        #expect(try Query.run("articles | count", on: Fixtures.corpus).count == 5)
        let result = try Query.run(#"articles where actor = "Poetin" | count by month"#, on: Fixtures.corpus)
        #expect(result.columns == ["month", "count"])
        #expect(result.rowCount == 31)
        #expect(result.rows.first == [.date(try CorpusDate(parsing: "2021-12")), .integer(1)])
        #expect(result.rows[1] == [.date(try CorpusDate(parsing: "2022-01")), .integer(1)])
        #expect(result.rows[3] == [.date(try CorpusDate(parsing: "2022-03")), .integer(0)])
        #expect(result.rows.last == [.date(try CorpusDate(parsing: "2024-06")), .integer(1)])
    }

    @Test func countByFieldIsOrderedByCountThenKey() throws {
        let result = try Query.run(#"mentions where actor = "Rusland" | count by kind"#, on: Fixtures.corpus)
        #expect(result.rows == [[.text("name"), .integer(53)], [.text("adjective"), .integer(33)],
                                [.text("metonym"), .integer(12)], [.text("demonym"), .integer(1)]])
        let forms = try Query.run(#"mentions where actor = "Rusland" and kind = metonym | count by form"#, on: Fixtures.corpus)
        #expect(forms.rows == [[.text("Kremlin"), .integer(6)], [.text("Moskou"), .integer(6)]])
    }

    @Test func countByAMultiValuedFieldCountsEachValue() throws {
        let result = try Query.run("articles | count by actor | limit 3", on: Fixtures.corpus)
        #expect(result.column("count") == [.integer(5), .integer(5), .integer(5)])
        #expect(result.column("actor") == [.text("Oekraïne"), .text("Poetin"), .text("Rusland")])
    }

    @Test func countByTwoFieldsCountsEachCombination() throws {
        let result = try Query.run(#"mentions where actor = "Rusland" | count by kind, form | limit 4"#, on: Fixtures.corpus)
        #expect(result.column("kind") == [.text("name"), .text("adjective"), .text("metonym"), .text("metonym")])
        #expect(result.column("form") == [.text("Rusland"), .text("Russische"), .text("Kremlin"), .text("Moskou")])
        #expect(result.column("count") == [.integer(48), .integer(30), .integer(6), .integer(6)])
    }

    @Test func actorTableOverTheCurrentRows() throws {
        let result = try Query.run("articles | actors | sort by articles desc | limit 4", on: Fixtures.corpus)
        #expect(result.kind == .actors)
        #expect(result.column("name") == [.text("Rusland"), .text("Poetin"), .text("Oekraïne"), .text("NAVO")])
        let navo = try Query.run(#"articles where id = "004_6ccf7d9b56e9e077" | actors | where name = "NAVO""#, on: Fixtures.corpus)
        #expect(navo.rows == [[.text("NAVO"), .text("organization"), .integer(1), .integer(13),
                               .date(try CorpusDate(parsing: "2022-01")), .date(try CorpusDate(parsing: "2022-01")), .null, .null]])
    }

    @Test func actorsSourceListsTheGazetteer() throws {
        let result = try Query.run(#"actors where kind = person and articles = 0 | count"#, on: Fixtures.corpus)
        #expect(result.count > 0)
        let poetin = try Query.run(#"actors where name = "poetin" | select name, affiliation"#, on: Fixtures.corpus)
        #expect(poetin.rows == [[.text("Poetin"), .text("Rusland")]])
    }

    @Test func unknownNamesCarryAGuessedKind() throws {
        let people = try Query.run(#"actors where kind = unknown and guess = person | select name, guess"#, on: Fixtures.corpus)
        #expect(people.column("name").contains(.text("Happymon Jacob")))
        #expect(people.column("guess").allSatisfy { $0 == .text("person") })
        let places = try Query.run(#"actors where guess = place | select name"#, on: Fixtures.corpus)
        #expect(places.column("name") == [.text("Stanitsia Loehanska")])
        let known = try Query.run(#"actors where name = "NAVO" | select guess"#, on: Fixtures.corpus)
        #expect(known.rows == [[.null]])
    }

    @Test func expandingToSentencesAndMentions() throws {
        let sentences = try Query.run(#"articles where id = "003_8378a970515a9ece" | sentences | count"#, on: Fixtures.corpus)
        #expect(sentences.count == Fixtures.corpus.articles[3].sentences.count)
        let mentions = try Query.run(#"sentences where actor = "Lavrov" | mentions | where actor = "Lavrov" | count"#, on: Fixtures.corpus)
        #expect(mentions.count == 5)
        let back = try Query.run(#"mentions where actor = "Knapen" | sentences | count"#, on: Fixtures.corpus)
        #expect(back.count == 2)
    }

    @Test func segmentsAndMentionKinds() throws {
        let captions = try Query.run("sentences where segment = caption | count", on: Fixtures.corpus)
        #expect(captions.count == 4)
        let related = try Query.run(#"mentions where segment = related and actor = "Poetin" | count"#, on: Fixtures.corpus)
        #expect(related.count == 3)
    }

    @Test func letBindingsAreSources() throws {
        var session = QuerySession(corpus: Fixtures.corpus)
        let results = try session.run("let nato = articles where actor = \"NAVO\"\nnato | count by year\nnato where date = 2022 | count")
        #expect(results[0].binding == "nato")
        #expect(results[1].rows.map { $0[1] } == [.integer(1), .integer(2), .integer(0), .integer(1)])
        #expect(results[2].count == 2)
        #expect(session.bindings.map(\.name) == ["nato"])
    }

    @Test(arguments: [("sentences | sort by article desc, segment", 7, 3), ("articles | actors | sort by mentions desc", 5, 0),
                      ("mentions | sort by form", 0, 2), ("sentences | sort by segment desc", 1, 0)])
    func aLimitAfterASortKeepsTheFirstRowsOfTheFullSort(query: String, count: Int, offset: Int) throws {
        let full = try Query.run(query, on: Fixtures.corpus).relation.rows
        let limited = try Query.run(query + " | limit \(count) offset \(offset)", on: Fixtures.corpus).relation.rows
        #expect(full.count > 20)
        #expect(limited == Array(full.dropFirst(offset).prefix(count)))
    }

    @Test(arguments: ["articles | kwic \"de\"", "sentences | kwic actor \"Rusland\"", "articles | kwic ~\"kernwapen\""])
    func aLimitAfterAConcordanceKeepsItsFirstLines(query: String) throws {
        let full = try Query.run(query, on: Fixtures.corpus).rows
        let limited = try Query.run(query + " | limit 4 offset 2", on: Fixtures.corpus).rows
        #expect(full.count >= 6)
        #expect(limited == Array(full.dropFirst(2).prefix(4)))
    }

    @Test func sortTiesKeepCorpusOrder() throws {
        let result = try Query.run("articles | sort by provenance", on: Fixtures.corpus)
        // dateline < header: 001 is dated by its dateline, the rest by their headers, in corpus order.
        #expect(result.articleIDs.map { String($0.prefix(3)) } == ["001", "000", "002", "003", "004"])
    }
}

@Suite("Hostile queries")
struct HostileQueryTests {
    @Test func catastrophicRegexIsStoppedWithAClearError() {
        let corpus = Corpus(texts: ["date 2022 " + String(repeating: "a", count: 60) + "b."])
        let diagnostic = Fixtures.diagnostic("articles where text matches /(a+)+$/", on: corpus)
        #expect(diagnostic?.message == "the regular expression /(a+)+$/ took too long on one text and was stopped")
        #expect(diagnostic?.stage == .evaluation)
    }

    @Test func anInterruptedQueryStops() {
        var session = QuerySession(corpus: Fixtures.corpus)
        session.isCancelled = { true }
        #expect(throws: QueryError.self) { try session.run("articles where words > 1") }
    }

    @Test(arguments: ["sentences | cooccur", "articles | cooccur in article", "articles | kwic \"de\"",
                      "articles | terms", "articles | keywords", "sentences | ngrams 2", "articles | timeline by day",
                      "articles where text matches /navo/"])
    func everyLongStageStopsWhenInterrupted(query: String) {
        var session = QuerySession(corpus: Fixtures.corpus)
        session.isCancelled = { true }
        var message: String?
        do { _ = try session.run(query) } catch { message = error.diagnostic.message }
        #expect(message == "the query was interrupted")
    }

    @Test func hugeLimitsAndOffsetsAreFine() throws {
        #expect(try Fixtures.ids("articles | limit 9223372036854775807 offset 9223372036854775807").isEmpty)
        #expect(try Fixtures.ids("articles | limit 9223372036854775807").count == 5)
    }

    @Test func unicodeEverywhere() throws {
        #expect(try Fixtures.ids(#"articles where title contains "🙂 עברית e\#u{0301}""#).isEmpty)
        #expect(Fixtures.diagnostic("articles where fiéld = 1")?.message == "unknown field 'fiéld'")
        #expect(Fixtures.diagnostic("articles where x🙂 = 1")?.message == "unexpected character '🙂'")
        #expect(try Fixtures.ids(#"articles where text contains "Oekrai\#u{0308}ne""#).count == 5)
    }

    /// A word run into a character that cannot follow it is shown in quotes, as text is written.
    @Test func anUnquotedFileNameIsShownQuoted() {
        let diagnostic = Fixtures.diagnostic("articles | count by year | plot chart.svg")
        #expect(diagnostic?.message == "unexpected character '.'")
        #expect(diagnostic?.help == "text such as a file name is written in double quotes: \"chart.svg\"")
    }

    /// `count by actor, actor` pairs the actors of each row; each column shows its own member of the pair.
    @Test func aFieldCountedByTwiceHasTwoColumns() throws {
        let result = try Query.run("sentences | count by actor, actor", on: Fixtures.corpus)
        #expect(result.columns == ["actor", "actor_2", "count"])
        #expect(result.rows.contains { $0[0] != $0[1] })
    }

    @Test func zeroAndNegativeLimits() throws {
        #expect(try Fixtures.ids("articles | limit 0").isEmpty)
        #expect(try Fixtures.ids("articles | limit 0 offset 3").isEmpty)
        #expect(Fixtures.diagnostic("articles | limit -1")?.message == "'limit' takes a whole number of 0 or more")
        #expect(Fixtures.pointedText("articles | limit -1") == "-1")
        #expect(Fixtures.diagnostic("articles | limit 3 offset -2")?.message == "'offset' takes a whole number of 0 or more")
    }

    @Test func aLetCannotShadowASource() throws {
        for source in ["articles", "sentences", "mentions", "actors"] {
            let diagnostic = Fixtures.diagnostic("let \(source) = articles where actor = \"NAVO\"")
            #expect(diagnostic?.message == "'\(source)' is a reserved word and cannot name a result")
            #expect(diagnostic?.help == "choose another name, such as 'my_\(source)'")
        }
        var session = QuerySession(corpus: Fixtures.corpus)
        _ = try session.run("let nato = articles where actor = \"NAVO\"")
        _ = try session.run("let nato = articles where actor = \"Poetin\"")
        #expect(try session.run("nato").last?.articleIDs.count == Fixtures.ids("articles where actor = \"Poetin\"").count)
    }

    @Test func unicodeNamesRightToLeftTextAndEmoji() throws {
        var session = QuerySession(corpus: Fixtures.corpus)
        _ = try session.run("let ñandú = articles where actor = \"NAVO\"")
        _ = try session.run("let e\u{030A}x = articles")
        #expect(try session.run("ñandú | count").last?.count == 4)
        #expect(try session.run("e\u{030A}x | count").last?.count == 5)
        #expect(try Fixtures.ids("articles where text contains \"\u{200F}مرحبا\u{200E}\"").isEmpty)
        #expect(try Fixtures.ids("articles where title matches /🙂|ש/").isEmpty)
        let emojiActor = Fixtures.diagnostic("articles | timeline of \"🙂\"")
        #expect(emojiActor?.message == "unknown actor '🙂'")
        #expect(emojiActor?.help == nil)
    }

    @Test func aMegabyteQueryIsParsed() throws {
        let terms = Array(repeating: "words = 1", count: 80_000).joined(separator: " or ")
        #expect(terms.utf8.count > 1_000_000)
        #expect(try Fixtures.ids("articles where " + terms).isEmpty)
    }
}
