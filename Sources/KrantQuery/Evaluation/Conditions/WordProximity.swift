import KrantCorpus

/// What `contains "A" within N of "B"` looks for: a match of A and a match of B at most N words apart, in
/// either order, as CQP's `[]{0,n}` and Lucene's unordered span queries count it.
///
/// The distance runs from the last word of one match to the first word of the other, so words next to each
/// other are 1 apart. Matches that share a word (the parts of one compound) are not two places, and so never
/// near each other: a phrase finds those. Both matches stand in one sentence unless `crossesSentences`, when
/// they need only stand in one article.
package struct WordProximity: Sendable {
    /// A match: its first and last word.
    typealias Span = (first: Int, last: Int)

    package let first: TextPattern
    package let second: TextPattern
    package let distance: Int
    package let crossesSentences: Bool

    /// Whether two matches lie 1 to `distance` words apart.
    func areNear(_ a: Span, _ b: Span) -> Bool {
        let gap = b.first > a.last ? b.first - a.last : a.first > b.last ? a.first - b.last : 0
        return gap >= 1 && gap <= distance
    }

    // MARK: Through the index

    /// Word positions where a match of `first` starts that has a match of `second` near it, ascending.
    func anchors(in corpus: Corpus) -> [Int32] {
        let index = corpus.index
        let partners = second.matches(in: index)
        // A match spans at most as many words as its pattern has, which bounds how far back a partner can start.
        let longest = second.words.count
        func sameUnit(_ a: Int, _ b: Int) -> Bool {
            crossesSentences ? corpus.sentences[index.sentence(ofWord: a)].article == corpus.sentences[index.sentence(ofWord: b)].article
                : index.inOneSentence(a, b)
        }
        func firstPartner(startingAtOrAfter position: Int) -> Int {
            var low = 0, high = partners.count
            while low < high {
                let middle = (low + high) / 2
                if Int(partners[middle].first) < position { low = middle + 1 } else { high = middle }
            }
            return low
        }
        return first.matches(in: index).compactMap { match in
            let a: Span = (Int(match.first), Int(match.last))
            var candidate = firstPartner(startingAtOrAfter: a.first - distance - longest)
            while candidate < partners.count, Int(partners[candidate].first) <= a.last + distance {
                let b: Span = (Int(partners[candidate].first), Int(partners[candidate].last))
                if areNear(a, b), sameUnit(a.first, b.first) { return match.first }
                candidate += 1
            }
            return nil
        }
    }

    // MARK: By scanning

    /// Whether the two occur near each other in the texts of consecutive sentences of one article, with the
    /// match of `first` in one of the sentences `anchors` (by place in `sentences`); a match never crosses a
    /// sentence. Without `crossesSentences`, callers pass one sentence at a time.
    func occurs(inSentences sentences: [String], anchors: Range<Int>) -> Bool {
        var firstSpans: [Span] = [], secondSpans: [Span] = []
        var offset = 0
        for (number, text) in sentences.enumerated() {
            let tokens = Tokenizer.words(in: text)
            if anchors.contains(number) {
                firstSpans += first.spans(inTokens: tokens).map { ($0.first + offset, $0.last + offset) }
            }
            secondSpans += second.spans(inTokens: tokens).map { ($0.first + offset, $0.last + offset) }
            offset += tokens.count
        }
        return firstSpans.contains { a in secondSpans.contains { b in areNear(a, b) } }
    }
}

extension Proximity {
    /// The test as written, checked as the in-memory evaluator checks it (a distance from 1 to 1000, a sentence
    /// or an article, words in both strings), for other backends to run.
    package func checked() throws(Diagnostic) -> WordProximity {
        try ConditionCompiler.proximity(self)
    }
}

extension TextPattern {
    /// Where the pattern occurs in tokenised text (punctuation left out): the first and last token of each match.
    func spans(inTokens tokens: [FoldedWord]) -> [(first: Int, last: Int)] {
        let words = TokenWords(tokens: tokens)
        return tokens.indices.compactMap { start in
            lastWord(ofMatchFrom: start, before: tokens.count, in: words, matches: { matches(term: $0, at: $1) }).map { (start, $0) }
        }
    }
}
