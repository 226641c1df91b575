/// A word or number of a short text, folded, for what reads text outside an article's analysis: query words,
/// gazetteer forms, a sentence shown in a concordance.
public struct FoldedWord: Sendable, Hashable {
    /// UTF-8 byte offsets in the text.
    public let range: Range<Int>
    /// The folded form (`Oekraïne` → `oekraine`), used for every match.
    public let folded: String
    /// Whether it is a number (`100.000`, `2,5`) rather than a word.
    public let isNumber: Bool

    /// The parts of a hyphenated compound (`navo-top` → `navo`, `top`); empty for a simple word.
    public var compoundParts: [Substring] {
        guard !isNumber else { return [] }
        return Tokenizer.compoundParts(of: Array(folded.utf8)).map { folded.utf8Slice($0) }
    }

    /// The word without an apostrophe genitive (`rusland's` → `rusland`), if it has one.
    public var apostropheGenitiveBase: Substring? {
        guard !isNumber, let base = Tokenizer.apostropheGenitiveBase(of: Array(folded.utf8)) else { return nil }
        return folded.utf8Slice(base)
    }
}
