import Testing
@testable import KrantCorpus

@Suite("Text: folding, tokens, sentences, dates")
struct TextTests {
    @Test(arguments: [("Oekraïne", "oekraine"), ("NAVO", "navo"), ("Erdoğan", "erdogan"), ("François", "francois"),
                      ("Rusland’s", "rusland's"), ("ÉÇÅ", "eca")])
    func folding(text: String, folded: String) {
        #expect(Folding.fold(text) == folded)
    }

    @Test func tokensKeepCompoundsNumbersAndGenitives() {
        let tokens = Tokenizer.words(in: "De NAVO-top, 100.000 man en 2,5 procent; regio’s en Rusland’s plan.")
        let words = tokens.map(\.folded)
        #expect(words == ["de", "navo-top", "100.000", "man", "en", "2,5", "procent", "regio's", "en", "rusland's", "plan"])
        let compound = tokens.first { $0.folded == "navo-top" }!
        #expect(compound.compoundParts == ["navo", "top"])
        #expect(tokens.first { $0.folded == "rusland's" }!.apostropheGenitiveBase == "rusland")
        #expect(tokens.first { $0.folded == "100.000" }!.isNumber)
    }

    @Test func tokenOffsetsAreUTF8Bytes() {
        let text = "“Oekraïne” zegt"
        let tokens = Tokenizer.words(in: text)
        let word = tokens.first { $0.folded == "oekraine" }!
        #expect(text.utf8Slice(word.range) == "Oekraïne")
    }

    func sentences(_ text: String) -> [String] {
        let corpus = Corpus(texts: ["date 2022 " + text])
        return corpus.sentences.map { String(corpus.text(of: $0)) }
    }

    @Test(arguments: [
        ("Hij zei o.a. dat het kon. Toen ging hij.", ["Hij zei o.a. dat het kon.", "Toen ging hij."]),
        ("Volgens dr. Jansen en mr. Smit klopt het. Ja.", ["Volgens dr. Jansen en mr. Smit klopt het.", "Ja."]),
        ("Het gaat om ca. 60 procent. Of 2,5 miljoen.", ["Het gaat om ca. 60 procent.", "Of 2,5 miljoen."]),
        ("J. Stoltenberg sprak. Echt?", ["J. Stoltenberg sprak.", "Echt?"]),
        ("Hij zei: ‘Ik bluf niet.’ Daarna zweeg hij!", ["Hij zei: ‘Ik bluf niet.’", "Daarna zweeg hij!"]),
        ("„Komt het goed?” vroeg ze. Nee.", ["„Komt het goed?” vroeg ze.", "Nee."]),
        ("Dat rechtvaardigt.Inclusief kernwapens.", ["Dat rechtvaardigt.", "Inclusief kernwapens."]),
        ("Appels, peren, bijv. bananen etc. zijn fruit.", ["Appels, peren, bijv. bananen etc. zijn fruit."]),
    ])
    func sentenceSplitting(text: String, expected: [String]) {
        #expect(sentences(text) == expected)
    }

    @Test func datesAreIntervals() throws {
        let month = try CorpusDate(parsing: "2022-02")
        #expect(month.lastDay - month.firstDay == 27)
        let leap = try CorpusDate(parsing: "2024-02")
        #expect(leap.lastDay - leap.firstDay == 28)
        let year = try CorpusDate(parsing: "2022")
        #expect(year.firstDay == (try CorpusDate(parsing: "2022-01-01")).firstDay)
        #expect(year.lastDay == (try CorpusDate(parsing: "2022-12-31")).lastDay)
        #expect(try CorpusDate(parsing: "1970-01-01").firstDay == 0)
    }

    @Test(arguments: ["2022-13", "0000-00", "2022-02-30", "22-01", "2022-1", "abcd", ""])
    func impossibleDatesAreRejected(text: String) {
        #expect(throws: DateError.self) { try CorpusDate(parsing: text) }
    }

    @Test(arguments: [
        ("Kop zonder punt\n\nMoskou – Op 20 juni 2024 gebeurde het. Op 17 juni niet.", "2024-06-20"),
        ("Kop\n\nHet was 2023-05-04 toen het gebeurde.", "2023-05-04"),
        ("Kop\n\nIn juni 2024 begon het, op 3 juli 2024 eindigde het.", "2024-07-03"),
        ("Kop\n\nIn maart 2021 begon het.", "2021-03"),
    ])
    func inferredDates(text: String, expected: String) {
        let article = Corpus(texts: [text]).articles[0]
        #expect(article.date?.description == expected)
        #expect(article.dateProvenance.isInferred)
    }

    @Test func articleWithoutAnyDateIsUndated() {
        let corpus = Corpus(texts: ["Kop\n\nGeen datum hier."])
        #expect(corpus.articles[0].date == nil)
        #expect(corpus.articles[0].dateProvenance == DateProvenance.none)
        // Undated is no load problem: the summary counts undated articles once.
        #expect(corpus.report.issues.isEmpty)
    }
}
