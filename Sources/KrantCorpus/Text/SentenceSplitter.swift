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
    static func sentences(in tokens: [TextToken], of text: String) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            guard tokens[index].kind == .punctuation, isSentenceEnd(tokens[index].folded) else { continue }
            var end = index + 1
            while end < tokens.count, isCloser(tokens[end].folded) { end += 1 }
            // A run like `?!` or `...` ends once, at its last mark.
            if end < tokens.count, tokens[end].kind == .punctuation, isSentenceEnd(tokens[end].folded) { continue }
            guard end == tokens.count || startsSentence(tokens[end]) else { continue }
            if tokens[index].folded == ".", index > start, endsAbbreviation(tokens[index - 1], before: tokens[index]) {
                continue
            }
            result.append(start..<end)
            start = end
            index = end - 1
        }
        if start < tokens.count { result.append(start..<tokens.count) }
        return result
    }

    private static func isSentenceEnd(_ mark: String) -> Bool {
        mark == "." || mark == "?" || mark == "!" || mark == "…"
    }

    private static let closers: Set<String> = ["'", "\"", "”", "»", ")", "]"]
    private static let openers: Set<String> = ["“", "„", "‘", "'", "\"", "«", "(", "-", "–", "—"]

    private static func isCloser(_ mark: String) -> Bool {
        closers.contains(mark)
    }

    private static func startsSentence(_ token: TextToken) -> Bool {
        switch token.kind {
        case .word: token.isCapitalized
        case .number: true
        case .punctuation: openers.contains(token.folded)
        }
    }

    /// `o.a.`, `dr.`, initials like `J.`: the stop belongs to the word, unless space-less joins say otherwise.
    private static func endsAbbreviation(_ word: TextToken, before stop: TextToken) -> Bool {
        guard word.kind == .word, word.range.upperBound == stop.range.lowerBound else { return false }
        return abbreviations.contains(word.folded) || word.folded.count == 1
    }
}
