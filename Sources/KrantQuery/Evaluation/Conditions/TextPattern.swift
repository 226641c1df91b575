import Foundation
import KrantCorpus

/// What `contains "…"` looks for: one or more folded words in a row, the last one possibly a prefix (`kernwapen*`).
///
/// A phrase's words are consecutive words, where the parts of a hyphenated compound count as consecutive words,
/// as in SQLite FTS5 and DuckDB: "Russische oud-president" holds "Russische oud-president", "Russische oud" and
/// "oud president", but not "Russische president". A word of the pattern matches a whole word, its genitive base
/// (`rusland's` → `rusland`) or one part of a compound, so a match may begin or end inside a compound.
///
/// Public so that other backends (PostgreSQL) read a pattern exactly as the in-memory evaluator does.
public struct TextPattern: Sendable {
    /// The folded words, in order.
    public let words: [String]
    /// Whether the last word ends in `*` and matches every word it begins.
    public let lastIsPrefix: Bool
    /// For `~"…"`: per word, the stems a matching word may have.
    public let stems: [Set<String>]?

    /// Nil when the text holds no word.
    public init?(_ text: String, stemmed: Bool = false) {

        var text = Substring(text.trimmingCharacters(in: .whitespaces))
        lastIsPrefix = text.hasSuffix("*")
        while text.hasSuffix("*") { text = text.dropLast() }
        words = Tokenizer.words(in: String(text)).map(\.folded)
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
        let tokens = Tokenizer.words(in: text)
        let words = TokenWords(tokens: tokens)
        return tokens.indices.contains { start in
            lastWord(ofMatchFrom: start, before: tokens.count, in: words, matches: { matches(term: $0, at: $1) }) != nil
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
        var postingsCache: [[Int32]?] = Array(repeating: nil, count: words.count)
        func postings(_ offset: Int) -> [Int32] {
            if let cached = postingsCache[offset] { return cached }
            let list = SortedSets.union(of: candidateTerms[offset].map { index.words(withTerm: $0) })
            postingsCache[offset] = list
            return list
        }
        // A word's postings hold it as a whole word, a part and a genitive base alike: one word is a match.
        guard words.count > 1 else { return postings(0).map { ($0, $0) } }
        let termSets = candidateTerms.map(Set.init)
        func isTerm(_ term: Int32, _ offset: Int) -> Bool {
            candidateTerms[offset].count == 1 ? candidateTerms[offset][0] == term : termSets[offset].contains(term)
        }
        func answers(_ position: Int, _ offset: Int) -> Bool {
            // The whole word first: compound parts are in a dictionary, and most words have none.
            isTerm(index.term(ofWord: position), offset) || (index.partTerms(ofWord: position)?.contains { isTerm($0, offset) } ?? false)
        }
        let sizes = candidateTerms.map { $0.reduce(0) { $0 + index.wordCount(withTerm: $1) } }

        // Matches with each word of the phrase in a word of its own, where it starts: from the rarest word, each
        // other word narrows the starts down, by merging its postings (read in order) when they are not much
        // longer, else by looking at each candidate's word.
        let anchor = sizes.indices.min { sizes[$0] < sizes[$1] }!
        var starts = postings(anchor).compactMap { $0 >= anchor ? $0 - Int32(anchor) : nil }
        for offset in words.indices where offset != anchor && !starts.isEmpty {
            if sizes[offset] <= starts.count * 8 {
                starts = SortedSets.intersection(starts, postings(offset).compactMap { $0 >= offset ? $0 - Int32(offset) : nil })
            } else {
                starts = starts.filter { Int($0) + offset < index.wordCount && answers(Int($0) + offset, offset) }
            }
        }
        // Matches where two neighbouring words of the phrase are consecutive parts of one compound, and so span
        // fewer words: such a compound is among the postings of either word where it is not the whole word. A
        // term's postings less its whole-word count say how often it is a part, so most phrases skip this.
        let partCounts = candidateTerms.map { $0.reduce(0) { $0 + index.wordCount(withTerm: $1) - index.count(ofTerm: $1) } }
        var packed: [Int32] = []
        for offset in 0..<(words.count - 1) where partCounts[offset] > 0 && partCounts[offset + 1] > 0 {
            let rarer = sizes[offset] <= sizes[offset + 1] ? offset : offset + 1
            for position in postings(rarer) where !isTerm(index.term(ofWord: Int(position)), rarer) {
                let parts = index.compoundPartsAndGenitiveBase(ofWord: Int(position)).parts
                guard zip(parts, parts.dropFirst()).contains(where: { isTerm($0, offset) && isTerm($1, offset + 1) }) else { continue }
                packed += (max(0, Int(position) - offset)...Int(position)).map(Int32.init)
            }
        }
        if !packed.isEmpty { starts = SortedSets.union(starts, SortedSets.deduplicated(packed.sorted())) }

        // Each candidate is walked word by word, within its sentence, for the parts' order and the match's end.
        let text = IndexWords(index: index)
        return starts.compactMap { start in
            lastWord(ofMatchFrom: Int(start), before: index.sentenceEnd(ofWord: Int(start)), in: text,
                     matches: isTerm).map { (start, Int32($0)) }
        }
    }

    /// Word positions in the corpus where the pattern starts.
    func wordPositions(in index: CorpusIndex) -> [Int32] {
        matches(in: index).map(\.first)
    }

    /// The last word of a match that starts in word `start` (at its beginning or, for a compound, at any of its
    /// parts) and ends before word `end`; nil when none does.
    func lastWord<Text: PhraseText>(ofMatchFrom start: Int, before end: Int, in text: Text,
                                    matches: (Text.Term, Int) -> Bool) -> Int? {
        // Pattern word `offset` is to be matched at `part` of word `position` (0 is the word's beginning).
        func walk(_ position: Int, _ part: Int, _ offset: Int) -> Int? {
            if offset == words.count { return part == 0 ? position - 1 : position }
            guard position < end else { return nil }
            if part == 0, matches(text.whole(position), offset), let last = walk(position + 1, 0, offset + 1) { return last }
            // Most words have neither parts nor a genitive: these are looked up only when the whole word fails.
            let (parts, base) = text.partsAndGenitiveBase(position)
            if part == 0, let base, matches(base, offset), let last = walk(position + 1, 0, offset + 1) { return last }
            guard parts.count > 1, matches(parts[parts.startIndex + part], offset) else { return nil }
            return part + 1 < parts.count ? walk(position, part + 1, offset + 1) : walk(position + 1, 0, offset + 1)
        }
        if let last = walk(start, 0, 0) { return last }
        let parts = text.partsAndGenitiveBase(start).parts.count
        for part in stride(from: 1, to: parts, by: 1) {
            if let last = walk(start, part, 0) { return last }
        }
        return nil
    }
}

/// Words of text as a phrase reads them: whole, as written or as their genitive base, or, for a hyphenated
/// compound, part by part, the parts standing for consecutive words.
protocol PhraseText {
    associatedtype Term
    func whole(_ position: Int) -> Term
    func partsAndGenitiveBase(_ position: Int) -> (parts: ArraySlice<Term>, genitiveBase: Term?)
}

/// The corpus's words, as term ids.
private struct IndexWords: PhraseText {
    let index: CorpusIndex
    func whole(_ position: Int) -> Int32 { index.term(ofWord: position) }
    func partsAndGenitiveBase(_ position: Int) -> (parts: ArraySlice<Int32>, genitiveBase: Int32?) {
        index.compoundPartsAndGenitiveBase(ofWord: position)
    }
}

/// The words of a text tokenised on the spot, as folded text.
struct TokenWords: PhraseText {
    let tokens: [FoldedWord]
    func whole(_ position: Int) -> Substring { Substring(tokens[position].folded) }
    func partsAndGenitiveBase(_ position: Int) -> (parts: ArraySlice<Substring>, genitiveBase: Substring?) {
        (tokens[position].compoundParts[...], tokens[position].apostropheGenitiveBase)
    }
}
