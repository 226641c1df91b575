import Testing
@testable import KrantCorpus

@Suite("The seed corpus")
struct SeedCorpusTests {
    let corpus = SampleCorpus.corpus

    @Test func loadsEveryArticleWithoutIssues() {
        #expect(corpus.articles.count == 5)
        #expect(corpus.report.loaded == 5)
        #expect(corpus.report.issues.isEmpty)
    }

    @Test(arguments: [
        ("000", "2022-09", CorpusDate.Precision.month, DateProvenance.header),
        ("001", "2024-06-20", .day, .dateline),   // `Moskou – Op 20 juni 2024 …`
        ("002", "2022-02", .month, .header),
        ("003", "2021-12", .month, .header),
        ("004", "2022-01", .month, .header),
    ])
    func dates(prefix: String, date: String, precision: CorpusDate.Precision, provenance: DateProvenance) {
        let article = SampleCorpus.article(prefix)
        #expect(article.date?.description == date)
        #expect(article.date?.precision == precision)
        #expect(article.dateProvenance == provenance)
    }

    @Test(arguments: [
        ("000", "De Russische president Poetin kiest voor de vlucht naar voren, roept nieuwe soldaten op en dreigt met kernwapens."),
        ("001", "Poetin dreigt met nucleaire inzet om westerse steun aan Oekraïne te breken"),
        ("003", "Waarom verzamelt Rusland wapens en 100.000 militairen aan de grens met Oekraïne?"),
    ])
    func titles(prefix: String, title: String) {
        #expect(SampleCorpus.article(prefix).title == title)
    }

    @Test func segmentsOfArticle000() {
        let article = SampleCorpus.article("000")
        let kinds = article.paragraphs.map(\.kind)
        #expect(kinds.first == .lead)
        #expect(kinds.filter { $0 == .caption }.count == 2)
        let headings = article.paragraphs.filter { $0.kind == .heading }.map { String(article.text.utf8Slice($0.range)) }
        #expect(headings == ["India lijkt te draaien", "China wil geen gedoe - en al helemaal geen kernoorlog",
                             "Turkije spreekt zich duidelijker uit voor Oekraïne"])
        #expect(!kinds.contains(.title) && !kinds.contains(.related))
    }

    @Test func segmentsOfArticle004() {
        let article = SampleCorpus.article("004")
        let kinds = article.paragraphs.map(\.kind)
        let related = article.paragraphs.filter { $0.kind == .related }.map { String(article.text.utf8Slice($0.range)) }
        #expect(related.first == "Lees ook:")
        #expect(related.count == 5)
        #expect(kinds.last == .related)
        #expect(kinds.filter { $0 == .heading }.count == 3)
    }

    @Test func headlineAndLeadOfArticle001() {
        let article = SampleCorpus.article("001")
        #expect(article.paragraphs[0].kind == .title)
        #expect(article.paragraphs[1].kind == .lead)
        #expect(article.text.utf8Slice(article.paragraphs[1].range).hasPrefix("Moskou – Op 20 juni 2024"))
    }

    // The world gazetteer (issue 14) finds places, regions, media and parties the seed gazetteer did not know,
    // and Minsk as Wit-Rusland; each was checked against the text.
    @Test(arguments: [
        ("000", ["Rusland", "China", "Poetin", "Oekraïne", "India", "Borrell", "Turkije", "Xi Jinping", "Afrika",
                 "Erdogan", "EU", "Modi", "Algemene Vergadering", "AP", "Azië", "BBC", "Cherson", "Donetsk",
                 "Foreign Affairs", "François Godement", "Frankrijk", "Guterres", "Happymon Jacob",
                 "Montaigne Instituut", "Reuters", "VN", "VS", "Wang Yi", "Zaporizja"]),
        ("001", ["Rusland", "Poetin", "Oekraïne", "Zuid-Korea", "Noord-Korea", "NAVO", "Stoltenberg", "Chang Ho-jin",
                 "Charkiv", "Cherson", "China", "Donbas", "Vietnam"]),
        ("002", ["Rusland", "Poetin", "Oekraïne", "NAVO", "VS", "Oost-Europa", "Benelux", "Denis Volkov", "Donetsk",
                 "Echo Moskvy", "Europa", "Georgië", "Jelena Tsjernenko", "Kommersant", "Lavrov", "Loehansk",
                 "Stanitsia Loehanska", "Verenigd Koninkrijk", "Wit-Rusland"]),
        ("003", ["Rusland", "Oekraïne", "NAVO", "Blinken", "Lavrov", "Poetin", "VS", "Biden", "OVSE", "Duitsland",
                 "Europa", "Frankrijk", "Letland", "Lloyd Austin", "Merkel", "Sovjet-Unie", "Stoltenberg",
                 "Zuid-Korea", "Zweden"]),
        ("004", ["Rusland", "NAVO", "Oekraïne", "Poetin", "Stoltenberg", "Zweden", "Finland", "VS", "Ben Knapen",
                 "Georgië", "Ann Linde", "Brussel", "CDA", "Centraal-Azië", "Europa", "Kazachstan", "OVSE",
                 "Sanna Marin"]),
    ])
    func actorsPerArticle(prefix: String, expected: [String]) {
        #expect(SampleCorpus.actorNames(in: SampleCorpus.article(prefix)) == Set(expected))
    }

    @Test func navolgingIsNotNATO() {
        let article = SampleCorpus.article("000")
        #expect(article.text.contains("navolging"))
        #expect(!SampleCorpus.actorNames(in: article).contains("NAVO"))
    }

    @Test func navoSpellingsAndCompoundsCount() {
        let article = SampleCorpus.article("004")
        let forms = corpus.mentions[article.mentions].filter { corpus.actors[$0.actor].name == "NAVO" }
            .map { String(corpus.form(of: $0)) }
        #expect(forms.count == 13)
        #expect(Set(forms) == ["Navo"])
    }

    @Test func sentencesKeepClosingQuotesAndSplitMissingSpaces() {
        let article = SampleCorpus.article("000")
        let texts = corpus.sentences[article.sentences].map { String(corpus.text(of: $0)) }
        #expect(texts.contains("Daar voegde hij aan toe: ‘Ik bluf niet.’"))
        #expect(texts.contains("Inclusief kernwapens."))
        #expect(texts.contains("Beeld AP"))
        let caption = corpus.sentences[article.sentences].first { corpus.text(of: $0) == "Beeld AP" }
        #expect(caption?.segment == .caption)
    }

    @Test func indexesAreSortedAndConsistent() throws {
        let index = corpus.index
        let term = try #require(index.termID("kernwapens"))
        #expect(index.articles(withTerm: term).map { corpus.articles[Int($0)].id.prefix(3) } == ["000", "001"])
        for word in index.words(withTerm: term) {
            #expect(index.word(Int(word), has: term))
        }
        let navo = try #require(corpus.actors(named: "nato").first)
        #expect(navo.name == "NAVO")
        #expect(index.articles(ofActor: navo.id).count == 4)
        #expect(index.articlesByDate.map { corpus.articles[Int($0)].id.prefix(3) } == ["003", "004", "002", "000", "001"])
    }
}

@Suite("The actor table")
struct ActorTableTests {
    @Test func mostWidelyMentionedFirstWithDates() throws {
        let table = SampleCorpus.corpus.actorTable
        #expect(table.prefix(3).map(\.actor.name) == ["Rusland", "Poetin", "Oekraïne"])
        let navo = try #require(table.first { $0.actor.name == "NAVO" })
        #expect(navo.articles == 4)
        #expect(navo.mentions == 30)
        #expect(navo.first?.description == "2021-12")
        #expect(navo.last?.description == "2024-06-20")
        #expect(!table.contains { $0.actor.name == "Macron" }, "actors never mentioned are left out")
    }
}
