import Testing
@testable import KrantCorpus

/// Names the gazetteer does not know: where they begin and end, which spellings are one name, which single
/// words are names, and what kind each probably is. Sentences written for these tests; the gazetteer is empty
/// so that its growth never changes what they find.
@Suite("Unknown names")
struct UnknownNameTests {
    private static let noActors = Gazetteer(actors: [])

    private func corpus(_ texts: [String]) -> Corpus {
        Corpus(texts: texts, gazetteer: Self.noActors)
    }

    /// The unknown names of a text, in text order, one entry per mention.
    private func names(_ text: String) -> [String] {
        let corpus = corpus([text])
        return corpus.mentions.map { corpus.form(of: $0) }.map(String.init)
    }

    /// The unknown actors of a corpus, most widely mentioned first.
    private func actors(_ texts: [String]) -> [Actor] {
        corpus(texts).actorTable.map(\.actor)
    }

    @Test(arguments: [
        ("Loekasjenko", "Lukashenko", true), ("Loekashenko", "Lukashenko", true), ("Lukasjenko", "Loekasjenko", true),
        ("Zelensky", "Zelenski", true), ("Zelenskyy", "Zelenski", true), ("Zelenskij", "Zelensky", true),
        ("Tichanovskaja", "Tikhanovskaya", true), ("Tsjernenko", "Chernenko", true), ("Chodorkovski", "Khodorkovsky", true),
        ("Navalny", "Navalnyj", true), ("Sjojgoe", "Shoigu", true), ("Wladimir", "Vladimir", true), ("Aleksej", "Alexej", true),
        ("Ho-jin", "Hojin", true), ("Assad", "Asad", true),
        // Honest limits: Belarusian spelling and other vowels are other names to this rule.
        ("Tichanovskaja", "Tsikhanouskaya", false), ("Medvedev", "Medvedjev", false), ("Rutte", "Ruth", false),
    ])
    func spellingsShareAKeyOnlyByTheWrittenRule(first: String, second: String, merged: Bool) {
        #expect((NameKey.of(first) == NameKey.of(second)) == merged, "\(NameKey.of(first)) vs \(NameKey.of(second))")
    }

    @Test(arguments: [
        ("Oppositieleider Svetlana Tichanovskaja sprak de menigte toe.", ["Svetlana Tichanovskaja"]),
        ("Eurocommissaris Frans Timmermans kwam te laat.", ["Frans Timmermans"]),
        ("Commissievoorzitster Ursula sprak.", []),
        ("Ook Oud-premier Jan Peter Balkenende was er.", ["Jan Peter Balkenende"]),
        ("Dat zei Premier Mark Rutte, en PVV-leider Geert Wilders zweeg.", ["Mark Rutte", "Geert Wilders"]),
        ("Generaal Valeri Zaloezjny trok zich terug.", ["Valeri Zaloezjny"]),
        ("Nadat Aleksandr Loekasjenko had gewonnen, gingen duizenden de straat op.", ["Aleksandr Loekasjenko"]),
        ("Zowel Jean-Claude Juncker als Donald Tusk reageerden.", ["Jean-Claude Juncker", "Donald Tusk"]),
        ("Volgens Happymon Jacob gaat het goed.", ["Happymon Jacob"]),
        ("De Koude Oorlog is voorbij.", []),
    ])
    func titlesAndSentenceInitialWordsAreLeftOut(text: String, expected: [String]) {
        // `Ursula` alone is a single word, which one article does not prove to be a name.
        #expect(names(text) == expected)
    }

    @Test func spellingVariantsAreOneActorUnderTheMostFrequentSpelling() throws {
        let found = actors([
            "date 2020-08-10 Aleksandr Loekasjenko claimt de overwinning.",
            "date 2020-08-11 De Wit-Russische leider Aleksandr Loekasjenko weigert te praten.",
            "date 2020-08-12 Critici noemen Aleksandr Lukashenko de laatste dictator van Europa.",
            "date 2020-08-13 President Aleksandr Loekashenko reist naar Moskou.",
        ])
        let lukashenko = try #require(found.first)
        #expect(found.count(where: { $0.name.hasPrefix("Aleksandr") }) == 1)
        #expect(lukashenko.name == "Aleksandr Loekasjenko")
        #expect(lukashenko.forms.map(\.text) == ["Aleksandr Loekasjenko", "Aleksandr Lukashenko", "Aleksandr Loekashenko"])
        #expect(lukashenko.kind == .unknown && lukashenko.guessedKind == .person)
    }

    @Test func aSurnameAloneJoinsTheOnePersonItEnds() throws {
        let corpus = corpus([
            "date 2020-08-10 Aleksandr Loekasjenko claimt de overwinning.",
            "date 2020-08-11 Nadat Lukashenko de uitslag had bekendgemaakt, braken protesten uit.",
            "date 2020-08-12 De betogers eisen dat Loekasjenko opstapt.",
            "date 2020-08-13 Volgens de oppositie heeft Loekasjenko de verkiezing vervalst.",
        ])
        let actor = try #require(corpus.actors(named: "Lukashenko").first)
        #expect(actor.name == "Aleksandr Loekasjenko")
        #expect(Set(actor.forms.map(\.text)) == ["Aleksandr Loekasjenko", "Loekasjenko", "Lukashenko"])
        #expect(corpus.index.articles(ofActor: actor.id).count == 4)
    }

    /// Three articles with a capitalised word standing alone, not opening a sentence, and the word never in
    /// lowercase: that word is a name.
    private static let evidence = [
        "date 2023-10-08 De terreurorganisatie Hamas viel Israël binnen. De leiding van Hamas zweeg.",
        "date 2023-10-09 Het leger zegt dat Hamas gijzelaars heeft. De ECB houdt de rente gelijk.",
        "date 2023-10-10 Onderhandelaars uit Qatar spraken met Hamas. Volgens de ECB daalt de inflatie.",
        "date 2023-10-11 De Kamer debatteert in Doha. Ook de ECB en de Kamer zwijgen. In Qatar is het stil.",
        "date 2023-10-12 Qatar bemiddelt. De Kamer vergadert. Hamas reageert. In de kamer was het stil. Naar Doha dus.",
    ]

    @Test func singleWordsAreNamesOnlyWhenTheCorpusBearsItOut() {
        let found = Dictionary(uniqueKeysWithValues: actors(Self.evidence).map { ($0.name, $0.guessedKind) })
        #expect(found["Hamas"] == .organization)
        #expect(found["ECB"] == .organization)
        // After another word in two articles only; at the start of a sentence it proves nothing.
        #expect(found["Qatar"] == nil)
        // Written in lowercase once: a common word.
        #expect(found["Kamer"] == nil)
        #expect(found["Doha"] == nil)
    }

    @Test func aProvedSingleWordCountsAtTheStartOfASentenceTooAndMentionsStayInOrder() throws {
        let corpus = corpus(Self.evidence)
        let hamas = try #require(corpus.actors(named: "Hamas").first)
        // The last article names it only as its sentence's first word.
        #expect(corpus.index.articles(ofActor: hamas.id).count == 4)
        #expect(corpus.index.mentions(ofActor: hamas.id).count == 5)
        #expect(corpus.articles.map { corpus.mentions[$0.mentions].count(where: { $0.actor == hamas.id }) } == [2, 1, 1, 0, 1])
        for (position, sentence) in corpus.sentences.enumerated() {
            let mentions = corpus.mentions[sentence.mentions]
            #expect(mentions.allSatisfy { $0.sentence == position && $0.article == sentence.article })
            #expect(mentions.map(\.range.lowerBound) == mentions.map(\.range.lowerBound).sorted())
        }
        #expect(corpus.articles.map(\.mentions.count).reduce(0, +) == corpus.mentions.count)
    }

    @Test(arguments: [
        ("Oppositieleider Svetlana Tichanovskaja sprak in Vilnius.", "Svetlana Tichanovskaja", ActorKind.person),
        ("Het was rustig, schrijft Jelena Tsjernenko.", "Jelena Tsjernenko", .person),
        ("De journalist Happymon Jacob twijfelt.", "Happymon Jacob", .person),
        ("Het schip voer over de Zwarte Zee.", "Zwarte Zee", .place),
        ("De finale in het Olympisch Stadion was uitverkocht.", "Olympisch Stadion", .place),
        ("De demonstranten trokken naar Stanitsia Loehanska.", "Stanitsia Loehanska", .place),
        ("De Oekraïense Nationale Bank verlaagde de rente.", "Nationale Bank", .organization),
        ("Het Montaigne Instituut publiceerde een rapport.", "Montaigne Instituut", .organization),
        ("Dat meldde de Financial Times.", "Financial Times", .organization),
    ])
    func kindsAreGuessedFromSimpleCues(text: String, name: String, kind: ActorKind) throws {
        let actor = try #require(actors([text]).first { $0.name == name })
        #expect(actor.guessedKind == kind)
        #expect(actor.kind == .unknown)
    }

    /// Reporting on one story: people under titles and several spellings, an organisation, and places.
    @Test func theTopOfTheListIsPeopleAndOrganisations() {
        let found = actors([
            "date 2020-08-10 Oppositieleider Svetlana Tichanovskaja roept op tot staking. Aleksandr Loekasjenko zwijgt. De boten op de Zwarte Zee liggen stil.",
            "date 2020-08-11 Zowel Svetlana Tichanovskaja als de Europese Unie eisen nieuwe verkiezingen. Betogers trekken naar Plosjtsja Nezalezjnosti.",
            "date 2020-08-12 President Aleksandr Lukashenko sprak in Plosjtsja Nezalezjnosti. Agenten van het Vasiljev Fonds keken toe.",
            "date 2020-08-13 Svetlana Tichanovskaja reist naar Vilnius. Aleksandr Loekasjenko blijft, zei hij. Het Vasiljev Fonds betaalt.",
            "date 2020-08-14 Volgens Svetlana Tikhanovskaya is de uitslag vervalst. Het Vasiljev Fonds zwijgt.",
        ])
        #expect(found.prefix(3).map(\.name) == ["Svetlana Tichanovskaja", "Aleksandr Loekasjenko", "Vasiljev Fonds"])
        #expect(found.prefix(3).map(\.guessedKind) == [.person, .person, .organization])
        #expect(found.first { $0.name == "Plosjtsja Nezalezjnosti" }?.guessedKind == .place)
        #expect(found.first { $0.name == "Zwarte Zee" }?.guessedKind == .place)
    }
}
