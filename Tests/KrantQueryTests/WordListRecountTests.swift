import Testing
import KrantCorpus
import KrantSynthetic
@testable import KrantQuery

/// The word lists count in flat arrays, tables and filters, split among cores; a plain recount with
/// dictionaries, one word at a time, must give the same rows, to the last bit of every measure.
@Suite("Word lists against a plain recount")
struct WordListRecountTests {
    /// A small lexicon, so that word sequences repeat and ties are common.
    static let corpus = Corpus(texts: SyntheticCorpus(seed: 5, lexiconSize: 300, articleWords: 60...200).articles(count: 120))
    static let everything = WordListOptions(keepsStopwords: true, keepsNumbers: true)
    static let runner = StageRunner(corpus: corpus, cancellation: Cancellation(isCancelled: nil, range: 0..<0))

    /// The terms a word answers to: its own and its distinct parts, unless whole forms.
    static func terms(ofWord word: Int, wholeForms: Bool) -> [Int32] {
        var terms = [corpus.index.term(ofWord: word)]
        if !wholeForms, let extras = corpus.index.partTerms(ofWord: word) {
            for (place, extra) in extras.enumerated() where !extras[..<place].contains(extra) { terms.append(extra) }
        }
        return terms
    }

    /// Counts, documents, per-article frequencies, article sizes and running words over some rows' word ranges.
    static func recount(_ ranges: [(words: Range<Int>, article: Int)], wholeForms: Bool)
        -> (counts: [Int32: Int], documents: [Int32: Int], perArticle: [Int32: [Int: Int]], sizes: [Int: Int], total: Int) {
        var counts: [Int32: Int] = [:], documents: [Int32: Int] = [:], perArticle: [Int32: [Int: Int]] = [:], sizes: [Int: Int] = [:]
        var total = 0
        for (words, article) in ranges {
            var seen = Set<Int32>()
            sizes[article, default: 0] += words.count
            total += words.count
            for word in words {
                for term in terms(ofWord: word, wholeForms: wholeForms) {
                    counts[term, default: 0] += 1
                    perArticle[term, default: [:]][article, default: 0] += 1
                    if seen.insert(term).inserted { documents[term, default: 0] += 1 }
                }
            }
        }
        return (counts, documents, perArticle, sizes, total)
    }

    static var allSentences: [(words: Range<Int>, article: Int)] { corpus.sentences.map { ($0.words, $0.article) } }

    /// The word ranges of some rows of articles or sentences, with their articles.
    static func ranges(_ query: String) throws -> [(words: Range<Int>, article: Int)] {
        let result = try Query.run(query, on: corpus)
        return result.relation.rows.map { row in
            result.kind == .articles ? (corpus.articles[Int(row)].words, Int(row))
                : (corpus.sentences[Int(row)].words, corpus.sentences[Int(row)].article)
        }
    }

    /// Over the whole corpus (read from the index) and over some of it (counted word by word).
    @Test(arguments: [("sentences", "top 40 with stopwords, numbers", everything), ("articles", "top 25", WordListOptions()),
                      ("sentences", "top 1000 with stopwords whole forms", WordListOptions(keepsStopwords: true, countsWholeForms: true)),
                      (#"sentences where actor = "NAVO""#, "top 40 with stopwords, numbers", everything),
                      (#"articles where actor = "Poetin""#, "top 300 whole forms", WordListOptions(countsWholeForms: true))])
    func termsAgree(rows: String, list: String, options: WordListOptions) throws {
        let ranges = try Self.ranges(rows)
        let (counts, documents, perArticle, sizes, total) = Self.recount(ranges, wholeForms: options.countsWholeForms)
        let dispersion = Dispersion(sizes: sizes, totalSize: total)
        let expected = counts.map { (term: $0.key, text: Self.corpus.index.terms[Int($0.key)], count: $0.value) }
            .filter { Self.runner.isListed($0.text, options: options) }
            .sorted { ($1.count, $0.text) < ($0.count, $1.text) }
            .prefix(Int(list.split(separator: " ")[1])!)
            .map { row in
                [Value.text(row.text), .integer(row.count), .double(Double(row.count) * 1_000_000 / Double(total)),
                 .integer(documents[row.term]!), .double(dispersion.deviationOfProportions(perArticle[row.term]!))]
            }
        let result = try Query.run("\(rows) | terms \(list)", on: Self.corpus)
        #expect(result.rows == expected)
        #expect(result.notes.first?.contains("over the \(sizes.count) articles") == true)
    }

    @Test func keywordsAgree() throws {
        let rows = try Query.run(#"articles where actor = "NAVO""#, on: Self.corpus)
        let target = rows.relation.rows.map { (words: Self.corpus.articles[Int($0)].words, article: Int($0)) }
        #expect(!target.isEmpty && target.count < Self.corpus.articles.count)
        let (counts, _, _, _, targetTotal) = Self.recount(target, wholeForms: false)
        let referenceTotal = Self.corpus.index.wordCount - targetTotal
        let expected = counts.map { term, count in
            let keyness = Keyness(target: count, targetTotal: targetTotal, reference: Self.corpus.index.wordCount(withTerm: term) - count,
                                  referenceTotal: referenceTotal)
            return (text: Self.corpus.index.terms[Int(term)], keyness: keyness)
        }
        .filter { Self.runner.isListed($0.text, options: Self.everything) }
        .sorted { ($1.keyness.signedLogLikelihood, $0.text) < ($0.keyness.signedLogLikelihood, $1.text) }
        .prefix(30)
        .map { [Value.text($0.text), .integer($0.keyness.target), .integer($0.keyness.reference), .double($0.keyness.signedLogLikelihood),
                .double($0.keyness.logRatio)] }
        #expect(!expected.isEmpty)
        let query = #"articles where actor = "NAVO" | keywords top 30 with stopwords, numbers"#
        #expect(try Query.run(query, on: Self.corpus).rows == expected)
    }

    /// The most frequent sequences of `length` words within sentences, most frequent first, ties by text.
    static func ngrams(_ length: Int, top: Int) -> [(text: String, count: Int)] {
        var counts: [[Int32]: Int] = [:]
        for sentence in corpus.sentences where sentence.words.count >= length {
            for start in sentence.words.lowerBound...(sentence.words.upperBound - length) {
                counts[(start..<(start + length)).map { corpus.index.term(ofWord: $0) }, default: 0] += 1
            }
        }
        return counts.map { (text: $0.key.map { corpus.index.terms[Int($0)] }.joined(separator: " "), count: $0.value) }
            .sorted { ($1.count, $0.text) < ($0.count, $1.text) }
            .prefix(top).map { $0 }
    }

    @Test(arguments: [2, 3, 4, 5])
    func ngramsAgree(length: Int) throws {
        let expected = Self.ngrams(length, top: 30).map { [Value.text($0.text), .integer($0.count)] }
        #expect(try Query.run("articles | ngrams \(length) top 30", on: Self.corpus).rows == expected)
        #expect(try Query.run("sentences | ngrams \(length) top 30", on: Self.corpus).rows == expected)
    }

    /// On one core or several, for short lists and for lists longer than there are sequences, with the first
    /// terms gathered in one batch or in many (a batch of a few bytes holds one term).
    @Test(arguments: [(2, 50), (3, 50), (4, 20), (4, 5_000), (5, 100_000)], [128 << 20, 64])
    func ngramsAgreeOnEveryCore(list: (length: Int, top: Int), batchBytes: Int) throws {
        let (length, top) = list
        let units = WordUnits(Relation(kind: .sentences, rows: Self.corpus.sentences.indices.map(Int32.init)), in: Self.corpus)
        var counter = NGramCounter(units: units, length: length, cancellation: Cancellation(isCancelled: nil, range: 0..<0))
        counter.minimumWordsPerCore = 1
        counter.batchBytes = batchBytes
        let counted = try counter.top(top)
        let expected = Self.ngrams(length, top: top)
        #expect(counted.map(\.text) == expected.map(\.text))
        #expect(counted.map(\.count) == expected.map(\.count))
    }

    @Test func termCountsAreTheSameOnOneCoreOrMany() throws {
        let units = WordUnits(Relation(kind: .sentences, rows: Self.corpus.sentences.indices.map(Int32.init)), in: Self.corpus)
        let none = Cancellation(isCancelled: nil, range: 0..<0)
        let one = try TermCounts(units, wholeForms: false, cancellation: none, minimumWordsPerCore: Int.max)
        let many = try TermCounts(units, wholeForms: false, cancellation: none, minimumWordsPerCore: 1)
        let (counts, _, _, _, total) = Self.recount(Self.allSentences, wholeForms: false)
        for counted in [one, many] {
            #expect(counted.total == total)
            #expect(counted.counts.enumerated().filter { $0.element > 0 }.count == counts.count)
            #expect(counts.allSatisfy { counted.count(of: $0.key) == $0.value })
        }
    }
}
