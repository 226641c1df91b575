import Foundation
import KrantCorpus

/// `collocates`: the words that stand near a word or an actor (the node) within a window of words on either
/// side, inside the sentence, with AntConc's and CQP's association measures.
///
/// The measures read one 2×2 table per collocate over the N running words of the rows (Evert 2008, surface
/// co-occurrence): a word is in the window or not, and is the collocate or not. A word near two hits is in
/// the window once, and the node's own words are in no window, so the table's cells never go negative. A
/// word counts for its compound parts and genitive base too, as in `terms`.
extension StageRunner {
    static let collocateColumns: [(name: String, type: FieldType)] = [
        ("collocate", .text), ("together", .integer), ("expected", .decimal), ("node_count", .integer),
        ("collocate_count", .integer), ("g2", .decimal), ("pmi", .decimal), ("logdice", .decimal), ("dp", .decimal),
    ]

    func collocates(_ relation: Relation, of target: ConcordanceTarget, window windowLiteral: Literal?, minimum minimumLiteral: Literal?,
                    options: WordListOptions, range: Range<Int>) throws(Diagnostic) -> Relation {
        guard [.articles, .sentences].contains(relation.kind) else {
            throw Diagnostic(.semantic, "'collocates' needs articles or sentences, but these rows are \(relation.kind.rawValue)", at: range)
        }
        let window = try count(windowLiteral, word: "window", default: 5, in: 1...50)
        let minimum = try count(minimumLiteral, word: "min", default: 2, in: 1...1_000_000)
        let ascending = relation.rows.isSortedAscending ? relation.rows : relation.rows.sorted()
        let sentences = relation.kind == .articles ? ascending.flatMap { corpus.articles[Int($0)].sentences } : ascending.map(Int.init)
        let nodes = try nodeSpans(of: target, in: sentences)

        var together: [Int32: Int] = [:]
        // For dispersion: each article's window words, and each collocate's count in them (term << 32 | article).
        var windowSizes: [Int: Int] = [:], togetherByArticle: [Int64: Int] = [:]
        var nodeCount = 0, windowWords = 0
        var inWindow: [Bool] = [], isNode: [Bool] = []
        for (offset, sentence) in sentences.enumerated() {
            if offset & 1023 == 0 { try cancellation.check() }
            let words = corpus.sentences[sentence].words
            guard !nodes[offset].isEmpty else { continue }
            nodeCount += nodes[offset].count
            // Marks per word of the sentence: a word joins the window once, however many hits it is near.
            inWindow = Array(repeating: false, count: words.count)
            isNode = Array(repeating: false, count: words.count)
            for span in nodes[offset] {
                let (first, last) = (span.first - words.lowerBound, span.last - words.lowerBound)
                for place in first...last { isNode[place] = true }
                for place in max(0, first - window)..<first { inWindow[place] = true }
                for place in (last + 1)..<min(words.count, last + 1 + window) { inWindow[place] = true }
            }
            let article = corpus.sentences[sentence].article
            for place in inWindow.indices where inWindow[place] && !isNode[place] {
                windowWords += 1
                windowSizes[article, default: 0] += 1
                forEachTerm(ofWord: words.lowerBound + place, wholeForms: options.countsWholeForms) { term in
                    together[term, default: 0] += 1
                    togetherByArticle[Int64(term) << 32 | Int64(article), default: 0] += 1
                }
            }
        }
        let counted = try TermCounts(WordUnits(relation, in: corpus), wholeForms: options.countsWholeForms, cancellation: cancellation)
        let total = counted.total

        var byArticle: [Int32: [Int: Int]] = [:]
        for (key, count) in togetherByArticle where together[Int32(key >> 32)]! >= minimum {
            byArticle[Int32(key >> 32), default: [:]][Int(key & 0xFFFF_FFFF)] = count
        }
        // Spread over the articles as their window words are: a collocate near the node in one article only is
        // not a collocate of the corpus.
        let dispersion = Dispersion(sizes: windowSizes, totalSize: windowWords)
        var rows: [(term: String, values: [Value], g2: Double)] = []
        for (term, observed) in together where observed >= minimum {
            let text = corpus.index.terms[Int(term)]
            guard isListed(text, options: options) else { continue }
            let collocateCount = counted.count(of: term)
            // Rows: in a window or not (windowWords of total); columns: the collocate or not.
            let table = Association(together: observed, first: windowWords, second: collocateCount, units: total)
            let logDice = 14 + log2(2 * Double(observed) / Double(nodeCount + collocateCount))
            rows.append((text, [.text(text), .integer(observed), .double(table.expected), .integer(nodeCount), .integer(collocateCount),
                                .double(table.signedLogLikelihood), .double(table.pointwiseMutualInformation), .double(logDice),
                                .double(dispersion.deviationOfProportions(byArticle[term] ?? [:]))],
                         table.signedLogLikelihood))
        }
        rows.sort { ($1.g2, $0.term) < ($0.g2, $1.term) }
        var result = Relation(kind: .words, rows: rows.indices.map(Int32.init), records: rows.map(\.values),
                              recordColumns: Self.collocateColumns)
        result.notes.append("N = \(total) words in these \(relation.kind.rawValue); \(windowWords) of them stand within \(window) "
                            + "of the \(nodeCount) \(nodeCount == 1 ? "hit" : "hits"), so expected = \(windowWords) · collocate_count / N")
        return result
    }

    /// The node's hits in each sentence, as first and last word, in sentence order.
    private func nodeSpans(of target: ConcordanceTarget, in sentences: [Int]) throws(Diagnostic) -> [[(first: Int, last: Int)]] {
        switch target {
        case .text(let literal, let stemmed):
            guard case .string(let text) = literal.kind, let pattern = TextPattern(text, stemmed: stemmed) else {
                throw Diagnostic(.semantic, "'collocates' needs at least one word", at: literal.range)
            }
            let matches = pattern.matches(in: corpus.index)
            return sentences.map { sentence in
                let words = corpus.sentences[sentence].words
                var low = 0, high = matches.count
                while low < high {
                    let middle = (low + high) / 2
                    if Int(matches[middle].first) < words.lowerBound { low = middle + 1 } else { high = middle }
                }
                var spans: [(first: Int, last: Int)] = []
                while low < matches.count, Int(matches[low].first) < words.upperBound {
                    spans.append((Int(matches[low].first), Int(matches[low].last)))
                    low += 1
                }
                return spans
            }
        case .actor(let literal):
            let actors = Set(try ActorResolver(corpus: corpus).actors(named: literal))
            return sentences.map { sentence in
                corpus.mentions[corpus.sentences[sentence].mentions].compactMap { mention in
                    actors.contains(mention.actor) && !mention.words.isEmpty ? (first: mention.words.lowerBound, last: mention.words.upperBound - 1) : nil
                }
            }
        }
    }
}
