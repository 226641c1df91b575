/// One news article in the corpus.
public struct Article: Sendable, Identifiable {
    /// The article's position in the corpus, which every other record refers to.
    public let number: Int
    /// The name it was loaded under: the file name without `.txt`, or the JSON Lines `id`.
    public let id: String
    public let text: String
    public let title: String
    /// The date, or nil for an undated article.
    public let date: CorpusDate?
    public let dateProvenance: DateProvenance
    public let source: String?
    public let url: String?
    /// Where it was read from.
    public let origin: SourceLocation
    public let paragraphs: [Paragraph]
    /// Positions in `Corpus.sentences`.
    public let sentences: Range<Int>
    /// Positions in the corpus's word store.
    public let words: Range<Int>
    /// Positions in `Corpus.mentions`.
    public let mentions: Range<Int>

    /// The number of words and numbers, punctuation left out.
    public var wordCount: Int { words.count }
}

/// One sentence of an article.
public struct Sentence: Sendable {
    public let article: Int
    /// UTF-8 byte offsets in the article text.
    public let range: Range<Int>
    public let segment: SegmentKind
    public let words: Range<Int>
    public let mentions: Range<Int>
}

/// An actor mentioned at a place in a sentence.
public struct Mention: Sendable {
    public let actor: Int
    public let kind: MentionKind
    public let article: Int
    public let sentence: Int
    /// UTF-8 byte offsets in the article text.
    public let range: Range<Int>
    public let words: Range<Int>
}
