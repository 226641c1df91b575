/// Finds capitalised names the gazetteer does not know (`Happymon Jacob`, `Denis Volkov`, `Hamas`), so a
/// researcher sees who it misses.
///
/// A name is a run of one to four capitalised words that no mention covers. Function words (`Zowel`,
/// `Nadat`), the nouns of `NameVocabulary.nameBreakers`, roles and titles (`Oppositieleider`, `Oud-premier`,
/// `Dr`) are never part of one, nor does a Dutch adjective start one, so a title or a sentence's first word is left out of the name
/// that follows it; an abbreviation in capitals (`ECB`) is a name of its own. Runs once per sentence of
/// every article, so it asks each token only cheap questions and builds strings for candidates alone.
enum NameCandidates {
    /// How one token takes part in a name.
    private enum Role {
        /// May stand anywhere in a name: `Svetlana`, `Tichanovskaja`.
        case nameWord
        /// Ends a name it follows but cannot start one: `Ho-jin`, and not `Levada-onderzoeker`.
        case lastWord
        /// A name by itself: `ECB`, `PVV`.
        case abbreviation
        /// Looks like a Dutch adjective: it cannot start a name (`Koude Oorlog`, `Algemene Vergadering`) but
        /// may follow a name word (`Jan Peter Balkenende`).
        case adjectiveLike
        case other
    }

    /// The candidates of one sentence, in text order.
    /// `covered[i]` tells whether a mention covers token `i`.
    static func find(in tokens: [TextToken], covered: [Bool], terms: ArticleTerms, text: String) -> [NameCandidate] {
        var result: [NameCandidate] = []
        let firstWord = tokens.firstIndex { $0.kind != .punctuation } ?? 0
        var start: Int?
        func close(before end: Int) {
            defer { start = nil }
            guard let first = start, end - first <= 4 else { return }
            if end - first == 1 && !canStandAlone(tokens[first], terms: terms) { return }
            result.append(candidate(tokens, first...(end - 1), firstWord: firstWord, terms: terms, text: text))
        }
        // By index, and asking only capitalised words: a token copied whole costs more than these questions.
        for index in tokens.indices {
            let isCandidate = !covered[index] && tokens[index].kind == .word && tokens[index].isCapitalized
            switch isCandidate ? role(of: tokens[index], terms: terms, text: text) : .other {
            case .nameWord:
                if start == nil { start = index }
            case .lastWord:
                if start != nil { close(before: index + 1) }
            case .adjectiveLike:
                break
            case .abbreviation:
                close(before: index)
                start = index
                close(before: index + 1)
            case .other:
                close(before: index)
            }
        }
        close(before: tokens.count)
        return result
    }

    private static func role(of token: TextToken, terms: ArticleTerms, text: String) -> Role {
        guard token.kind == .word, token.isCapitalized else { return .other }
        let folded = terms.folded(token)
        guard !NameVocabulary.functionWords.contains(folded), !NameVocabulary.nameBreakers.contains(folded) else { return .other }
        let written = text.utf8Slice(token.range)
        if token.range.count > 1 && KindCues.isAbbreviation(written) { return .abbreviation }
        if NameVocabulary.firstNames.contains(folded) { return .nameWord }
        if NameVocabulary.titles.contains(folded) || NameVocabulary.roleStems.matches(folded) { return .other }
        if folded.count > 4 && (folded.hasSuffix("se") || folded.hasSuffix("ische") || folded.hasSuffix("ende")
                                || folded.hasSuffix("ene") || folded.hasSuffix("de")) {
            return .adjectiveLike
        }
        if token.isCompound && written.split(separator: "-").dropFirst().contains(where: { $0.first?.isLowercase ?? false }) {
            return .lastWord
        }
        return .nameWord
    }

    /// A single word is a candidate only if it is a plain word of two letters or more: not an initial, a
    /// compound or a genitive.
    private static func canStandAlone(_ token: TextToken, terms: ArticleTerms) -> Bool {
        token.range.count > 1 && !token.isCompound && !terms.folded(token).utf8.contains(UInt8(ascii: "'"))
    }

    private static func candidate(_ tokens: [TextToken], _ span: ClosedRange<Int>, firstWord: Int, terms: ArticleTerms,
                                  text: String) -> NameCandidate {
        // Most single words never prove to be names, so their spelling is read only once one does.
        let name = span.count == 1 ? "" : tokens[span].map { String(text.utf8Slice($0.range)) }.joined(separator: " ")
        return NameCandidate(name: name, key: span.count == 1 ? "" : NameKey.of(name),
                             range: tokens[span.lowerBound].range.lowerBound..<tokens[span.upperBound].range.upperBound,
                             tokens: span, cues: cues(around: span, in: tokens, terms: terms), opensSentence: span.lowerBound == firstWord)
    }

    /// What the words just before and after a name say about its kind.
    private static func cues(around span: ClosedRange<Int>, in tokens: [TextToken], terms: ArticleTerms) -> KindCues.Occurrence {
        var cues: KindCues.Occurrence = []
        func word(at index: Int) -> String? {
            tokens.indices.contains(index) && tokens[index].kind == .word ? terms.folded(tokens[index]) : nil
        }
        if let before = word(at: span.lowerBound - 1) {
            if NameVocabulary.roleStems.matches(before) || NameVocabulary.titles.contains(before)
                || NameVocabulary.speechVerbs.contains(before) {
                cues.insert(.person)
            }
            // `in Doha`, `de hoofdstad Doha`; `de PVV`, `terreurorganisatie Hamas`.
            if NameVocabulary.placePrepositions.contains(before) || NameVocabulary.placeStems.matches(before) { cues.insert(.place) }
            if NameVocabulary.definiteArticles.contains(before) || NameVocabulary.organizationStems.matches(before) {
                cues.insert(.organization)
            }
        }
        // An initial before the name: `J. Smit`.
        if span.lowerBound >= 2, tokens[span.lowerBound - 1].kind == .punctuation, tokens[span.lowerBound - 1].mark == ".",
           tokens[span.lowerBound - 2].kind == .word,
           tokens[span.lowerBound - 2].isCapitalized, tokens[span.lowerBound - 2].range.count == 1 {
            cues.insert(.person)
        }
        if (span.upperBound + 1...span.upperBound + 3).contains(where: { word(at: $0).map(NameVocabulary.speechVerbs.contains) ?? false }) {
            cues.insert(.person)
        }
        return cues
    }
}
