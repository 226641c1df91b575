/// A match of an actor's form in a sentence, before it is placed in the corpus.
struct MentionMatch: Sendable, Hashable {
    let actor: Int
    let kind: MentionKind
    /// UTF-8 byte offsets in the article text.
    let range: Range<Int>
    /// Indexes of the first and last word tokens it covers within the sentence's tokens.
    let tokens: ClosedRange<Int>
}

/// Finds gazetteer forms in token sequences.
///
/// Rules: folded comparison (`Navo` = `NAVO` = `nato` once listed), except that a form of up to three capitals
/// (`VS`, `IS`, `OM`) matches only in capitals and a form the gazetteer lists as `exact` (`Vooruit`, `INDIA`)
/// only as written; the leftmost, longest form wins across all actors (`Vladimir Poetin` is one mention,
/// `Wit-Russen` names Wit-Rusland and not Rusland, `The Washington Post` the paper and not the VS), and of two
/// equally long forms the case-sensitive one; a form several actors share goes to the one that does not
/// declare it `ambiguous`, and to none when all do; a form may be a part of a hyphenated compound (`NAVO-top`)
/// when the whole compound is no form; a name may carry a genitive (`Poetins`, `Rusland’s`); a form never
/// matches inside a longer word (`navolging`).
struct MentionMatcher: Sendable {
    private struct Pattern: Sendable {
        /// Folded words, or the words as written for a case-sensitive form.
        let words: [String]
        /// `nil` for a role word of several words (`minister van Buitenlandse Zaken`): it takes part in the
        /// longest match, so the `Buitenlandse Zaken` inside it is not the ministry, but it is no mention.
        let actor: Int?
        let kind: MentionKind
        /// Short all-capital abbreviations (`VS`, `EU`) match only when written in capitals, so `vs` is not.
        let requiresCapitals: Bool
        let isCaseSensitive: Bool
    }

    /// Patterns filed by their first folded word, and those of several words by their second too, so a common
    /// first word (`de`, `van`, `republiek`) costs one more lookup rather than a comparison per pattern.
    private struct Candidates: Sendable {
        var single: [Pattern] = []
        var bySecondWord: [String: [Pattern]] = [:]
    }

    /// The folded first words of all patterns, numbered; the candidates of first word `n` are `candidates[n]`.
    /// Asked for every word of the corpus, so it is looked up by the hash the tokenizer took.
    private let firstWords: TermTable
    private let candidates: [Candidates]
    /// The role phrases of the same gazetteer, found among the mentions this matcher finds.
    let rolePhrases: RolePhrases

    init(gazetteer: Gazetteer) {
        rolePhrases = RolePhrases(gazetteer: gazetteer)
        var holders: [MatchKey: [(actor: Int, form: ActorForm)]] = [:]
        var keys: [MatchKey] = []
        for actor in gazetteer.actors {
            for form in actor.forms {
                let key = MatchKey(form)
                guard !key.words.isEmpty else { continue }
                if holders[key] == nil { keys.append(key) }
                holders[key, default: []].append((actor.id, form))
            }
        }
        var patterns: [String: [Pattern]] = [:]
        for key in keys {
            let owners = holders[key]!
            guard let (actor, form) = owners.count == 1 ? owners[0] : owners.first(where: { !$0.form.isAmbiguous }) else { continue }
            let letters = form.text.filter(\.isLetter)
            let requiresCapitals = letters.count <= 3 && letters.allSatisfy(\.isUppercase)
            patterns[Folding.fold(key.words[0]), default: []].append(
                Pattern(words: key.words, actor: actor, kind: form.kind, requiresCapitals: requiresCapitals,
                        isCaseSensitive: key.isCaseSensitive))
        }
        for role in gazetteer.roles {
            for form in role.forms {
                let words = MatchKey(text: form, isCaseSensitive: false).words
                guard words.count > 1 else { continue }
                patterns[words[0], default: []].append(
                    Pattern(words: words, actor: nil, kind: .role, requiresCapitals: false, isCaseSensitive: false))
            }
        }
        // Longest first; among equals a case-sensitive form, then an actor's form before a role word.
        func ordered(_ patterns: [Pattern]) -> [Pattern] {
            patterns.sorted { ($0.words.count, $0.isCaseSensitive ? 1 : 0, $0.actor == nil ? 0 : 1) > ($1.words.count, $1.isCaseSensitive ? 1 : 0, $1.actor == nil ? 0 : 1) }
        }
        var firstWords = TermTable(expected: patterns.count)
        var candidates: [Candidates] = []
        for (first, patterns) in patterns {
            precondition(firstWords.id(of: first, hash: TermTable.hash(first)) == Int32(candidates.count))
            var filed = Candidates()
            filed.single = ordered(patterns.filter { $0.words.count == 1 })
            filed.bySecondWord = Dictionary(grouping: patterns.filter { $0.words.count > 1 }) { Folding.fold($0.words[1]) }.mapValues(ordered)
            candidates.append(filed)
        }
        self.firstWords = firstWords
        self.candidates = candidates
    }

    private func candidates(startingWith word: String, hash: UInt64) -> Candidates? {
        firstWords.existingID(of: word, hash: hash).map { candidates[Int($0)] }
    }

    /// The mentions in one sentence's tokens, left to right.
    func matches(in tokens: [TextToken], terms: ArticleTerms, text: String) -> [MentionMatch] {
        var result: [MentionMatch] = []
        var index = 0
        while index < tokens.count {
            let words = tokens[index...].prefix { $0.kind != .punctuation }.map { Word(token: $0, terms: terms.table) }
            guard !words.isEmpty else { index += 1; continue }
            var position = 0
            while position < words.count {
                if let (pattern, length) = longestMatch(in: words[position...], text: text) {
                    let first = words[position].range.lowerBound
                    let last = words[position + length - 1].range.upperBound
                    if let actor = pattern.actor {
                        result.append(MentionMatch(actor: actor, kind: pattern.kind, range: first..<last,
                                                   tokens: (index + position)...(index + position + length - 1)))
                    }
                    position += length
                } else {
                    if tokens[index + position].isCompound {
                        result += compoundMatches(of: tokens[index + position], tokenIndex: index + position, text: text)
                    }
                    position += 1
                }
            }
            index += words.count
        }
        return result
    }

    /// Forms inside a hyphenated compound that is not itself a form: `NAVO-top`, `Navo-Rusland-raad`.
    private func compoundMatches(of token: TextToken, tokenIndex: Int, text: String) -> [MentionMatch] {
        guard token.isCompound else { return [] }
        let parts = Word.parts(of: token, text: text)
        var result: [MentionMatch] = []
        var position = 0
        while position < parts.count {
            if let (pattern, length) = longestMatch(in: parts[position...], text: text) {
                if let actor = pattern.actor {
                    result.append(MentionMatch(actor: actor, kind: pattern.kind,
                                               range: parts[position].range.lowerBound..<parts[position + length - 1].range.upperBound,
                                               tokens: tokenIndex...tokenIndex))
                }
                position += length
            } else {
                position += 1
            }
        }
        return result
    }

    private func longestMatch(in words: ArraySlice<Word>, text: String) -> (Pattern, Int)? {
        var best: (Pattern, Int)?
        func consider(_ patterns: [Pattern]) {
            for pattern in patterns where pattern.words.count <= words.count {
                // Sorted longest first, case-sensitive first among equals: the first match is the best.
                guard best == nil || pattern.words.count > best!.1 else { continue }
                if matches(pattern, words, text: text) { best = (pattern, pattern.words.count) }
            }
        }
        let first = words[words.startIndex]
        let base = first.genitiveBase
        if let candidates = candidates(startingWith: first.folded, hash: first.hash) {
            if words.count > 1, !candidates.bySecondWord.isEmpty {
                let second = words[words.startIndex + 1].folded, secondBase = words[words.startIndex + 1].genitiveBase
                consider(candidates.bySecondWord[second] ?? [])
                if let secondBase { consider(candidates.bySecondWord[secondBase] ?? []) }
            }
            consider(candidates.single)
        }
        // A genitive (`Poetins`) ends a form, so only forms of one word are looked up by its base.
        if let base, let candidates = candidates(startingWith: base, hash: TermTable.hash(base)) { consider(candidates.single) }
        return best
    }

    private func matches(_ pattern: Pattern, _ words: ArraySlice<Word>, text: String) -> Bool {
        for (offset, expected) in pattern.words.enumerated() {
            let word = words[words.startIndex + offset]
            let isLast = offset == pattern.words.count - 1
            let equal = pattern.isCaseSensitive
                ? text.utf8Slice(word.range) == expected
                    || (isLast && pattern.kind != .adjective && pattern.kind != .demonym && Word.isGenitive(text.utf8Slice(word.range), of: expected))
                : word.folded == expected
                    || (isLast && pattern.kind != .adjective && pattern.kind != .demonym && word.endsInS
                        && Word.isFoldedGenitive(word.folded, of: expected))
            guard equal else { return false }
            if pattern.requiresCapitals && !word.isAllCapitals(in: text) { return false }
        }
        return true
    }
}

/// A word or compound part as the matcher sees it; the article text is passed where needed rather than held,
/// which would retain it once per word.
private struct Word {
    let folded: String
    let range: Range<Int>
    /// `TermTable.hash(folded)`.
    let hash: UInt64

    /// Whether the word has letters and all of them are capitals; read without making a list of them.
    func isAllCapitals(in text: String) -> Bool {
        var sawLetter = false
        for scalar in text.utf8Slice(range).unicodeScalars {
            if scalar.isASCII {
                if scalar.value >= 0x61 && scalar.value <= 0x7A { return false }
                if scalar.value >= 0x41 && scalar.value <= 0x5A { sawLetter = true }
                continue
            }
            guard scalar.properties.isAlphabetic else { continue }
            guard scalar.properties.isUppercase else { return false }
            sawLetter = true
        }
        return sawLetter
    }

    /// Whether `folded` ends in `s`: only such a word can have a `genitiveBase`.
    let endsInS: Bool

    init(folded: String, range: Range<Int>) {
        self.folded = folded
        self.range = range
        hash = TermTable.hash(folded)
        endsInS = folded.utf8.last == 0x73
    }

    init(token: TextToken, terms: TermTable) {
        folded = terms.terms[Int(token.term)]
        range = token.range
        hash = terms.hashes[Int(token.term)]
        endsInS = token.endsInS
    }

    /// Forms this word may begin are filed under itself, and under itself without a genitive: this.
    /// Asked of every word, so it reads bytes and allocates only for a word ending in `s`.
    var genitiveBase: String? {
        let bytes = folded.utf8
        guard endsInS, bytes.count >= 2 else { return nil }
        if bytes[bytes.index(bytes.endIndex, offsetBy: -2)] == 0x27 {
            return String(decoding: bytes.dropLast(2), as: UTF8.self)
        }
        return bytes.count > 3 ? String(decoding: bytes.dropLast(), as: UTF8.self) : nil
    }

    /// `isGenitive` for two folded forms, which are equal only byte for byte, so no string is made.
    static func isFoldedGenitive(_ word: String, of name: String) -> Bool {
        let extra = word.utf8.count - name.utf8.count
        guard extra == 1 || extra == 2, word.utf8.starts(with: name.utf8), !name.hasSuffix("s"), name.count >= 3 else { return false }
        return extra == 1 || word.utf8.dropFirst(name.utf8.count).first == 0x27
    }

    /// `poetins`, `rusland's` and `ruslands` are genitives of `poetin` and `rusland`.
    static func isGenitive(_ word: Substring, of name: String) -> Bool {
        guard word.utf8.last == 0x73, !name.hasSuffix("s"), name.count >= 3 else { return false }
        return word == name + "s" || word == name + "'s"
    }

    static func parts(of token: TextToken, text: String) -> [Word] {
        var parts: [Word] = []
        var partStart = token.range.lowerBound
        let surface = text.utf8Slice(token.range)
        var offset = token.range.lowerBound
        for scalar in surface.unicodeScalars {
            let length = String(scalar).utf8.count
            if CharacterClass(scalar) == .hyphen {
                if offset > partStart { parts.append(part(partStart..<offset)) }
                partStart = offset + length
            }
            offset += length
        }
        if offset > partStart { parts.append(part(partStart..<offset)) }
        return parts

        func part(_ range: Range<Int>) -> Word {
            Word(folded: Folding.fold(text.utf8Slice(range)), range: range)
        }
    }
}
