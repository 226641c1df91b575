/// The postings built at load time, so queries intersect sorted integer lists instead of scanning text.
///
/// Every list is sorted ascending and holds positions: word positions in the word store, article numbers,
/// sentence positions or mention positions.
public struct CorpusIndex: Sendable {
    /// Folded term → term id.
    let termIDs: [String: Int32]
    /// Term id → folded term.
    public let terms: [String]
    /// Term ids ordered by their text, for prefix search.
    let termsInOrder: [Int32]
    /// Dutch stem → the terms with that stem, for `contains ~"…"`.
    let stemTerms: [String: [Int32]]
    /// Term id → word positions where the term is the word, one of its compound parts, or its genitive base.
    let termWords: PostingLists
    /// Term id → articles containing it.
    let termArticles: PostingLists
    /// Term id → how often it occurs as a whole word (compound parts not counted).
    let termCounts: [Int32]
    /// Word position → term id of the whole word; analyses read it straight, a word at a time.
    public let wordTerms: [Int32]
    /// Sentence position → the word position it starts at, ascending. A word's sentence is found by searching
    /// here, which costs a few probes and saves four bytes per word of the corpus.
    let sentenceStarts: [Int32]
    /// Word position → the terms of its compound parts and genitive base, for the few words that have them:
    /// the parts in word order, then the base (`navo-top's` → navo, top's, navo-top).
    let wordExtraTerms: [Int32: [Int32]]
    /// Actor → its mentions, articles and sentences.
    let actorMentions: [[Int32]]
    let actorArticles: [[Int32]]
    let actorSentences: [[Int32]]
    /// Dated articles ordered by first day, then last day, then number.
    public let articlesByDate: [Int32]

    /// Folded term → term id, for terms numbered in order.
    static func numbering(_ terms: [String], isCancelled: (@Sendable () -> Bool)? = nil) -> [String: Int32]? {
        var ids: [String: Int32] = [:]
        ids.reserveCapacity(terms.count)
        for (id, term) in terms.enumerated() {
            if id & 0x3FFF == 0, isCancelled?() == true { return nil }
            ids[term] = Int32(id)
        }
        return ids
    }

    /// The id of a folded term, if any article uses it.
    public func termID(_ folded: String) -> Int32? { termIDs[folded] }

    /// Ids of every term whose Dutch stem is `stem` (`kernwapen` → `kernwapen`, `kernwapens`).
    public func terms(withStem stem: String) -> [Int32] {
        stemTerms[stem] ?? []
    }

    /// Word positions of a term.
    public func words(withTerm term: Int32) -> [Int32] { Array(termWords[Int(term)]) }

    /// Word positions of a term, without copying them: where it is the whole word, a compound part or a
    /// genitive base, ascending.
    public func wordPositions(withTerm term: Int32) -> ArraySlice<Int32> { termWords[Int(term)] }

    /// How many word positions answer to a term (as a whole word or a part), without copying them.
    public func wordCount(withTerm term: Int32) -> Int { termWords[Int(term)].count }

    /// Articles containing a term.
    public func articles(withTerm term: Int32) -> [Int32] { Array(termArticles[Int(term)]) }

    /// Ids of every term starting with a folded prefix.
    public func terms(withPrefix prefix: String) -> [Int32] {
        var low = 0, high = termsInOrder.count
        while low < high {
            let middle = (low + high) / 2
            if terms[Int(termsInOrder[middle])] < prefix { low = middle + 1 } else { high = middle }
        }
        var result: [Int32] = []
        while low < termsInOrder.count, terms[Int(termsInOrder[low])].hasPrefix(prefix) {
            result.append(termsInOrder[low])
            low += 1
        }
        return result
    }

    /// Whether the word at a position is, or has a part that is, the term.
    public func word(_ position: Int, has term: Int32) -> Bool {
        wordTerms[position] == term || (wordExtraTerms[Int32(position)]?.contains(term) ?? false)
    }

    /// How often a term occurs as a whole word in the corpus.
    public func count(ofTerm term: Int32) -> Int { Int(termCounts[Int(term)]) }

    /// The term of the whole word at a position, compound parts aside.
    public func term(ofWord position: Int) -> Int32 { wordTerms[position] }

    /// The positions of the words that have compound parts or a genitive base, in no order.
    public var wordsWithParts: Dictionary<Int32, [Int32]>.Keys { wordExtraTerms.keys }

    /// The terms of a word's compound parts and genitive base, if it has any; the whole word's is `term(ofWord:)`.
    public func partTerms(ofWord position: Int) -> [Int32]? { wordExtraTerms[Int32(position)] }

    /// The terms of a word's hyphenated compound parts, in order (`navo-top` → navo, top), and of its base
    /// without an apostrophe genitive (`rusland's` → rusland); empty and nil for most words.
    public func compoundPartsAndGenitiveBase(ofWord position: Int) -> (parts: ArraySlice<Int32>, genitiveBase: Int32?) {
        guard let extras = wordExtraTerms[Int32(position)] else { return ([], nil) }
        let whole = terms[Int(wordTerms[position])].utf8
        let hasGenitive = Tokenizer.apostropheGenitiveBase(of: whole) != nil
        let parts: ArraySlice<Int32> = whole.contains(UInt8(ascii: "-")) ? extras.dropLast(hasGenitive ? 1 : 0) : []
        return (parts, hasGenitive ? extras.last : nil)
    }

    /// Where the sentence holding a word ends: the position after its last word.
    public func sentenceEnd(ofWord position: Int) -> Int {
        let sentence = sentence(ofWord: position)
        return sentence + 1 == sentenceStarts.count ? wordCount : Int(sentenceStarts[sentence + 1])
    }

    /// The number of words in the corpus.
    public var wordCount: Int { wordTerms.count }

    /// The sentence a word belongs to.
    public func sentence(ofWord position: Int) -> Int {
        lastSentence(startingAtOrBefore: Int32(position), from: 0, to: sentenceStarts.count)
    }

    /// Whether two words stand in one sentence.
    public func inOneSentence(_ first: Int, _ second: Int) -> Bool {
        let (low, high) = first <= second ? (first, second) : (second, first)
        let sentence = sentence(ofWord: low)
        return sentence + 1 == sentenceStarts.count ? high < wordCount : high < Int(sentenceStarts[sentence + 1])
    }

    /// The distinct sentences holding words at ascending positions, in order; walks forward, so nearby words
    /// cost a comparison each.
    public func sentences(ofWords ascending: [Int32]) -> [Int32] {
        var result: [Int32] = []
        var current = -1
        for position in ascending {
            if current >= 0 && (current + 1 == sentenceStarts.count || sentenceStarts[current + 1] > position) { continue }
            // Gallop ahead to bracket the sentence, then search the bracket.
            var low = current + 1, step = 1
            while low + step < sentenceStarts.count && sentenceStarts[low + step] <= position {
                low += step
                step *= 2
            }
            current = lastSentence(startingAtOrBefore: position, from: low, to: min(sentenceStarts.count, low + step))
            result.append(Int32(current))
        }
        return result
    }

    /// The last sentence in `from..<to` that starts at or before a word; a sentence without words shares its
    /// start with the next one and loses to it.
    private func lastSentence(startingAtOrBefore position: Int32, from: Int, to: Int) -> Int {
        var low = from, high = to
        while low < high {
            let middle = (low + high) / 2
            if sentenceStarts[middle] <= position { low = middle + 1 } else { high = middle }
        }
        return low - 1
    }

    public func mentions(ofActor actor: Int) -> [Int32] { actorMentions[actor] }
    public func articles(ofActor actor: Int) -> [Int32] { actorArticles[actor] }
    public func sentences(ofActor actor: Int) -> [Int32] { actorSentences[actor] }

    /// Bytes held by each index, for the benchmark's account of memory.
    public var memoryFootprint: [(name: String, bytes: Int)] {
        func listBytes(_ lists: [[Int32]]) -> Int { lists.reduce(lists.count * 8) { $0 + $1.count * 4 } }
        return [
            ("terms", terms.reduce(0) { $0 + $1.utf8.count + 16 } + termIDs.count * 24 + termsInOrder.count * 4),
            ("term → words", termWords.bytes),
            ("term → articles", termArticles.bytes),
            ("word → term", wordTerms.count * 4),
            ("sentence → first word", sentenceStarts.count * 4),
            ("word → compound parts", wordExtraTerms.reduce(0) { $0 + 16 + $1.value.count * 4 }),
            ("actor postings", listBytes(actorMentions) + listBytes(actorArticles) + listBytes(actorSentences)),
            ("articles by date", articlesByDate.count * 4),
        ]
    }
}
