import Testing
@testable import KrantCorpus

/// Role phrases resolve to the person who held the role on the article's date. The sentences are written for
/// these tests, in the style of news reporting.
@Suite("Role phrases")
struct RolePhraseTests {
    /// `name=form` of each role mention in one article.
    func roles(_ text: String, gazetteer: Gazetteer = .standard) -> [String] {
        let corpus = Corpus(texts: [text], gazetteer: gazetteer)
        return corpus.mentions.filter { $0.kind == .role }.map { "\(corpus.actors[$0.actor].name)=\(corpus.form(of: $0))" }
    }

    @Test(arguments: [
        ("date 2016-06-01\n\nDe Amerikaanse president sprak in Hiroshima.", ["Obama=Amerikaanse president"]),
        ("date 2019-06-01\n\nDe Amerikaanse president sprak in Osaka.", ["Trump=Amerikaanse president"]),
        ("date 2023-06-01\n\nDe Amerikaanse president sprak in Vilnius.", ["Biden=Amerikaanse president"]),
        ("date 2025-06-01\n\nDe Amerikaanse president sprak in Den Haag.", ["Trump=Amerikaanse president"]),
    ])
    func theAmericanPresidentDependsOnTheDate(text: String, expected: [String]) {
        #expect(roles(text) == expected)
    }

    @Test(arguments: [
        ("date 2019-03-01\n\nDe NAVO-chef waarschuwde voor Russische raketten.", ["Stoltenberg=NAVO-chef"]),
        ("date 2025-03-01\n\nDe Navo-chef waarschuwde voor Russische raketten.", ["Rutte=Navo-chef"]),
        ("date 2025-03-01\n\nDe secretaris-generaal van de NAVO opende de top.", ["Rutte=secretaris-generaal van de NAVO"]),
        ("date 2022-03-01\n\nDe Russische minister van Buitenlandse Zaken reisde naar Turkije.",
         ["Lavrov=Russische minister van Buitenlandse Zaken"]),
        ("date 2015-05-01\n\nDe premier van Nederland bezocht Kiev.", ["Rutte=premier van Nederland"]),
    ])
    func rolePhrasesTakeSeveralShapes(text: String, expected: [String]) {
        #expect(roles(text) == expected)
    }

    @Test(arguments: [
        // Undated: no date, no holder.
        "De Russische president sprak.",
        // The sentence names him anyway.
        "date 2022-03-01\n\nDe Russische president Poetin sprak.",
        "date 2022-03-01\n\nPoetin, de Russische president, sprak.",
        // Another time than the article's.
        "date 2022-03-01\n\nDe voormalige Amerikaanse president sprak.",
        "date 2022-03-01\n\nDe toenmalige Amerikaanse president sprak.",
        "date 2022-03-01\n\nDe Russische oud-president sprak.",
        // A month in which the office changed hands: two holders.
        "date 2021-01\n\nDe Amerikaanse president sprak.",
        // A role that several people hold at once.
        "date 2022-03-01\n\nDe Nederlandse eurocommissaris sprak.",
    ])
    func noPersonWhereTheRoleDoesNotSayWho(text: String) {
        #expect(roles(text).isEmpty)
    }

    @Test func theAdjectiveStillNamesTheCountry() {
        let corpus = Corpus(texts: ["date 2022-03-01\n\nDe Russische president sprak."])
        let mentions = corpus.mentions.map { "\(corpus.actors[$0.actor].name)/\($0.kind.rawValue)" }
        #expect(mentions == ["Rusland/adjective", "Poetin/role"])
    }

    @Test func aRoleMentionRecordsTheTermThatGaveIt() throws {
        let corpus = Corpus(texts: ["date 2025-03-01\n\nDe NAVO-chef sprak."])
        let mention = try #require(corpus.mentions.first { $0.kind == .role })
        let term = corpus.actors[mention.actor].roles[try #require(mention.roleTerm)]
        #expect(term.description == "secretaris-generaal of NAVO, since 2024-10-01")
    }

    @Test func aUserGazetteerAddsRolesAndHolders() throws {
        let extra = try Gazetteer(yaml: """
            - role: burgemeester
              forms: [burgemeester, burgervader]
            - name: Amsterdam
              kind: place
              adjectives: [Amsterdamse]
            - name: Halsema
              kind: person
              forms: [Femke Halsema]
              roles: [{role: burgemeester, of: Amsterdam, from: 2018-07-12}]
            """, path: "city.yaml")
        let gazetteer = Gazetteer.standard.merging(extra)
        try gazetteer.validate(path: "merged")
        #expect(roles("date 2024-05-01\n\nDe Amsterdamse burgemeester opende het festival.", gazetteer: gazetteer)
                == ["Halsema=Amsterdamse burgemeester"])
        #expect(roles("date 2017-05-01\n\nDe Amsterdamse burgemeester opende het festival.", gazetteer: gazetteer).isEmpty)
    }
}
