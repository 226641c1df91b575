/// Turns a draft into an analysed article.
enum ArticleAnalyzer {
    static func analyze(_ draft: ArticleDraft, matcher: MentionMatcher) -> AnalyzedArticle {
        let paragraphs = Segmenter.paragraphs(of: draft)
        var sentences: [AnalyzedArticle.SentenceDraft] = []
        var words: [TextToken] = []
        var mentions: [AnalyzedArticle.MentionDraft] = []
        var opening: [[TextToken]] = []
        var rolePhrases: [(phrase: RolePhrase, sentence: Int, words: Range<Int>, named: Set<Int>)] = []
        var text = draft.text
        // Distinct terms run to about half the words of a short article and fewer of a long one.
        var terms = ArticleTerms(expected: 256 + text.utf8.count / 24)
        text.withUTF8 { bytes in
            for paragraph in paragraphs {
                let tokens = Tokenizer.tokens(in: bytes, range: paragraph.range, terms: &terms)
                if opening.count < DateInference.openingParagraphs, paragraph.kind.isRunningText {
                    opening.append(tokens)
                }
                for tokenRange in SentenceSplitter.sentences(in: tokens, terms: terms, of: draft.text) {
                    let sentenceTokens = Array(tokens[tokenRange])
                    let sentenceIndex = sentences.count
                    var wordIndexes: [Int] = []
                    for token in sentenceTokens {
                        wordIndexes.append(words.count)
                        if token.kind != .punctuation { words.append(token) }
                    }
                    func wordRange(_ tokenSpan: ClosedRange<Int>) -> Range<Int> {
                        wordIndexes[tokenSpan.lowerBound]..<(wordIndexes[tokenSpan.upperBound] + 1)
                    }
                    let matches = matcher.matches(in: sentenceTokens, terms: terms, text: draft.text)
                    var covered = [Bool](repeating: false, count: sentenceTokens.count)
                    for match in matches { for token in match.tokens { covered[token] = true } }
                    var sentenceMentions = matches.map {
                        AnalyzedArticle.MentionDraft(target: .known($0.actor), kind: $0.kind, range: $0.range,
                                                     sentence: sentenceIndex, words: wordRange($0.tokens))
                    }
                    for candidate in NameCandidates.find(in: sentenceTokens, covered: covered, terms: terms, text: draft.text) {
                        sentenceMentions.append(.init(target: .candidate(candidate), kind: .name,
                                                      range: candidate.range, sentence: sentenceIndex,
                                                      words: wordRange(candidate.tokens)))
                    }
                    mentions += sentenceMentions.sorted { $0.range.lowerBound < $1.range.lowerBound }
                    if !matcher.rolePhrases.isEmpty, !matches.isEmpty {
                        let phrases = matcher.rolePhrases.find(in: sentenceTokens, mentions: matches, terms: terms, text: draft.text)
                        let named = phrases.isEmpty ? [] : Set(matches.map(\.actor))
                        for phrase in phrases {
                            rolePhrases.append((phrase, sentenceIndex, wordRange(phrase.tokens), named))
                        }
                    }
                    let first = sentenceTokens.first!.range.lowerBound, last = sentenceTokens.last!.range.upperBound
                    sentences.append(.init(range: first..<last, segment: paragraph.kind,
                                           words: wordIndexes.first!..<words.count))
                }
            }
        }
        let inferred = draft.headerDate == nil ? DateInference.infer(fromOpening: opening, terms: terms) : nil
        let date = draft.headerDate ?? inferred?.date
        if !rolePhrases.isEmpty {
            mentions = withRoleMentions(mentions, rolePhrases, on: date, matcher: matcher)
        }
        return AnalyzedArticle(
            draft: draft,
            date: date,
            provenance: draft.headerDate != nil ? .header : inferred?.provenance ?? .none,
            title: title(paragraphs: paragraphs, sentences: sentences, text: draft.text),
            paragraphs: paragraphs, sentences: sentences, words: words, mentions: mentions,
            vocabulary: LocalVocabulary(words: words, terms: terms))
    }

    /// The mentions with the role phrases that name a person on the article's date, each in its place; a
    /// phrase in a sentence that names the person anyway (`de Russische president Poetin`) adds nothing.
    private static func withRoleMentions(_ mentions: [AnalyzedArticle.MentionDraft],
                                         _ phrases: [(phrase: RolePhrase, sentence: Int, words: Range<Int>, named: Set<Int>)],
                                         on date: CorpusDate?, matcher: MentionMatcher) -> [AnalyzedArticle.MentionDraft] {
        var roleMentions: [AnalyzedArticle.MentionDraft] = []
        for found in phrases {
            guard let (person, term) = matcher.rolePhrases.resolve(found.phrase, on: date), !found.named.contains(person) else { continue }
            roleMentions.append(.init(target: .known(person), kind: .role, range: found.phrase.range, sentence: found.sentence,
                                      words: found.words, roleTerm: term))
        }
        guard !roleMentions.isEmpty else { return mentions }
        return (mentions + roleMentions).enumerated().sorted {
            ($0.element.sentence, $0.element.range.lowerBound, $0.offset) < ($1.element.sentence, $1.element.range.lowerBound, $1.offset)
        }.map(\.element)
    }

    /// The headline, or else the lead's first sentence.
    private static func title(paragraphs: [Paragraph], sentences: [AnalyzedArticle.SentenceDraft], text: String) -> String {
        if let headline = paragraphs.first(where: { $0.kind == .title }) {
            return String(text.utf8Slice(headline.range))
        }
        guard let first = sentences.first else { return "" }
        return String(text.utf8Slice(first.range))
    }
}
