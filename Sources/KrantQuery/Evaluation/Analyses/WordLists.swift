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
        let units = WordUnits(relation, in: corpus)
        switch kind {
        case .terms: return try terms(in: units, top: top, options: options)
        case .keywords: return try keywords(in: units, top: top, options: options, range: range)
        case .ngrams:
            let size = try count(literal, word: "ngrams", default: 2, in: 2...5)
            return try ngrams(of: size, in: units, top: top)
        }
    }

    func count(_ literal: Literal?, word: String, default value: Int, in allowed: ClosedRange<Int>) throws(Diagnostic) -> Int {
        guard let literal else { return value }
        guard case .integer(let number) = literal.kind, allowed.contains(number) else {
            throw Diagnostic(.semantic, "'\(word)' takes a whole number from \(allowed.lowerBound) to \(allowed.upperBound)", at: literal.range)
        }
        return number
    }

    /// Calls `body` once for each term a word answers to: the word as written and, unless `wholeForms`, its
    /// compound parts and genitive base.
    func forEachTerm(ofWord word: Int, wholeForms: Bool, _ body: (Int32) -> Void) {
        body(corpus.index.term(ofWord: word))
        if !wholeForms { TermCounts.forEachPart(ofWord: word, in: corpus.index, body) }
    }

    /// Whether a term goes on the list: digits first (`2022`, `5g`) only `with numbers`, Dutch function words
    /// only `with stopwords`.
    func isListed(_ term: String, options: WordListOptions) -> Bool {
        // Decimal digits in any script, as `CharacterSet.decimalDigits` has them, read from the scalar itself.
        if !options.keepsNumbers, term.unicodeScalars.first?.properties.numericType == .decimal { return false }
        return options.keepsStopwords || !DutchStopwords.words.contains(term)
    }

    /// Frequencies, with the frequency per million running words of the rows and the dispersion over their
    /// articles.
    private func terms(in units: WordUnits, top: Int, options: WordListOptions) throws(Diagnostic) -> Relation {
        let wholeForms = options.countsWholeForms
        let counted = units.coverCorpus ? TermCounts(wholeCorpusOf: corpus.index, wholeForms: wholeForms)
            : try TermCounts(units, wholeForms: wholeForms, cancellation: cancellation)
        let terms = corpus.index.terms
        let rows = TopSelection<UInt32>(wanted: top).select(
            visit: { report in for (term, count) in counted.counts.enumerated() where count > 0 { report(term, count) } },
            isListed: { isListed(terms[$0], options: options) }, text: { terms[$0] })
        let total = counted.total
        let listed = rows.map { (term: Int32($0.id), count: Int($0.score)) }
        let spread = units.coverCorpus
            ? try TermSpread(wholeCorpusOf: listed, kind: units.kind, corpus: corpus, wholeForms: wholeForms, cancellation: cancellation)
            : try TermSpread(of: listed, totalSize: total, in: units, wholeForms: wholeForms, cancellation: cancellation)
        let records = rows.enumerated().map { place, row in
            [Value.text(row.text), .integer(Int(row.score)), .double(Double(row.score) * 1_000_000 / Double(max(total, 1))),
             .integer(spread.documents[place]), .double(spread.deviations[place])]
        }
        var result = Relation(kind: .words, rows: records.indices.map(Int32.init), records: records,
                              recordColumns: [("term", .text), ("count", .integer), ("per_million", .decimal), ("documents", .integer), ("dp", .decimal)])
        result.notes.append("per_million = count · 1000000 / \(total) words; dp = Gries's deviation of proportions over the \(spread.articles) "
                            + "\(RowKind.articles.noun(count: spread.articles)) (0 spread evenly, towards 1 in few)")
        return result
    }

    /// Keyness: signed log-likelihood of each word's frequency here against the rest of the corpus, and
    /// the log ratio of the two relative frequencies (a zero count is taken as 0.5).
    private func keywords(in units: WordUnits, top: Int, options: WordListOptions, range: Range<Int>) throws(Diagnostic) -> Relation {
        let counted = try TermCounts(units, wholeForms: options.countsWholeForms, cancellation: cancellation)
        let targetTotal = counted.total
        let referenceTotal = corpus.index.wordCount - targetTotal
        // Against an empty reference every keyness is 0 and every log ratio a figment of the 0.5 correction.
        guard referenceTotal > 0 else {
            throw Diagnostic(.semantic, "'keywords' compares the rows with the rest of the corpus, and these rows hold all of it", at: range,
                             help: "narrow the rows first, as in: articles where actor = \"NAVO\" | keywords")
        }
        func keyness(_ term: Int) -> Keyness {
            let count = Int(counted.counts[term])
            // The corpus-wide count answers to the same definition as the rows' count.
            let corpusCount = options.countsWholeForms ? corpus.index.count(ofTerm: Int32(term)) : corpus.index.wordCount(withTerm: Int32(term))
            return Keyness(target: count, targetTotal: targetTotal, reference: corpusCount - count, referenceTotal: referenceTotal)
        }
        var scores = [Double](repeating: 0, count: counted.counts.count)
        for term in scores.indices where counted.counts[term] > 0 {
            if term & 0xFFFF == 0 { try cancellation.check() }
            scores[term] = keyness(term).signedLogLikelihood
        }
        let terms = corpus.index.terms
        let rows = TopSelection<Double>(wanted: top).select(
            visit: { report in for (term, count) in counted.counts.enumerated() where count > 0 { report(term, scores[term]) } },
            isListed: { isListed(terms[$0], options: options) }, text: { terms[$0] })
        let records = rows.map { row in
            let measures = keyness(row.id)
            return [Value.text(row.text), .integer(measures.target), .integer(measures.reference), .double(row.score), .double(measures.logRatio)]
        }
        return Relation(kind: .words, rows: records.indices.map(Int32.init), records: records,
                        recordColumns: [("term", .text), ("count", .integer), ("reference", .integer), ("keyness", .decimal),
                                        ("log_ratio", .decimal)])
    }

    /// Sequences of `size` consecutive words within one sentence.
    private func ngrams(of size: Int, in units: WordUnits, top: Int) throws(Diagnostic) -> Relation {
        let rows = try NGramCounter(units: units, length: size, cancellation: cancellation).top(top)
        let records = rows.map { [Value.text($0.text), .integer($0.count)] }
        return Relation(kind: .words, rows: records.indices.map(Int32.init), records: records,
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
