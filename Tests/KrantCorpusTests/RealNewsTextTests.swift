import Testing
@testable import KrantCorpus

/// The habits of real reporting that the seed corpus does not show: timestamps and datelines, openings that
/// look back at earlier events, quotes, lists, photo credits and bylines. Sentences written for these tests.
@Suite("Real news text")
struct RealNewsTextTests {
    private func article(_ text: String) -> (corpus: Corpus, article: Article) {
        let corpus = Corpus(texts: [text])
        return (corpus, corpus.articles[0])
    }

    @Test(arguments: [
        // A timestamp beats every event date around it.
        ("Kabinet zoekt steun\n\ndonderdag 24 februari 2022, 21:33\n\nOp 17 juli 2014 verongelukte vlucht MH17 boven Oost-Oekraïne.",
         "2022-02-24", DateProvenance.timestamp),
        ("Onderzoek naar ramp\n\nBijgewerkt 3-6-2019 14:05. Op 17 juli 2014 stortte vlucht MH17 neer.", "2019-06-03", .timestamp),
        // A dateline, also after a sub-heading, and without a year (the opening's latest year is taken).
        ("Troepen trekken terug\n\nTussenkop over de grens\n\nMoskou, 3 juni – Het leger meldt dat de oefening van mei 2021 voorbij is.",
         "2021-06-03", .dateline),
        ("Gesprek in het Kremlin\n\nMoskou – Op 20 juni 2024 ontving de president zijn gast.", "2024-06-20", .dateline),
        // Several event dates: the latest, not the first.
        ("Vijf jaar na de ramp\n\nNa de ramp op 17 juli 2014 sprak de minister op 12 maart 2019 met nabestaanden.", "2019-03-12", .text),
        ("Verkiezingen\n\nIn maart 2021 en in november 2023 koos Nederland een nieuwe Kamer.", "2023-11", .text),
    ])
    func publicationDates(text: String, date: String, provenance: DateProvenance) throws {
        let (_, article) = article(text)
        #expect(article.date == (try CorpusDate(parsing: date)))
        #expect(article.dateProvenance == provenance)
    }

    @Test func aMonthNameAloneIsNoDateAndUndatedArticlesAreNoLoadProblems() {
        let (corpus, article) = article("Nieuwe regels\n\nIn mei gaan de regels in, zegt de minister.")
        #expect(article.date == nil && article.dateProvenance == .none)
        #expect(corpus.report.issues.isEmpty)
    }

    @Test(arguments: [
        ("De minister was duidelijk. \"Wij sturen geen troepen,\" zei hij. 'Nooit.' Daarna vertrok ze.",
         ["De minister was duidelijk.", "\"Wij sturen geen troepen,\" zei hij.", "'Nooit.'", "Daarna vertrok ze."]),
        ("Hij zei het zelf: \"Wij blijven.\" Zo ging het.", ["Hij zei het zelf: \"Wij blijven.\"", "Zo ging het."]),
        ("De eisen van de bond:\n1. Meer loon voor iedereen\n2. Kortere werkweken\n3. Vaste contracten",
         ["De eisen van de bond:", "1. Meer loon voor iedereen", "2. Kortere werkweken", "3. Vaste contracten"]),
        ("Wat er verandert:\n• hogere accijns op tabak\n• lagere btw op groente\n- een nieuwe heffing",
         ["Wat er verandert:", "• hogere accijns op tabak", "• lagere btw op groente", "- een nieuwe heffing"]),
    ])
    func sentencesOfQuotesAndLists(text: String, expected: [String]) {
        let corpus = Corpus(texts: ["date 2022 " + text])
        #expect(corpus.sentences.map { String(corpus.text(of: $0)) } == expected)
    }

    @Test func photoCreditsAreCaptionsAndABylineNamesTheAuthor() {
        let text = """
            Boeren protesteren in Den Haag

            Door Frank van Vliet en Anna de Wit

            Duizenden boeren trokken dinsdag naar het Malieveld.

            Trekkers op de snelweg bij Utrecht. © ANP

            Een boer spreekt de menigte toe Ⓒ Hollandse Hoogte

            ANP

            Het kabinet wil met de boeren praten.
            """
        let (_, article) = article(text)
        #expect(article.paragraphs.map(\.kind) == [.title, .byline, .lead, .caption, .caption, .caption, .body])
        #expect(article.author == "Frank van Vliet en Anna de Wit")
    }

    @Test(arguments: ["Door de regen bleef het stil.", "Door Rusland gesteunde milities rukken op in het oosten van het land"])
    func aSentenceThatStartsWithDoorIsNoByline(paragraph: String) {
        #expect(Segmenter.author(ofByline: Substring(paragraph)) == nil)
    }
}
