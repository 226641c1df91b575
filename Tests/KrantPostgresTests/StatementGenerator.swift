import KrantCorpus
import KrantSynthetic

/// Statements made from a seed and the words, actors, forms and dates of a corpus: every source and expansion,
/// conditions on every field the server tests, and a tail of `sort`, `limit`, `select`, `count` or `count by`
/// (with `per` and `share`), so that the differential suites compare far more than a hand-written list.
/// The same seed and corpus give the same statements.
struct StatementGenerator {
    private var random: SeededGenerator
    private let corpus: Corpus

    init(seed: UInt64, corpus: Corpus) {
        random = SeededGenerator(seed: seed)
        self.corpus = corpus
    }

    /// `count` statements from `seed`, each a source with a condition, perhaps an expansion, and a tail.
    static func statements(_ count: Int, seed: UInt64, corpus: Corpus) -> [String] {
        var generator = StatementGenerator(seed: seed, corpus: corpus)
        return (0..<count).map { _ in generator.statement() }
    }

    mutating func statement() -> String {
        let start = pick(["articles", "sentences", "mentions", "actors"])
        var kind = start
        var text = start
        if chance(3, in: 4) { text += " where " + condition(for: kind) }
        if kind != "actors", chance(1, in: 3) {
            let targets = ["sentences", "mentions", "actors"].filter { !(kind == "mentions" && $0 == "mentions") }
            kind = pick(targets)
            text += " | " + kind
            if chance(1, in: 3) { text += " | where " + condition(for: kind) }
        }
        return text + tail(for: kind)
    }

    // MARK: Conditions

    private mutating func condition(for kind: String, depth: Int = 0) -> String {
        let roll = below(10)
        if depth >= 1 || roll < 6 { return leaf(for: kind) }
        if roll < 7 { return "not (\(leaf(for: kind)))" }
        return "(\(leaf(for: kind)) \(pick(["and", "or"])) \(condition(for: kind, depth: depth + 1)))"
    }

    private mutating func leaf(for kind: String) -> String {
        // Now and then a mistake, which must fail alike: the same message at the same place.
        if chance(1, in: 40) {
            return pick(["actr = \"NAVO\"", "date < \"straks\"", "kind = metonymy", "segment = bodyy", "words > \"veel\"",
                         "actor < \"NAVO\"", "actor = \"Niemand Bekend\"", "text contains \"...\"", "provenance = krant",
                         "date contains \"2022\"", "title matches /(open/"])
        }
        switch kind {
        case "articles":
            return pick([
                actorTest(), actorTest(), dateTest("date"), dateTest(pick(["year", "month", "day"])), wordTest(), wordTest(),
                "words \(pick([">", "<=", "="])) \(pick([50, 100, 400, 800]))", "words between \(below(200)) and \(200 + below(800))",
                "provenance \(pick(["=", "!="])) \(pick(DateProvenance.allCases.map(\.rawValue)))",
                "title \(pick(["<", ">=", "!="])) \"\(pick(["d", "M", "oekraïne", "z"]))\"",
                "id in (\"\(articleID())\", \"\(articleID())\")",
            ])
        case "sentences":
            return pick([
                actorTest(), dateTest("date"), wordTest(), wordTest(),
                "segment \(pick(["=", "!="])) \(pick(SegmentKind.allCases.map(\.rawValue)))",
                "segment in (\(pick(SegmentKind.allCases.map(\.rawValue))), \(pick(SegmentKind.allCases.map(\.rawValue))))",
                "article = \"\(articleID())\"",
            ])
        case "mentions":
            return pick([
                actorTest(), actorTest(), dateTest("date"), dateTest(pick(["year", "month"])),
                "kind \(pick(["=", "!="])) \(pick(MentionKind.allCases.map(\.rawValue)))",
                "kind in (\(pick(MentionKind.allCases.map(\.rawValue))), \(pick(MentionKind.allCases.map(\.rawValue))))",
                "segment = \(pick(SegmentKind.allCases.map(\.rawValue)))",
                "form \(pick(["=", "!=", "<"])) \"\(form())\"", "form between \"a\" and \"\(pick(["k", "p", "z"]))\"",
                "role != \"\(pick(["president", "x"]))\"", "article != \"\(articleID())\"",
                formPattern(),
            ])
        default:
            return pick([
                "kind \(pick(["=", "!="])) \(pick(ActorKind.allCases.map(\.rawValue)))",
                "articles \(pick([">", ">=", "<"])) \(below(6))", "mentions between \(below(4)) and \(4 + below(20))",
                dateTest("first"), dateTest("last"), dateTest(pick(["year", "month", "day"])), "name in (\"\(actorName().lowercased())\", \"\(actorName())\")",
                "name \(pick(["<", ">"])) \"\(pick(["f", "N", "s"]))\"", "affiliation != \"\(pick(["rusland", "VS"]))\"",
            ])
        }
    }

    private mutating func actorTest() -> String {
        switch below(4) {
        case 0: "actor != \"\(actorName())\""
        case 1: "actor in (\"\(actorName())\", \"\(actorName())\")"
        default: "actor = \"\(actorName())\""
        }
    }

    private mutating func dateTest(_ field: String) -> String {
        let dates = ["2020", "2021-06", "2022", "2022-02", "2022-03-15", "2023-01", "2024"]
        return below(5) == 0
            ? "\(field) between \(pick(dates)) and \(pick(dates))"
            : "\(field) \(pick(["=", "!=", "<", "<=", ">", ">="])) \(pick(dates))"
    }

    /// A word, prefix, stem or two-word phrase from a sentence of the corpus.
    private mutating func wordTest() -> String {
        let words = sentenceWords()
        guard let word = words.isEmpty ? nil : pick(words) else { return "text contains \"de\"" }
        switch below(7) {
        case 0 where word.count > 3: return "text contains \"\(word.prefix(3))*\""
        case 5, 6:
            let other = pick(words), distance = 1 + below(12)
            return "text contains \"\(word)\" within \(distance) of \(pick(["", "~"]))\"\(other)\"\(pick(["", " in sentence", " in article"]))"
        case 1: return "text contains ~\"\(word)\""
        case 4 where word.count > 2:
            return "text matches /\(pick(["", "^", "\\b"]))\(word.prefix(4))\(pick(["", ".", "[a-z]+", "s?"]))/\(flags(for: word.prefix(4)))"
        case 2 where words.count > 2:
            let start = below(words.count - 1)
            return "text contains \"\(words[start]) \(words[start + 1])\""
        default: return "text contains \"\(word)\""
        }
    }

    /// `form matches /…/`, from the start of a form.
    private mutating func formPattern() -> String {
        let start = String(form().prefix(3).filter(\.isLetter))
        let letters = start.isEmpty ? "a" : start
        return "form matches /\(pick(["^", ""]))\(letters)/\(flags(for: letters))"
    }

    /// `i` now and then, where the letters are ASCII: the server refuses other letters with `/…/i`.
    private mutating func flags(for letters: some StringProtocol) -> String {
        letters.unicodeScalars.allSatisfy(\.isASCII) ? pick(["", "i"]) : ""
    }

    // MARK: Tails

    private mutating func tail(for kind: String) -> String {
        let sortable = Self.sortable[kind]!
        if kind != "actors", chance(1, in: 12) {
            let with = chance(1, in: 3) ? " with \"\(actorName())\"" : ""
            return " | cooccur\(with)\(pick(["", " in sentence", " in article"]))\(pick(["", " min 1", " min 3"]))\(pick(["", " | limit 5"]))"
        }
        if kind != "actors", chance(1, in: 8) {
            let actors = below(3) == 0 ? [] : (0..<(1 + below(2))).map { _ in "\"\(actorName())\"" }
            let of = actors.isEmpty ? "" : " of " + actors.joined(separator: ", ")
            let rate = chance(1, in: 3) ? " per \(pick([10, 1000])) \(pick(["articles", "sentences"]))" : ""
            return " | timeline\(pick(["", " by year", " by month", " by day"]))\(of)\(rate)\(chance(1, in: 3) ? " share" : "")"
        }
        switch below(9) {
        case 0: return ""
        case 1: return " | count"
        case 2: return " | count by \(pick(Self.keys[kind]!))"
        case 3: return " | count by \(pick(Self.keys[kind]!)), \(pick(Self.keys[kind]!)) | limit \(1 + below(8))"
        case 4:
            let key = pick(kind == "actors" ? Self.keys[kind]! : ["year", "month", "date"] + (kind == "articles" ? ["actor", "provenance"] : []))
            let rate = kind == "actors" ? "" : " per \(pick([1, 100, 1000])) \(kind == "sentences" && chance(1, in: 2) ? "sentences" : "articles")"
            return " | count by \(key)\(rate)\(chance(1, in: 2) || rate.isEmpty ? " share" : "")"
        case 5: return " | sort by \(pick(sortable))\(pick(["", " desc"])) | limit \(1 + below(12))"
        case 6: return " | sort by \(pick(sortable)) desc, \(pick(sortable)) | select \(pick(Self.shown[kind]!)), \(pick(Self.shown[kind]!))"
        case 7: return " | limit \(below(10)) offset \(below(5)) | select \(pick(Self.shown[kind]!))"
        default: return " | sort by \(pick(sortable)) | limit \(2 + below(20)) | count"
        }
    }

    private static let sortable = [
        "articles": ["id", "date", "title", "words", "actor", "source", "author", "provenance", "year", "month", "day"],
        "sentences": ["actor", "date", "article", "segment", "year", "month"],
        "mentions": ["actor", "form", "kind", "role", "date", "article", "segment", "year"],
        "actors": ["name", "kind", "articles", "mentions", "first", "last", "affiliation", "guess", "role", "year", "month"],
    ]

    private static let keys = [
        "articles": ["year", "month", "actor", "provenance", "words", "source"],
        "sentences": ["segment", "actor", "article", "year", "month"],
        "mentions": ["actor", "form", "kind", "segment", "role", "year", "article"],
        "actors": ["kind", "guess", "year", "articles", "affiliation"],
    ]

    private static let shown = [
        "articles": ["id", "date", "title", "words", "actor", "provenance", "author", "day"],
        "sentences": ["text", "actor", "date", "article", "segment"],
        "mentions": ["actor", "form", "kind", "role", "date", "article", "segment", "sentence"],
        "actors": ["name", "kind", "articles", "mentions", "first", "last", "affiliation", "guess", "role"],
    ]

    // MARK: The corpus's own values

    private mutating func actorName() -> String {
        guard !corpus.mentions.isEmpty else { return "NAVO" }
        return corpus.actors[corpus.mentions[below(corpus.mentions.count)].actor].name
    }

    private mutating func form() -> String {
        guard !corpus.mentions.isEmpty else { return "navo" }
        return String(corpus.form(of: corpus.mentions[below(corpus.mentions.count)]))
    }

    private mutating func articleID() -> String {
        corpus.articles[below(corpus.articles.count)].id
    }

    /// The letters-only words of a sentence, in order.
    private mutating func sentenceWords() -> [String] {
        let sentence = corpus.sentences[below(corpus.sentences.count)]
        return corpus.text(of: sentence).split(separator: " ").map { String($0.filter(\.isLetter)) }.filter { !$0.isEmpty }
    }

    // MARK: Chance

    private mutating func below(_ bound: Int) -> Int {
        Int(random.next() % UInt64(bound))
    }

    private mutating func chance(_ times: Int, in all: Int) -> Bool {
        below(all) < times
    }

    private mutating func pick<Item>(_ items: [Item]) -> Item {
        items[below(items.count)]
    }
}
