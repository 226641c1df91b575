/// The written word lists that decide where a name found in the text begins and ends, and what kind of actor
/// it probably is. Every list is folded (lowercase, no diacritics) and is the one definition its rule reads.
enum NameVocabulary {
    /// Common Dutch words that are capitalised only at the start of a sentence or a headline (`Zowel Juncker`,
    /// `Nadat Lukashenko`), so never part of a name.
    static let functionWords: Set<String> = [
        "de", "het", "een", "en", "of", "maar", "want", "dus", "dat", "die", "dit", "deze", "als", "ook", "in", "op",
        "aan", "met", "van", "voor", "na", "bij", "door", "over", "uit", "tot", "naar", "om", "te", "er", "hij",
        "zij", "ze", "wij", "we", "ik", "je", "jij", "u", "hun", "haar", "zijn", "mijn", "ons", "onze", "wat", "wie",
        "waar", "waarom", "hoe", "wanneer", "toen", "nu", "zo", "daar", "hier", "volgens", "tijdens", "sinds",
        "ondanks", "terwijl", "omdat", "doordat", "zodat", "nadat", "voordat", "zodra", "hoewel", "zowel", "noch",
        "wel", "niet", "geen", "al", "nog", "pas", "toch", "dan", "daarna", "daarom", "daardoor", "intussen",
        "inmiddels", "bovendien", "echter", "zelfs", "vooral", "alleen", "eerst", "later", "straks", "gisteren",
        "vandaag", "morgen", "namens", "tegen", "zonder", "onder", "boven", "achter", "naast", "tussen", "langs",
        "binnen", "buiten", "rond", "vanuit", "richting", "behalve", "sommige", "veel", "alle", "elke", "ieder",
        "iedereen", "niemand", "andere", "ander", "beide", "wordt", "werd", "worden", "is", "was", "waren",
        "heeft", "had", "hebben", "kan", "kon", "moet", "moest", "zal", "zou", "wil", "wilde", "mag", "ja", "nee",
        "aldus", "dankzij", "vanwege", "wegens", "per", "zoals", "mede", "hierdoor", "daarbij", "waarbij",
    ]

    /// Nouns that end a run of capitalised words rather than belong to a person's name: the parts of
    /// institutions and events the gazetteer names (`Algemene Vergadering`, `Koude Oorlog`), weekdays, the
    /// labels of photo credits and related links, and the compass points, which capitalised name a region or
    /// a bloc (`het Westen`) that is for the gazetteer to define, not a name found in the text.
    static let nameBreakers: Set<String> = [
        "zaken", "vergadering", "oorlog", "volksrepubliek", "staten", "naties", "akkoord", "akkoorden", "top", "rijk",
        "new", "the", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "lees", "beeld",
        "foto", "westen", "oosten", "noorden", "zuiden",
    ]

    /// Words naming a role or title, matched as the end of a word so that compounds count too
    /// (`Oppositieleider`, `Commissievoorzitster`, `Oud-premier`, `NAVO-chef`): such a word before a name is
    /// stripped from it and says the name is a person's.
    static let roleStems = SuffixSet([
        "leider", "voorzitter", "voorzitster", "minister", "president", "presidente", "premier", "woordvoerder",
        "woordvoerster", "chef", "commandant", "generaal", "kanselier", "secretaris", "commissaris", "burgemeester", "ambassadeur",
        "directeur", "directrice", "topman", "topvrouw", "baas", "koning", "koningin", "prins", "prinses", "paus",
        "senator", "gouverneur", "kandidaat", "kandidate", "lijsttrekker", "fractievoorzitter", "staatssecretaris",
        "dictator", "ayatollah", "sjeik", "emir", "kolonel", "majoor", "kapitein", "luitenant", "admiraal",
        "hoogleraar", "professor", "onderzoeker", "onderzoekster", "analist", "journalist", "journaliste",
        "activist", "activiste", "advocaat", "rechter", "officier", "trainer", "coach", "bondscoach", "aanvoerder",
        "oprichter", "opvolger", "rivaal", "collega",
    ])

    /// Titles and forms of address, matched whole only (`Aleksandr` does not end in the title `dr`); like a
    /// role, one before a name is stripped and says the name is a person's.
    static let titles: Set<String> = ["heer", "mevrouw", "dr", "drs", "prof", "mr", "ir", "ing", "ceo", "sir", "lady"]

    /// Common first names, folded: a name that begins with one is a person's, and one is a name word even if
    /// it looks like an adjective (`Jean-Claude`). Short on purpose; other cues find the rest.
    static let firstNames: Set<String> = [
        "aleksandr", "alexander", "aleksej", "alexei", "alexej", "ali", "ahmed", "angela", "anna", "antonio", "claude",
        "benjamin", "boris", "dmitri", "dmitrij", "donald", "ebrahim", "emmanuel", "frans", "geert", "giorgia",
        "hugo", "igor", "ivan", "jan", "jean", "jean-claude", "jean-luc", "jean-marie", "jelena", "jens", "joe", "john", "joseph", "julia", "kamala", "karel",
        "kees", "maria", "mark", "marine", "michel", "mohammed", "mohamed", "muhammad", "nikolaj", "olaf",
        "olena", "pedro", "pieter", "recep", "rishi", "sergej", "sergei", "sigrid", "svetlana", "ursula",
        "viktor", "vladimir", "volodymyr", "wladimir", "wolodymyr", "wopke", "xi", "yulia", "joelia",
    ]

    /// Words that make a name an organisation's, anywhere in it; also matched as the end of a word
    /// (`Arbeiderspartij`, `Veiligheidsraad`, `Rabobank`).
    static let organizationStems = SuffixSet([
        "partij", "bank", "raad", "ministerie", "fonds", "unie", "organisatie", "beweging", "bond", "instituut",
        "universiteit", "commissie", "dienst", "groep", "front", "brigade", "leger", "alliantie", "coalitie",
        "vereniging", "stichting", "federatie", "agentschap", "rechtbank", "omroep", "krant", "bedrijf",
        "party", "council", "group", "foundation", "institute", "university", "agency", "union", "ministry", "army",
        "times", "post", "news", "corporation", "company", "brigades", "movement",
    ])

    /// Words, and ends of words, that make the last word of a name a place's (`Zwarte Zee`, `Olympisch
    /// Stadion`, `Kalverstraat`, `Rotterdam`),.
    static let placeStems = SuffixSet([
        "zee", "oceaan", "stadion", "arena", "plein", "straat", "gracht", "kanaal", "rivier", "eiland", "eilanden",
        "gebergte", "baai", "vallei", "woestijn", "haven", "luchthaven", "vliegveld", "stad", "burg", "dam",
        "weg", "laan", "kade", "dorp", "sea", "ocean", "stadium", "square", "street", "river", "island", "islands",
        "airport", "city", "valley",
    ])

    /// Prepositions after which a name is a place: `in Kaboel`, `naar Doha`, `uit Aleppo`.
    static let placePrepositions: Set<String> = ["in", "naar", "uit", "vanuit", "nabij", "richting", "vanaf"]

    /// The definite articles, which Dutch puts before organisations (`de PVV`, `het OM`) and not before people.
    static let definiteArticles: Set<String> = ["de", "het", "der"]

    /// Verbs of saying, after which (within a few words) a name is a person's: `Juncker zei`, `zegt Tichanovskaja`.
    static let speechVerbs: Set<String> = [
        "zei", "zegt", "zeggen", "aldus", "schreef", "schrijft", "verklaarde", "vertelde", "vertelt", "benadrukte",
        "reageerde", "twitterde", "stelde", "waarschuwde", "waarschuwt", "vindt", "vond",
    ]
}
