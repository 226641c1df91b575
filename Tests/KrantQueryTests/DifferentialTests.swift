import Testing
import KrantCorpus
import KrantSynthetic
@testable import KrantQuery

/// Indexed evaluation must return exactly what a plain scan of every row returns.
@Suite("Indexes against full scans")
struct DifferentialTests {
    static let corpus = Corpus(texts: SyntheticCorpus(seed: 7, lexiconSize: 20_000, articleWords: 40...160).articles(count: 150))

    /// Random conditions built from the words, phrases, actors and dates that occur in the corpus.
    struct ConditionMaker {
        var generator = SeededGenerator(seed: 11)
        let corpus: Corpus

        mutating func pick<T>(_ items: [T]) -> T { items[Int(generator.next() % UInt64(items.count))] }

        mutating func leaf(for kind: RowKind) -> String {
            let article = corpus.articles[Int(generator.next() % UInt64(corpus.articles.count))]
            let sentence = corpus.sentences[article.sentences.lowerBound + Int(generator.next() % UInt64(article.sentences.count))]
            let words = corpus.text(of: sentence).split(separator: " ").map { $0.filter { $0.isLetter || $0 == "-" } }.filter { !$0.isEmpty }
            let word = words.isEmpty ? "de" : pick(words)
            // Words on both sides of a sentence boundary: neither path may take them for a phrase.
            let position = article.sentences.lowerBound + Int(generator.next() % UInt64(article.sentences.count))
            let boundary = position + 1 < article.sentences.upperBound
                ? "\(lastWord(of: position)) \(firstWord(of: position + 1))" : word
            var choices = [
                "text contains \"\(boundary)\"",
                "text contains \"\(word)\"",
                "text contains \"\(word.prefix(3))*\"",
                words.count > 2 ? "text contains \"\(words[1]) \(words[2])\"" : "text contains \"\(word)\"",
                "actor = \"\(pick(corpus.mentions.isEmpty ? ["NAVO"] : [corpus.actors[pick(Array(corpus.mentions)).actor].name]))\"",
                "actor in (\"NAVO\", \"\(corpus.actors[pick(Array(corpus.mentions)).actor].name)\")",
                "actor != \"Rusland\"",
                "date < \(pick(["2020", "2021-06", "2022-03-15", "2023"]))",
                "date between \(pick(["2019", "2020-02"])) and \(pick(["2021", "2022-11"]))",
                "date = \(pick(["2021", "2022-05", "2023-01"]))",
            ]
            // Phrases that end in, begin in, run through or skip a part of a compound: both paths must read the
            // parts as consecutive words.
            if let index = words.firstIndex(where: { $0.contains("-") }) {
                let parts = words[index].split(separator: "-").map(String.init)
                let before = index > 0 ? words[index - 1] + " " : "", after = index + 1 < words.count ? " " + words[index + 1] : ""
                choices += ["text contains \"\(before)\(parts[0])\"", "text contains \"\(parts[parts.count - 1])\(after)\"",
                            "text contains \"\(parts.joined(separator: " "))\"", "text contains \"\(before)\(parts[parts.count - 1])\""]
            }
            // Two words of one sentence, or of neighbouring sentences, near each other or not, in either order.
            let other = words.isEmpty ? "de" : pick(words)
            let distance = 1 + Int(generator.next() % 12)
            choices += [
                "text contains \"\(word)\" within \(distance) of \"\(other)\"",
                "text contains \"\(other.prefix(3))*\" within \(distance) of \"\(word)\" in sentence",
                "text contains \"\(lastWord(of: position))\" within \(distance) of \"\(firstWord(of: min(position + 1, article.sentences.upperBound - 1)))\" in article",
                words.count > 2 ? "text contains \"\(words[1]) \(words[2])\" within \(distance) of \"\(word)\" in article" : "text contains \"\(word)\"",
            ]
            if kind == .articles { choices.append("words > \(40 + Int(generator.next() % 120))") }
            return pick(choices)
        }

        func words(of sentence: Int) -> [String] {
            corpus.text(of: corpus.sentences[sentence]).split(separator: " ").map { $0.filter { $0.isLetter } }.filter { !$0.isEmpty }
        }

        func lastWord(of sentence: Int) -> String { words(of: sentence).last ?? "de" }
        func firstWord(of sentence: Int) -> String { words(of: sentence).first ?? "de" }

        mutating func condition(for kind: RowKind, depth: Int = 0) -> String {
            let roll = Int(generator.next() % 10)
            if depth >= 2 || roll < 4 { return leaf(for: kind) }
            if roll < 6 { return "not (\(condition(for: kind, depth: depth + 1)))" }
            let joiner = roll < 8 ? " and " : " or "
            return "(" + (0..<2 + Int(generator.next() % 2)).map { _ in condition(for: kind, depth: depth + 1) }.joined(separator: joiner) + ")"
        }
    }

    @Test func threeHundredRandomQueriesAgree() throws {
        var maker = ConditionMaker(corpus: Self.corpus)
        var indexed = QuerySession(corpus: Self.corpus)
        var scanned = QuerySession(corpus: Self.corpus)
        scanned.usesIndexes = false
        var nonEmpty = 0
        for round in 0..<300 {
            let kind: RowKind = round % 3 == 2 ? .sentences : .articles
            let query = "\(kind.rawValue) where \(maker.condition(for: kind))"
            let fast = try indexed.run(query)[0]
            let slow = try scanned.run(query)[0]
            #expect(fast.rows == slow.rows, "\(query)")
            if fast.rowCount > 0 { nonEmpty += 1 }
        }
        #expect(nonEmpty > 100, "the generated queries should mostly find something")
    }
}
