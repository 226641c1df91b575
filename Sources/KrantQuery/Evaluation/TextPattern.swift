import Foundation
import KrantCorpus

/// What `contains "…"` looks for: one or more folded words in a row, the last one possibly a prefix (`kernwapen*`).
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
    func matches(term: String, at offset: Int) -> Bool {
        if let stems { return stems[offset].contains(DutchStemmer.shared.stem(term)) }
        return offset == words.count - 1 && lastIsPrefix ? term.hasPrefix(words[offset]) : term == words[offset]
    }

    /// Whether the pattern occurs in a short text, tokenised on the spot (titles, forms, names).
    func occurs(in text: String) -> Bool {
        let tokens = Tokenizer.tokens(in: text).filter { $0.kind != .punctuation }
        guard tokens.count >= words.count else { return false }
        for start in 0...(tokens.count - words.count) {
            let found = words.indices.allSatisfy { offset in
                let token = tokens[start + offset]
                let terms = [token.folded] + token.compoundParts.map(String.init) + (token.apostropheGenitiveBase.map { [String($0)] } ?? [])
                return terms.contains { matches(term: $0, at: offset) }
            }
            if found { return true }
        }
        return false
    }

    /// Word positions in the corpus where the pattern starts, found through the term index.
    func wordPositions(in index: CorpusIndex) -> [Int32] {
        let candidateTerms: [[Int32]] = words.indices.map { offset in
            if let stems { return stems[offset].sorted().flatMap { index.terms(withStem: $0) } }
            if offset == words.count - 1 && lastIsPrefix { return index.terms(withPrefix: words[offset]) }
            return index.termID(words[offset]).map { [$0] } ?? []
        }
        guard candidateTerms.allSatisfy({ !$0.isEmpty }) else { return [] }
        func postings(_ offset: Int) -> [Int32] { SortedSets.union(of: candidateTerms[offset].map { index.words(withTerm: $0) }) }
        guard words.count > 1 else { return postings(0) }
        // Start from the rarest word; the phrase must lie within one sentence.
        let sizes = candidateTerms.map { $0.reduce(0) { $0 + index.wordCount(withTerm: $1) } }
        let anchor = sizes.indices.min { sizes[$0] < sizes[$1] }!
        let termSets = candidateTerms.map(Set.init)
        func answers(_ position: Int, _ offset: Int) -> Bool {
            // The whole word first: compound parts are in a dictionary, and most words have none.
            if termSets[offset].contains(index.term(ofWord: position)) { return true }
            return index.partTerms(ofWord: position)?.contains { termSets[offset].contains($0) } ?? false
        }
        // Where the phrase would start, by the anchor; then each other word narrows that down, by merging its
        // postings (read in order) when they are not much longer, else by looking at each candidate's word.
        var starts = postings(anchor).compactMap { $0 >= anchor ? $0 - Int32(anchor) : nil }
        for offset in words.indices where offset != anchor && !starts.isEmpty {
            if sizes[offset] <= starts.count * 8 {
                starts = SortedSets.intersection(starts, postings(offset).compactMap { $0 >= offset ? $0 - Int32(offset) : nil })
            } else {
                starts = starts.filter { Int($0) + offset < index.wordCount && answers(Int($0) + offset, offset) }
            }
        }
        starts = starts.filter { start in
            let end = Int(start) + words.count - 1
            return end < index.wordCount && index.inOneSentence(Int(start), end)
        }
        return starts
    }
}
