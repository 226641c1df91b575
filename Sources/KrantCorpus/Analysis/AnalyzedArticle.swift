/// An article after segmentation, sentence splitting, tokenising, dating and actor matching, with offsets
/// local to the article; `CorpusNumbering` numbers it into the corpus.
struct AnalyzedArticle: Sendable {
    struct SentenceDraft: Sendable {
        let range: Range<Int>
        let segment: SegmentKind
        /// Article-local word indexes.
        let words: Range<Int>
    }

    struct MentionDraft: Sendable {
        /// A gazetteer actor, or a name the gazetteer does not know.
        enum Target: Sendable { case known(Int), candidate(NameCandidate) }
        let target: Target
        let kind: MentionKind
        let range: Range<Int>
        let sentence: Int
        let words: Range<Int>
        /// For a role mention: the position of the role term in the person's `Actor.roles`.
        var roleTerm: Int?
    }

    let draft: ArticleDraft
    let date: CorpusDate?
    let provenance: DateProvenance
    let title: String
    let paragraphs: [Paragraph]
    let sentences: [SentenceDraft]
    /// Words and numbers, without punctuation.
    let words: [TextToken]
    let mentions: [MentionDraft]
    /// The article's own vocabulary, so indexing looks each distinct term up once, not once per word.
    let vocabulary: LocalVocabulary
}

/// Distinct folded terms of one article, with each word's term as a local number.
struct LocalVocabulary: Sendable {
    /// The distinct terms, with their `TermTable` hashes for the corpus-wide table.
    let terms: [String]
    let hashes: [UInt64]
    /// Per word: the local number of its whole term.
    let wordTerms: [Int32]
    /// Words with compound parts or a genitive base, with the local numbers of those terms.
    private(set) var extras: [(word: Int32, terms: [Int32])] = []
    /// Per term: whether some word of it is written in lowercase, which shows that it is no name.
    private(set) var inLowercase: [Bool]

    /// `terms` are those the tokenizer numbered the article's words in.
    init(words: [TextToken], terms: ArticleTerms) {
        self.terms = terms.table.terms
        hashes = terms.table.hashes
        wordTerms = words.map(\.term)
        inLowercase = [Bool](repeating: false, count: terms.table.terms.count)
        // By index: reading a token's fields costs less than copying it.
        for position in words.indices where words[position].kind == .word {
            let term = words[position].term
            if !words[position].isCapitalized { inLowercase[Int(term)] = true }
            // Only a compound or a word ending in `s` can have further terms.
            guard words[position].isCompound || words[position].endsInS, let parts = terms.parts[term] else { continue }
            extras.append((Int32(position), parts))
        }
    }
}
