/// Finds sentence boundaries in a paragraph's tokens, knowing Dutch abbreviations and quoting habits.
enum SentenceSplitter {
    /// Folded words that a full stop follows without ending the sentence.
    static let abbreviations: Set<String> = [
        "o", "a", "bijv", "bv", "dr", "drs", "mr", "mw", "mevr", "dhr", "ir", "ing", "prof", "ca", "etc",
        "nr", "blz", "jl", "mln", "mld", "resp", "evt", "incl", "excl", "e", "v", "d", "z", "zg",
        "i", "p", "w", "m", "t", "n", "b", "c", "jr", "sr", "gen", "lt", "kol", "min", "max", "ong", "aug",
        "sept", "okt", "nov", "dec", "jan", "feb", "mrt", "apr", "vgl", "enz", "zgn",
    ]

    /// Token index ranges, one per sentence, covering every token of the paragraph.
    static func sentences(in tokens: [TextToken], terms: ArticleTerms, of text: String) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            // A bullet or a numbered item at the start of a line begins a sentence, full stop or not.
            if index > start, startsListItem(at: index, in: tokens, text: text) {
                result.append(start..<index)
                start = index
                continue
            }
            guard isSentenceEnd(tokens[index]) else { continue }
            // `1. Eerste punt`: the number of a list item, not a sentence of its own.
            if index == start + 1, tokens[start].kind == .number { continue }
            var end = index + 1
            while end < tokens.count, isCloser(tokens[end], after: tokens[end - 1]) { end += 1 }
            // A run like `?!` or `...` ends once, at its last mark.
            if end < tokens.count, isSentenceEnd(tokens[end]) { continue }
            guard end == tokens.count || startsSentence(tokens[end]) else { continue }
            if tokens[index].mark == ".", index > start, endsAbbreviation(tokens[index - 1], before: tokens[index], terms: terms) {
                continue
            }
            result.append(start..<end)
            start = end
            index = end - 1
        }
        if start < tokens.count { result.append(start..<tokens.count) }
        return result
    }

    private static func isSentenceEnd(_ token: TextToken) -> Bool {
        token.kind == .punctuation && (token.mark == "." || token.mark == "?" || token.mark == "!" || token.mark == "…")
    }

    private static let closers: Set<Unicode.Scalar> = ["'", "\"", "”", "»", ")", "]"]
    private static let openers: Set<Unicode.Scalar> = ["“", "„", "‘", "'", "\"", "«", "(", "-", "–", "—"]

    /// A closing mark ends the sentence before it; a straight quote does so only when it touches the stop
    /// (`…zei hij."`), since with a space before it (`… zei hij. "Wij…`) it opens the next sentence's quote.
    private static func isCloser(_ token: TextToken, after previous: TextToken) -> Bool {
        guard token.kind == .punctuation, closers.contains(token.mark) else { return false }
        return !straightQuotes.contains(token.mark) || token.range.lowerBound == previous.range.upperBound
    }

    private static let straightQuotes: Set<Unicode.Scalar> = ["'", "\""]
    private static let bullets: Set<Unicode.Scalar> = ["•", "·", "▪", "-", "–", "—", "*"]

    /// A bullet (`•`, `-`) or an item number (`1.`, `2)`) that is the first thing on its line.
    private static func startsListItem(at index: Int, in tokens: [TextToken], text: String) -> Bool {
        let token = tokens[index]
        let isMarker = token.kind == .punctuation ? bullets.contains(token.mark)
            : token.kind == .number && index + 1 < tokens.count && tokens[index + 1].kind == .punctuation
                && (tokens[index + 1].mark == "." || tokens[index + 1].mark == ")")
        guard isMarker else { return false }
        return text.utf8Slice(tokens[index - 1].range.upperBound..<token.range.lowerBound).utf8.contains(0x0A)
    }

    private static func startsSentence(_ token: TextToken) -> Bool {
        switch token.kind {
        case .word: token.isCapitalized
        case .number: true
        case .punctuation: openers.contains(token.mark)
        }
    }

    /// `o.a.`, `dr.`, initials like `J.`: the stop belongs to the word, unless space-less joins say otherwise.
    private static func endsAbbreviation(_ word: TextToken, before stop: TextToken, terms: ArticleTerms) -> Bool {
        guard word.kind == .word, word.range.upperBound == stop.range.lowerBound else { return false }
        let folded = terms.folded(word)
        return abbreviations.contains(folded) || folded.count == 1
    }
}
