import Testing
@testable import KrantCorpus

@Suite("Actor mentions")
struct MentionRuleTests {
    /// (canonical name, surface form, kind) of every mention in one made-up article.
    func mentions(_ text: String) -> [String] {
        let corpus = Corpus(texts: [text])
        return corpus.mentions.map { "\(corpus.actors[$0.actor].name)=\(corpus.form(of: $0))/\($0.kind.rawValue)" }
    }

    @Test(arguments: [
        ("De NAVO en de Navo en de nato vergaderen.", ["NAVO=NAVO/name", "NAVO=Navo/name", "NAVO=nato/name"]),
        ("Vladimir Poetin spreekt.", ["Poetin=Vladimir Poetin/name"]),
        ("Het ging om Wit-Rusland.", ["Wit-Rusland=Wit-Rusland/name"]),
        ("Noord-Korea schoot.", ["Noord-Korea=Noord-Korea/name"]),
        ("De NAVO-top begint.", ["NAVO=NAVO/name"]),
        ("De Navo-Rusland-raad komt bijeen.", ["NAVO=Navo/name", "Rusland=Rusland/name"]),
        ("Poetins woorden, Ruslands eisen en Rusland’s strategie.",
         ["Poetin=Poetins/name", "Rusland=Ruslands/name", "Rusland=Rusland’s/name"]),
        ("Rusland's strategie.", ["Rusland=Rusland's/name"]),
        ("Dat vindt navolging.", []),
        ("De Russische president en de Russen.", ["Rusland=Russische/adjective", "Rusland=Russen/demonym"]),
        ("Moskou en het Kremlin zwijgen.", ["Rusland=Moskou/metonym", "Rusland=Kremlin/metonym"]),
        ("In Oekraïne en in Oekraine.", ["Oekraïne=Oekraïne/name", "Oekraïne=Oekraine/name"]),
        ("Het Oost-Oekraïense front.", ["Oekraïne=Oekraïense/adjective"]),
        ("De Verenigde Staten en de VS.", ["VS=Verenigde Staten/name", "VS=VS/name"]),
        ("team a vs team b.", []),
        ("Xi Jinping en Xi.", ["Xi Jinping=Xi Jinping/name", "Xi Jinping=Xi/name"]),
    ])
    func rule(text: String, expected: [String]) {
        #expect(mentions(text) == expected)
    }

    @Test func adjectivesTakeNoGenitive() {
        #expect(mentions("Ze zijn Russisches.").isEmpty)
    }

    @Test func mentionsRecordTheirSentenceAndSegment() {
        let corpus = Corpus(texts: ["date 2022-01 Eerste zin. De NAVO vergadert."])
        let mention = corpus.mentions[0]
        #expect(corpus.text(of: corpus.sentences[mention.sentence]) == "De NAVO vergadert.")
        #expect(corpus.sentences[mention.sentence].segment == .lead)
    }

    @Test(arguments: [
        ("Volgens Happymon Jacob gaat het goed.", ["Happymon Jacob"]),
        ("De analist Denis Volkov zegt dat.", ["Denis Volkov"]),
        ("De Levada-onderzoeker Denis Volkov zegt dat.", ["Denis Volkov"]),
        ("De Koude Oorlog is voorbij.", []),
        ("De Algemene Vergadering begint.", []),
        ("Het Sprookje is een school.", []),
        ("Maar Jelena Tsjernenko schrijft.", ["Jelena Tsjernenko"]),
    ])
    func unknownNames(text: String, expected: [String]) {
        let corpus = Corpus(texts: [text])
        let unknown = corpus.mentions.map { corpus.actors[$0.actor] }.filter { $0.kind == .unknown }.map(\.name)
        #expect(unknown == expected)
    }

    @Test func userGazetteerMergesIntoTheStandardOne() throws {
        let extra = try Gazetteer(yaml: """
            - name: Levada
              kind: organization
              forms: [Levada Centrum]
            - name: NAVO
              kind: organization
              forms: [Atlantische bondgenootschap]
            """, path: "extra.yaml")
        let corpus = Corpus(texts: ["Het Levada Centrum en het Atlantische bondgenootschap."],
                            gazetteer: .standard.merging(extra))
        #expect(corpus.mentions.map { corpus.actors[$0.actor].name } == ["Levada", "NAVO"])
    }

    @Test func badGazetteerNamesItsProblem() {
        #expect(throws: GazetteerError.self) {
            try Gazetteer(yaml: "- name: X\n  kind: planet\n", path: "bad.yaml")
        }
        do {
            _ = try Gazetteer(yaml: "- kind: country\n", path: "bad.yaml")
        } catch {
            #expect(error.description.contains("bad.yaml"))
            #expect(error.description.contains("name"))
        }
    }
}
