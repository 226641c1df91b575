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

    /// The writer named in the byline (`Door Frank van Vliet` → `Frank van Vliet`), if the article has one.
    public var author: String? {
        paragraphs.first { $0.kind == .byline }.flatMap { Segmenter.author(ofByline: text.utf8Slice($0.range)) }
    }
}

/// One sentence of an article.
///
/// Millions of these are held at once, so positions are stored in 32 bits (an article's text is under 2 GB,
/// and the corpus's word and mention positions are 32-bit throughout).
public struct Sentence: Sendable {
    private let articleNumber: Int32
    private let start: Int32, end: Int32
    private let firstWord: Int32, wordEnd: Int32
    private let firstMention: Int32, mentionEnd: Int32
    public let segment: SegmentKind

    public var article: Int { Int(articleNumber) }
    /// UTF-8 byte offsets in the article text.
    public var range: Range<Int> { Int(start)..<Int(end) }
    public var words: Range<Int> { Int(firstWord)..<Int(wordEnd) }
    public var mentions: Range<Int> { Int(firstMention)..<Int(mentionEnd) }

    init(article: Int, range: Range<Int>, segment: SegmentKind, words: Range<Int>, mentions: Range<Int>) {
        articleNumber = Int32(article)
        (start, end) = (Int32(range.lowerBound), Int32(range.upperBound))
        self.segment = segment
        (firstWord, wordEnd) = (Int32(words.lowerBound), Int32(words.upperBound))
        (firstMention, mentionEnd) = (Int32(mentions.lowerBound), Int32(mentions.upperBound))
    }
}

/// An actor mentioned at a place in a sentence; stored in 32 bits like `Sentence`.
public struct Mention: Sendable {
    private let actorID: Int32
    private let articleNumber: Int32, sentencePosition: Int32
    private let start: Int32, end: Int32
    private let firstWord: Int32, wordEnd: Int32
    public let kind: MentionKind
    private let roleTermPosition: Int8

    public var actor: Int { Int(actorID) }
    public var article: Int { Int(articleNumber) }
    public var sentence: Int { Int(sentencePosition) }
    /// UTF-8 byte offsets in the article text.
    public var range: Range<Int> { Int(start)..<Int(end) }
    public var words: Range<Int> { Int(firstWord)..<Int(wordEnd) }
    /// For a role mention: the position in the person's `Actor.roles` of the term that resolved it.
    public var roleTerm: Int? { roleTermPosition < 0 ? nil : Int(roleTermPosition) }

    init(actor: Int, kind: MentionKind, article: Int, sentence: Int, range: Range<Int>, words: Range<Int>, roleTerm: Int? = nil) {
        actorID = Int32(actor)
        self.kind = kind
        roleTermPosition = Int8(clamping: roleTerm ?? -1)
        (articleNumber, sentencePosition) = (Int32(article), Int32(sentence))
        (start, end) = (Int32(range.lowerBound), Int32(range.upperBound))
        (firstWord, wordEnd) = (Int32(words.lowerBound), Int32(words.upperBound))
    }
}
