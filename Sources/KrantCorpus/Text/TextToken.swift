/// One token of an article's text as the analysis reads it: a word or number (compounds and numbers kept
/// whole) numbered in the article's `TermTable`, or a single punctuation mark. Plain data, so that splitting
/// sentences and collecting words copies bytes and counts no references; the folded form is
/// `ArticleTerms.folded(_:)`.
struct TextToken: Sendable, Hashable {
    /// Whether a token is a word or punctuation.
    enum Kind: UInt8, Sendable, Hashable { case word, number, punctuation }

    let kind: Kind
    /// Whether the first letter is uppercase, for names and sentence starts.
    let isCapitalized: Bool
    /// Whether the word is a hyphenated compound (`navo-top`), noted while tokenising since every word is asked.
    let isCompound: Bool
    /// Whether the folded form ends in `s`, as genitives do; asked of every word by numbering and matching.
    let endsInS: Bool
    /// The word's number in its article's `TermTable`; -1 for punctuation.
    let term: Int32
    /// A punctuation mark, folded (`’` → `'`); a mark whose folding is not one scalar is `unfoldableMark`,
    /// which no rule names. Unused for words.
    let mark: Unicode.Scalar
    /// UTF-8 byte offsets in the article text.
    let range: Range<Int>

    static let unfoldableMark: Unicode.Scalar = "\u{FFFF}"
}
