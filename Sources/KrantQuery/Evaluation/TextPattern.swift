import Foundation
import KrantCorpus

/// What `contains "…"` looks for: one or more folded words in a row, the last one possibly a prefix (`kernwapen*`).
///
/// A phrase's words are consecutive words, where the parts of a hyphenated compound count as consecutive words,
/// as in SQLite FTS5 and DuckDB: "Russische oud-president" holds "Russische oud-president", "Russische oud" and
/// "oud president", but not "Russische president". A word of the pattern matches a whole word, its genitive base
/// (`rusland's` → `rusland`) or one part of a compound, so a match may begin or end inside a compound.
struct TextPattern: Sendable {
    let words: [String]
    let lastIsPrefix: Bool
    /// For `~"…"`: per word, the stems a matching word may have.
    let stems: [Set<String>]?

    /// Nil when the text holds no word.
    init?(_ text: String, stemmed: Bool = false) {

        var text = Substring(text.trimmingCharacters(in: .whitespaces))
        lastIsPrefix = text.hasSuffix("*")
        while text.hasSuffix("*") { text = text.dropLast() }
        words = Tokenizer.tokens(in: String(text)).filter { $0.kind != .punctuation }.map(\.folded)
        // Snowball stems `kernwapen` to `kernwaap` but `kernwapens` to `kernwapen`: a word as typed also
        // counts as a stem, so `~"kernwapen"` finds both, as a researcher expects.
        stems = stemmed ? words.map { [DutchStemmer.shared.stem($0), $0] } : nil
        guard !words.isEmpty else { return nil }
    }

    /// Whether a term (a whole word, a compound part, or a genitive base) matches the word at `offset`.
    func matches(term: some StringProtocol, at offset: Int) -> Bool {
        if let stems { return stems[offset].contains(DutchStemmer.shared.stem(String(term))) }
        return offset == words.count - 1 && lastIsPrefix ? term.hasPrefix(words[offset]) : term == words[offset]
    }

    /// Whether the pattern occurs in a short text, tokenised on the spot (titles, forms, names, a sentence).
    func occurs(in text: String) -> Bool {
        let tokens = Tokenizer.tokens(in: text).filter { $0.kind != .punctuation }
        let phraseWords = tokens.map { token in
            PhraseWord(whole: Substring(token.folded), genitiveBase: token.apostropheGenitiveBase, parts: token.compoundParts[...])
        }
        return phraseWords.indices.contains { start in
            lastWord(ofMatchFrom: start, before: phraseWords.count, word: { phraseWords[$0] }, matches: { matches(term: $0, at: $1) }) != nil
        }
    }

    /// Where the pattern occurs in the corpus, found through the term index: the first and last word of each
    /// match, by first word; a word starts one match at most.
    func matches(in index: CorpusIndex) -> [(first: Int32, last: Int32)] {
        let candidateTerms: [[Int32]] = words.indices.map { offset in
            if let stems { return stems[offset].sorted().flatMap { index.terms(withStem: $0) } }
            if offset == words.count - 1 && lastIsPrefix { return index.terms(withPrefix: words[offset]) }
            return index.termID(words[offset]).map { [$0] } ?? []
        }
        guard candidateTerms.allSatisfy({ !$0.isEmpty }) else { return [] }
        func postings(_ offset: Int) -> [Int32] { SortedSets.union(of: candidateTerms[offset].map { index.words(withTerm: $0) }) }
        // A word's postings hold it as a whole word, a part and a genitive base alike: one word is a match.
        guard words.count > 1 else { return postings(0).map { ($0, $0) } }
        let termSets = candidateTerms.map(Set.init)
        func word(_ position: Int) -> PhraseWord<Int32> {
            PhraseWord(whole: index.term(ofWord: position), genitiveBase: index.genitiveBaseTerm(ofWord: position),
                       parts: index.compoundPartTerms(ofWord: position))
        }
        func startsHere(_ position: Int) -> Bool {
            termSets[0].contains(index.term(ofWord: position)) || (index.partTerms(ofWord: position)?.contains { termSets[0].contains($0) } ?? false)
        }
        // Start from the rarest word, found `anchor` words into the phrase. A match holding it there starts
        // `anchor` words before it, or fewer where a compound before it holds two of the phrase's words.
        let sizes = candidateTerms.map { $0.reduce(0) { $0 + index.wordCount(withTerm: $1) } }
        let anchor = sizes.indices.min { sizes[$0] < sizes[$1] }!
        var found: [(first: Int32, last: Int32)] = []
        var lastTried = -1
        for position in postings(anchor).lazy.map(Int.init) {
            let earliest = max(0, position - anchor)
            let hasCompound = stride(from: earliest + 1, through: position, by: 1).contains { index.partTerms(ofWord: $0) != nil }
            for start in stride(from: max(earliest, lastTried + 1), through: hasCompound ? position : earliest, by: 1) {
                lastTried = start
                guard startsHere(start),
                      let last = lastWord(ofMatchFrom: start, before: index.sentenceEnd(ofWord: start), word: word,
                                          matches: { termSets[$1].contains($0) }) else { continue }
                found.append((Int32(start), Int32(last)))
            }
        }
        return found
    }

    /// Word positions in the corpus where the pattern starts.
    func wordPositions(in index: CorpusIndex) -> [Int32] {
        matches(in: index).map(\.first)
    }

    /// The last word of a match that starts in word `start` (at its beginning or, for a compound, at any of its
    /// parts) and ends before word `end`; nil when none does.
    func lastWord<Term>(ofMatchFrom start: Int, before end: Int, word: (Int) -> PhraseWord<Term>,
                        matches: (Term, Int) -> Bool) -> Int? {
        // Pattern word `offset` is to be matched at `part` of word `position` (0 is the word's beginning).
        func walk(_ position: Int, _ part: Int, _ offset: Int) -> Int? {
            if offset == words.count { return part == 0 ? position - 1 : position }
            guard position < end else { return nil }
            let current = word(position)
            if part == 0, matches(current.whole, offset) || current.genitiveBase.map({ matches($0, offset) }) ?? false,
               let last = walk(position + 1, 0, offset + 1) {
                return last
            }
            guard current.parts.count > 1, matches(current.parts[current.parts.startIndex + part], offset) else { return nil }
            return part + 1 < current.parts.count ? walk(position, part + 1, offset + 1) : walk(position + 1, 0, offset + 1)
        }
        for part in 0..<max(1, word(start).parts.count) {
            if let last = walk(start, part, 0) { return last }
        }
        return nil
    }
}

/// A word of text as a phrase reads it: whole, as written or as its genitive base, or, for a hyphenated
/// compound, part by part, the parts standing for consecutive words.
struct PhraseWord<Term> {
    let whole: Term
    let genitiveBase: Term?
    let parts: ArraySlice<Term>
}
