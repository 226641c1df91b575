import Foundation
import KrantCorpus

/// `terms`, `keywords` and `ngrams`: word lists over the current rows, as AntConc makes them.
///
/// A term's count in `terms` and `keywords` is the number of words that `text contains "term"` finds: the word
/// as written, and, unless `whole forms` is asked for, each part of a hyphenated compound and the base of an
/// apostrophe genitive, so `navo-top` counts for navo-top, navo and top, and `rusland's` for rusland's and
/// rusland. Totals, for keyness, are running words, each word once.
extension StageRunner {
    func wordList(_ kind: WordListKind, of relation: Relation, size literal: Literal?, top topLiteral: Literal?,
                  options: WordListOptions, range: Range<Int>) throws(Diagnostic) -> Relation {
        guard [.articles, .sentences].contains(relation.kind) else {
            throw Diagnostic(.semantic, "word lists need articles or sentences, but these rows are \(relation.kind.rawValue)", at: range)
        }
        let top = try count(topLiteral, word: "top", default: kind == .ngrams ? 20 : 50, in: 1...1_000_000)
        let ascending = relation.rows.isSortedAscending ? relation.rows : relation.rows.sorted()
        let ranges = ascending.map { relation.kind == .articles ? corpus.articles[Int($0)].words : corpus.sentences[Int($0)].words }
        switch kind {
        case .terms:
            let articles = relation.kind == .articles ? ascending.map(Int.init) : ascending.map { corpus.sentences[Int($0)].article }
            return try terms(in: ranges, of: articles, top: top, options: options)
        case .keywords: return try keywords(in: ranges, top: top, options: options, range: range)
        case .ngrams:
            let size = try count(literal, word: "ngrams", default: 2, in: 2...5)
            // An n-gram never crosses a sentence boundary, so it is counted sentence by sentence.
            let sentences = relation.kind == .articles
                ? ascending.flatMap { corpus.articles[Int($0)].sentences.map { corpus.sentences[$0].words } } : ranges
            return try ngrams(of: size, in: sentences, top: top)
        }
    }

    func count(_ literal: Literal?, word: String, default value: Int, in allowed: ClosedRange<Int>) throws(Diagnostic) -> Int {
        guard let literal else { return value }
        guard case .integer(let number) = literal.kind, allowed.contains(number) else {
            throw Diagnostic(.semantic, "'\(word)' takes a whole number from \(allowed.lowerBound) to \(allowed.upperBound)", at: literal.range)
        }
        return number
    }

    /// How many words of the ranges answer to each term, with the number of ranges holding each, and the
    /// number of words.
    func termCounts(in ranges: [Range<Int>], wholeForms: Bool) throws(Diagnostic) -> (counts: [Int32: Int], documents: [Int32: Int], total: Int) {
        var counts: [Int32: Int] = [:], documents: [Int32: Int] = [:], total = 0
        var seen = Set<Int32>()
        func count(_ term: Int32) {
            counts[term, default: 0] += 1
            if seen.insert(term).inserted { documents[term, default: 0] += 1 }
        }
        for (offset, words) in ranges.enumerated() {
            if offset & 1023 == 0 { try cancellation.check() }
            seen.removeAll(keepingCapacity: true)
            for word in words {
                forEachTerm(ofWord: word, wholeForms: wholeForms, count)
                total += 1
            }
        }
        return (counts, documents, total)
    }

    /// Calls `body` once for each term a word answers to: the word as written and, unless `wholeForms`, its
    /// compound parts and genitive base.
    func forEachTerm(ofWord word: Int, wholeForms: Bool, _ body: (Int32) -> Void) {
        body(corpus.index.term(ofWord: word))
        // A part named twice (`top-top`) is one word that answers to it; a part never equals the whole.
        if !wholeForms, let extras = corpus.index.partTerms(ofWord: word) {
            for (index, extra) in extras.enumerated() where !extras[..<index].contains(extra) { body(extra) }
        }
    }

    /// Whether a term goes on the list: digits first (`2022`, `5g`) only `with numbers`, Dutch function words
    /// only `with stopwords`.
    func isListed(_ term: String, options: WordListOptions) -> Bool {
        // Decimal digits in any script, as `CharacterSet.decimalDigits` has them, read from the scalar itself.
        if !options.keepsNumbers, term.unicodeScalars.first?.properties.numericType == .decimal { return false }
        return options.keepsStopwords || !DutchStopwords.words.contains(term)
    }

    /// Frequencies, with the frequency per million running words of the rows and the dispersion over their
    /// articles (`articles[i]` is the article of `ranges[i]`).
    private func terms(in ranges: [Range<Int>], of articles: [Int], top: Int, options: WordListOptions) throws(Diagnostic) -> Relation {
        let (counts, documents, total) = try termCounts(in: ranges, wholeForms: options.countsWholeForms)
        let rows = counts.compactMap { term, count -> (term: Int32, text: String, count: Int, documents: Int)? in
            let text = corpus.index.terms[Int(term)]
            return isListed(text, options: options) ? (term, text, count, documents[term]!) : nil
        }.sorted { ($1.count, $0.text) < ($0.count, $1.text) }.prefix(top)
        // A second pass counts only the listed terms per article, for their dispersion.
        let listed = Set(rows.map(\.term))
        var perArticle: [Int32: [Int: Int]] = [:], sizes: [Int: Int] = [:]
        for (offset, words) in ranges.enumerated() {
            if offset & 1023 == 0 { try cancellation.check() }
            sizes[articles[offset], default: 0] += words.count
            for word in words {
                forEachTerm(ofWord: word, wholeForms: options.countsWholeForms) { term in
                    if listed.contains(term) { perArticle[term, default: [:]][articles[offset], default: 0] += 1 }
                }
            }
        }
        let dispersion = Dispersion(sizes: sizes, totalSize: total)
        let records = rows.map { row in
            [Value.text(row.text), .integer(row.count), .double(Double(row.count) * 1_000_000 / Double(max(total, 1))),
             .integer(row.documents), .double(dispersion.deviationOfProportions(perArticle[row.term] ?? [:]))]
        }
        var result = Relation(kind: .words, rows: records.indices.map(Int32.init), records: Array(records),
                              recordColumns: [("term", .text), ("count", .integer), ("per_million", .decimal), ("documents", .integer), ("dp", .decimal)])
        result.notes.append("per_million = count · 1000000 / \(total) words; dp = Gries's deviation of proportions over the \(sizes.count) "
                            + "\(RowKind.articles.noun(count: sizes.count)) (0 spread evenly, towards 1 in few)")
        return result
    }

    /// Keyness: signed log-likelihood of each word's frequency here against the rest of the corpus, and
    /// the log ratio of the two relative frequencies (a zero count is taken as 0.5).
    private func keywords(in ranges: [Range<Int>], top: Int, options: WordListOptions, range: Range<Int>) throws(Diagnostic) -> Relation {
        let (counts, _, targetTotal) = try termCounts(in: ranges, wholeForms: options.countsWholeForms)
        let referenceTotal = corpus.index.wordCount - targetTotal
        // Against an empty reference every keyness is 0 and every log ratio a figment of the 0.5 correction.
        guard referenceTotal > 0 else {
            throw Diagnostic(.semantic, "'keywords' compares the rows with the rest of the corpus, and these rows hold all of it", at: range,
                             help: "narrow the rows first, as in: articles where actor = \"NAVO\" | keywords")
        }
        var rows: [(term: String, count: Int, reference: Int, keyness: Double, logRatio: Double)] = []
        for (term, count) in counts {
            let text = corpus.index.terms[Int(term)]
            guard isListed(text, options: options) else { continue }
            // The corpus-wide count answers to the same definition as the rows' count.
            let corpusCount = options.countsWholeForms ? corpus.index.count(ofTerm: term) : corpus.index.wordCount(withTerm: term)
            let reference = corpusCount - count
            let keyness = Keyness(target: count, targetTotal: targetTotal, reference: reference, referenceTotal: referenceTotal)
            rows.append((text, count, reference, keyness.signedLogLikelihood, keyness.logRatio))
        }
        rows.sort { ($1.keyness, $0.term) < ($0.keyness, $1.term) }
        let records = rows.prefix(top).map { [Value.text($0.term), .integer($0.count), .integer($0.reference), .double($0.keyness), .double($0.logRatio)] }
        return Relation(kind: .words, rows: records.indices.map(Int32.init), records: Array(records),
                        recordColumns: [("term", .text), ("count", .integer), ("reference", .integer), ("keyness", .decimal),
                                        ("log_ratio", .decimal)])
    }

    /// Sequences of `size` consecutive words within one sentence's word range.
    private func ngrams(of size: Int, in sentences: [Range<Int>], top: Int) throws(Diagnostic) -> Relation {
        var counts: [[Int32]: Int] = [:]
        for (offset, words) in sentences.enumerated() {
            if offset & 1023 == 0 { try cancellation.check() }
            var start = words.lowerBound
            while start + size <= words.upperBound {
                counts[(start..<(start + size)).map { corpus.index.term(ofWord: $0) }, default: 0] += 1
                start += 1
            }
        }
        let rows = counts.map { (terms: $0.key.map { corpus.index.terms[Int($0)] }.joined(separator: " "), count: $0.value) }
            .sorted { ($1.count, $0.terms) < ($0.count, $1.terms) }.prefix(top)
        let records = rows.map { [Value.text($0.terms), .integer($0.count)] }
        return Relation(kind: .words, rows: records.indices.map(Int32.init), records: Array(records),
                        recordColumns: [("ngram", .text), ("count", .integer)])
    }
}

/// Log-likelihood keyness (Rayson and Garside) with the sign of the difference, and Hardie's log ratio.
struct Keyness {
    let target: Int, targetTotal: Int, reference: Int, referenceTotal: Int

    var signedLogLikelihood: Double {
        let a = Double(target), b = Double(reference), c = Double(targetTotal), d = Double(referenceTotal)
        guard c > 0, d > 0 else { return 0 }
        let expectedTarget = c * (a + b) / (c + d), expectedReference = d * (a + b) / (c + d)
        var value = 0.0
        if a > 0 { value += a * log(a / expectedTarget) }
        if b > 0 { value += b * log(b / expectedReference) }
        return (a / c >= b / d ? 1 : -1) * 2 * value
    }

    var logRatio: Double {
        let targetRate = max(Double(target), 0.5) / Double(max(targetTotal, 1))
        let referenceRate = max(Double(reference), 0.5) / Double(max(referenceTotal, 1))
        return log2(targetRate / referenceRate)
    }
}
