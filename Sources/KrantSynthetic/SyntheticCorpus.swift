import KrantCorpus

/// A deterministic generator of Dutch-like news articles in the seed format, for benchmarks and
/// differential tests: date headers at month and day precision, some undated articles with headlines and a
/// date in the text, sub-heads, captions and `Lees ook:` blocks, a long-tailed vocabulary, and actors from
/// the gazetteer with long-tailed popularity, genitives and compounds included.
///
///     let texts = SyntheticCorpus(seed: 1).articles(count: 1_000)
public struct SyntheticCorpus: Sendable {
    public let seed: UInt64
    private let vocabulary: [String]
    private let words: ZipfSampler
    private let actorForms: [[ActorForm]]
    private let actors: ZipfSampler
    private let articleWords: ClosedRange<Int>

    /// `extraWords` (such as the sample corpus's words) come first in the vocabulary, so they are the frequent ones.
    public init(seed: UInt64, extraWords: [String] = [], lexiconSize: Int = 400_000, articleWords: ClosedRange<Int> = 300...1_200,
                gazetteer: Gazetteer = .standard) {
        self.seed = seed
        self.articleWords = articleWords
        var seen = Set<String>()
        var vocabulary = (Self.commonWords + extraWords).filter { seen.insert($0.lowercased()).inserted }
        var generator = SeededGenerator(seed: seed ^ 0x5EED)
        while vocabulary.count < lexiconSize {
            let word = Self.dutchLookingWord(&generator)
            if seen.insert(word).inserted { vocabulary.append(word) }
        }
        self.vocabulary = vocabulary
        words = ZipfSampler(count: vocabulary.count)
        let rank = Dictionary(Self.prominentActors.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let byProminence = gazetteer.actors.enumerated().sorted {
            (rank[$0.element.name] ?? Self.prominentActors.count, $0.offset) < (rank[$1.element.name] ?? Self.prominentActors.count, $1.offset)
        }
        actorForms = byProminence.map(\.element.forms)
        actors = ZipfSampler(count: gazetteer.actors.count, exponent: 1.2, offset: 0.5)
    }

    /// The most mentioned actors, most popular first, ahead of the rest of the gazetteer in its order; fixed
    /// here so that the generated corpora, and the benchmark's figures, do not change when the gazetteer grows.
    static let prominentActors = [
        "NAVO", "EU", "VN", "OVSE", "Europese Commissie", "Rusland", "Oekraïne", "VS", "China", "India", "Turkije",
        "Zuid-Korea", "Noord-Korea", "Georgië", "Frankrijk", "Duitsland", "Finland", "Zweden", "Kazachstan", "Vietnam",
        "Wit-Rusland", "Nederland", "Verenigd Koninkrijk", "Polen", "Iran", "Japan", "Poetin", "Stoltenberg", "Blinken",
        "Lavrov", "Borrell", "Biden", "Xi Jinping", "Modi", "Erdogan", "Guterres", "Wang Yi", "Merkel", "Lloyd Austin",
        "Sanna Marin", "Ann Linde", "Ben Knapen", "Zelensky", "Macron", "Scholz", "Trump", "Rutte", "BBC", "Kommersant",
        "Echo Moskvy", "Foreign Affairs",
    ]

    /// The texts of `count` articles; article `n` is the same whatever the count.
    public func articles(count: Int) -> [String] {
        (0..<count).map(article)
    }

    /// The text of article number `index`.
    public func article(_ index: Int) -> String {
        var generator = SeededGenerator(seed: seed &+ UInt64(index) &* 0x9E37_79B9)
        let wordTarget = articleWords.lowerBound + generator.below(articleWords.count)
        var paragraphs: [String] = []
        var written = 0
        let style = generator.below(100)
        let year = 2019 + generator.below(6), month = 1 + generator.below(12), day = 1 + generator.below(28)
        var lead = paragraph(&generator, sentences: 2 + generator.below(2), written: &written)
        if style < 60 {
            lead = " date \(year)-\(pad(month)) " + lead
        } else if style < 85 {
            lead = "date \(year)-\(pad(month))-\(pad(day)) " + lead
        } else {
            paragraphs.append(headline(&generator))
            if style < 93 { lead = "Amsterdam – Op \(day) \(Self.months[month - 1]) \(year) " + lowercasedFirst(lead) }
        }
        paragraphs.append(lead)
        while written < wordTarget {
            let roll = generator.below(100)
            if roll < 8 {
                paragraphs.append(headline(&generator))
            } else if roll < 12 {
                paragraphs.append(sentence(&generator, written: &written) + " Beeld \(["ANP", "AP", "Reuters", "AFP"][generator.below(4)])")
            } else {
                paragraphs.append(paragraph(&generator, sentences: 2 + generator.below(5), written: &written))
            }
        }
        if generator.chance(0.1) {
            paragraphs += ["Lees ook:", headline(&generator), sentence(&generator, written: &written)]
        }
        return paragraphs.joined(separator: "\n\n") + "\n"
    }

    private func paragraph(_ generator: inout SeededGenerator, sentences: Int, written: inout Int) -> String {
        (0..<sentences).map { _ in sentence(&generator, written: &written) }.joined(separator: " ")
    }

    private func sentence(_ generator: inout SeededGenerator, written: inout Int) -> String {
        let length = 6 + generator.below(18)
        var parts = (0..<length).map { _ in vocabulary[words.sample(&generator)] }
        if generator.chance(0.45) {
            parts.insert(actorForm(&generator), at: generator.below(parts.count))
        }
        if generator.chance(0.15) {
            parts.insert(actorForm(&generator), at: generator.below(parts.count))
        }
        if generator.chance(0.2) { parts[generator.below(parts.count)] += "," }
        written += parts.count
        return capitalizedFirst(parts.joined(separator: " ")) + (generator.chance(0.05) ? "?" : ".")
    }

    /// A form of a popular actor, sometimes as a genitive (`Poetins`) or in a compound (`NAVO-top`).
    private func actorForm(_ generator: inout SeededGenerator) -> String {
        let forms = actorForms[actors.sample(&generator)]
        let form = generator.chance(0.6) ? forms[0] : forms[generator.below(forms.count)]
        let roll = generator.below(100)
        if roll < 5, form.kind == .name, !form.text.hasSuffix("s") { return form.text + "s" }
        if roll < 9, !form.text.contains(" ") { return form.text + ["-top", "-leider", "-lid", "-beleid"][generator.below(4)] }
        return form.text
    }

    private func headline(_ generator: inout SeededGenerator) -> String {
        let length = 3 + generator.below(6)
        var parts = (0..<length).map { _ in vocabulary[words.sample(&generator) % 2_000] }
        if generator.chance(0.5) { parts.insert(actorForm(&generator), at: generator.below(parts.count)) }
        return capitalizedFirst(parts.joined(separator: " "))
    }

    private static func dutchLookingWord(_ generator: inout SeededGenerator) -> String {
        let onsets = ["b", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "st", "sch", "kr", "tr",
                      "gr", "br", "sl", "sp", "vl", "zw", "bl", "dr", "fr", "kl", "pr"]
        let vowels = ["a", "e", "i", "o", "u", "aa", "ee", "oo", "ie", "oe", "ui", "ij", "ei", "eu", "ou"]
        let codas = ["", "", "n", "r", "l", "k", "t", "s", "ng", "nd", "rt", "st", "cht", "lk", "rd"]
        let suffixes = ["", "", "", "en", "heid", "ing", "lijk", "schap", "er", "te", "isch", "baar", "ig", "tje"]
        var word = ""
        for _ in 0..<(1 + generator.below(3)) {
            word += onsets[generator.below(onsets.count)] + vowels[generator.below(vowels.count)] + codas[generator.below(codas.count)]
        }
        return word + suffixes[generator.below(suffixes.count)]
    }

    private func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
    private func capitalizedFirst(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
    private func lowercasedFirst(_ text: String) -> String { text.prefix(1).lowercased() + text.dropFirst() }

    static let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                         "oktober", "november", "december"]

    /// The most frequent Dutch words, so generated text has a realistic head.
    static let commonWords = """
        de het een en van in is dat op te zijn met voor niet aan er die om ook als bij maar uit dan nog door tot \
        naar over wel heeft was hij ze worden wordt meer geen zich kan zou al kunnen moet deze dit we hun jaar \
        tegen onder tijdens na veel nu volgens waar werd hebben twee nieuwe andere grote eerste land president \
        minister regering oorlog leger troepen steun landen internationale militaire grens week dag maanden \
        zegt zei gaat komt staat blijft lijkt heel tijd jaren mensen procent miljoen miljard economische sancties \
        gesprek overleg top akkoord kernwapens dreiging veiligheid vrede conflict aanval invasie raketten wapens \
        diplomaten bondgenoten westerse europese buitenlandse zaken defensie parlement verkiezingen
        """.split(whereSeparator: \.isWhitespace).map(String.init)
}
