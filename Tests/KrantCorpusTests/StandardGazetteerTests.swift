import Testing
@testable import KrantCorpus

/// The world-sized standard gazetteer: its checks, its coverage, and the matching rules it relies on (case,
/// ambiguity, leftmost-longest match). The sentences are written for these tests.
@Suite("Standard gazetteer")
struct StandardGazetteerTests {
    func mentions(_ text: String, gazetteer: Gazetteer = .standard) -> [String] {
        let corpus = Corpus(texts: [text], gazetteer: gazetteer)
        return corpus.mentions.filter { corpus.actors[$0.actor].kind != .unknown }
            .map { "\(corpus.actors[$0.actor].name)=\(corpus.form(of: $0))" }
    }

    @Test func itPassesItsOwnChecks() throws {
        try Gazetteer.standard.validate(path: "<standard gazetteer>")
    }

    @Test func itIsWorldSized() {
        let standard = Gazetteer.standard
        func count(_ kind: ActorKind) -> Int { standard.actors.filter { $0.kind == kind }.count }
        #expect(count(.country) >= 193)
        #expect(count(.person) >= 300)
        #expect(count(.organization) >= 150)
        #expect(standard.actors.flatMap(\.roles).count >= 300)
        #expect(standard.roles.count >= 20)
    }

    @Test(arguments: [
        "Israël", "Hamas", "Qatar", "Loekasjenko", "VVD", "Netanyahu", "Wilders", "PVV", "Schoof", "Openbaar Ministerie",
        "België", "Von der Leyen", "Syrië", "ECB", "Denemarken", "Taiwan", "IAEA", "Hezbollah", "Taliban", "IMF", "WHO",
    ])
    func theMostFrequentActorsOfRealNewsAreKnown(name: String) {
        #expect(mentions("Het gesprek ging over \(name).") == ["\(name)=\(name)"])
    }

    @Test(arguments: [
        ("Putin en Putins plannen.", ["Poetin=Putin", "Poetin=Putins"]),
        ("De Turken en de Britten, de Duitsers en een Amerikaan.", ["Turkije=Turken", "Verenigd Koninkrijk=Britten", "Duitsland=Duitsers", "VS=Amerikaan"]),
        ("Een Oekraïner in Minsk.", ["Oekraïne=Oekraïner", "Wit-Rusland=Minsk"]),
        ("Het Elysée en Westminster zwegen.", ["Frankrijk=Elysée", "Verenigd Koninkrijk=Westminster"]),
        ("Uit de palestijnse gebieden kwamen Palestijnen.", ["Palestina=Palestijnen"]),
    ])
    func formsOfKnownActorsAreFound(text: String, expected: [String]) {
        #expect(mentions(text).filter { expected.contains($0) } == expected)
    }

    @Test(arguments: [
        // A longer known name wins over a shorter one inside it.
        ("De Wit-Russen demonstreerden.", ["Wit-Rusland=Wit-Russen"]),
        ("Dat meldde The Washington Post.", ["The Washington Post=The Washington Post"]),
        ("Schepen in de Oost-Chinese Zee en de Japanse Zee.", ["Oost-Chinese Zee=Oost-Chinese Zee", "Japanse Zee=Japanse Zee"]),
        ("In de staat Washington regent het.", ["Washington (staat)=staat Washington"]),
        // A role word of several words is no actor, so the department inside it is no ministry.
        ("De minister van Buitenlandse Zaken reisde af.", []),
        ("Het ministerie van Buitenlandse Zaken zweeg.", ["Ministerie van Buitenlandse Zaken=ministerie van Buitenlandse Zaken"]),
    ])
    func theLongestNameWins(text: String, expected: [String]) {
        #expect(mentions(text) == expected)
    }

    @Test(arguments: [
        // Forms listed as exact match only as written; up to three capitals only in capitals.
        ("De oppositiealliantie INDIA won zetels in India.", ["INDIA-alliantie=INDIA", "India=India"]),
        ("Vooruit wil vooruit.", ["Vooruit=Vooruit"]),
        ("Volt haalde zetels; de spanning liep op tot 230 volt.", ["Volt=Volt"]),
        ("Het OM zegt dat het om geld gaat.", ["Openbaar Ministerie=OM"]),
        ("IS eiste de aanslag op; het is onduidelijk.", ["Islamitische Staat=IS"]),
        ("De PVDA en de PvdA.", ["PVDA-PTB=PVDA", "PvdA=PvdA"]),
    ])
    func capitalsDecideWhereTheGazetteerSaysSo(text: String, expected: [String]) {
        #expect(mentions(text) == expected)
    }

    @Test(arguments: [
        // Written in the gazetteer: Washington is the American government; Georgia the American state; Brussel the city.
        ("Washington dreigt met sancties.", ["VS=Washington"]),
        ("Washington DC is de hoofdstad.", ["Washington D.C.=Washington DC"]),
        ("In Georgia wordt geteld.", ["Georgia (VS)=Georgia"]),
        ("Brussel is een stad.", ["Brussel=Brussel"]),
    ])
    func ambiguousFormsFollowTheGazetteer(text: String, expected: [String]) {
        #expect(mentions(text) == expected)
    }

    @Test func aFormEveryHolderDeclaresAmbiguousNamesNone() throws {
        let gazetteer = try Gazetteer(yaml: """
            - name: Springfield (Illinois)
              kind: place
              forms: [Springfield]
              ambiguous: [Springfield]
            - name: Springfield (Missouri)
              kind: place
              forms: [Springfield]
              ambiguous: [Springfield]
            """, path: "places.yaml")
        try gazetteer.validate(path: "places.yaml")
        #expect(mentions("Springfield is groot.", gazetteer: gazetteer).isEmpty)
    }

    @Test func aSharedFormMustBeDeclared() throws {
        let gazetteer = try Gazetteer(yaml: """
            - name: Alfa
              kind: organization
              forms: [AB Groep]
            - name: Beta
              kind: organization
              forms: [ab groep]
            """, path: "clash.yaml")
        #expect {
            try gazetteer.validate(path: "clash.yaml")
        } throws: { error in
            "\(error)".contains("clash.yaml") && "\(error)".contains("Alfa, Beta") && "\(error)".contains("ambiguous")
        }
    }

    @Test func aUserFileTakesAFormFromTheStandardActor() throws {
        let extra = try Gazetteer(yaml: "- name: Russische regering\n  kind: organization\n  forms: [Kremlin]\n", path: "extra.yaml")
        let merged = Gazetteer.standard.merging(extra)
        try merged.validate(path: "merged")
        #expect(mentions("Het Kremlin zweeg.", gazetteer: merged) == ["Russische regering=Kremlin"])
    }

    @Test func roleErrorsNameTheirProblem() throws {
        let unknownRole = try Gazetteer(yaml: """
            - name: Jansen
              kind: person
              roles: [{role: burgemeester, of: Nederland, from: 2020-01-01}]
            - name: Nederland
              kind: country
            """, path: "roles.yaml")
        #expect(throws: GazetteerError.self) { try unknownRole.validate(path: "roles.yaml") }
        #expect(throws: GazetteerError.self) {
            _ = try Gazetteer(yaml: "- name: Jansen\n  kind: person\n  roles: [{role: premier, of: Nederland, from: 2020-13-01}]\n", path: "roles.yaml")
        }
        let overlapping = try Gazetteer(yaml: """
            - role: premier
            - name: Nederland
              kind: country
            - name: Jansen
              kind: person
              roles: [{role: premier, of: Nederland, from: 2020-01-01, to: 2022-01-01}]
            - name: Pietersen
              kind: person
              roles: [{role: premier, of: Nederland, from: 2021-06-01}]
            """, path: "roles.yaml")
        #expect {
            try overlapping.validate(path: "roles.yaml")
        } throws: { error in
            "\(error)".contains("Jansen and Pietersen")
        }
    }
}
