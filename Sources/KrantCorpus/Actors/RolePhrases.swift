/// A role phrase in a sentence (`de Russische president`, `NAVO-chef`, `premier van Nederland`), found while
/// matching and resolved to a person once the article's date is known.
struct RolePhrase: Sendable {
    /// The gazetteer roles its role word may stand for: `chef` is a secretaris-generaal, a directeur, ….
    let roles: [Int]
    /// The actor the role is of: the country of `Russische`, the organisation of `NAVO-chef`.
    let of: Int
    /// UTF-8 byte offsets in the article text.
    let range: Range<Int>
    /// The first and last token it covers within the sentence's tokens.
    let tokens: ClosedRange<Int>
}

/// Finds role phrases and resolves them to the person who held the role on the article's date.
///
/// A role phrase is a role word from the gazetteer's roles qualified by an actor: right after the actor's
/// adjective or name (`Russische president`, `Amerikaanse minister van Buitenlandse Zaken`), after it in one
/// compound (`NAVO-chef`), or before `van` and its name (`secretaris-generaal van de NAVO`). It names the one
/// person whose term of that role of that actor covers the whole of the article's date; none when the article
/// is undated, when no one or several people held it, when the role is shared, and after a word that moves it
/// in time (`voormalige`, `toenmalige`, `oud-`).
struct RolePhrases: Sendable {
    /// A role word, as folded words, and the roles it may stand for.
    private struct RoleWord: Sendable {
        let words: [String]
        let roles: [Int]
    }

    /// A person's term: who, which of their roles (position in `Actor.roles`), and when.
    private struct Holder: Sendable {
        let person: Int
        let term: Int
        let days: ClosedRange<Int32>
    }

    private struct RoleOf: Hashable, Sendable {
        let role: Int
        let actor: Int
    }

    private let wordsByFirst: [String: [RoleWord]]
    /// Role words written as one compound part (`chef`, `secretaris-generaal`), for `NAVO-chef`.
    private let rolesByCompoundTail: [String: [Int]]
    private let holders: [RoleOf: [Holder]]
    private let sharedRoles: Set<Int>

    /// Words that put a role phrase at another time than the article's: `de voormalige Russische president`.
    private static let timeShifters: Set<String> = [
        "voormalig", "voormalige", "toenmalig", "toenmalige", "vorig", "vorige", "oud", "ex", "nieuwe", "nieuw",
        "toekomstig", "toekomstige", "aanstaand", "aanstaande", "kersvers", "kersverse", "waarnemend", "waarnemende",
    ]

    init(gazetteer: Gazetteer) {
        var forms: [[String]: [Int]] = [:]
        for (index, role) in gazetteer.roles.enumerated() {
            for form in role.forms {
                let words = MatchKey(text: form, isCaseSensitive: false).words
                if !words.isEmpty, !(forms[words]?.contains(index) ?? false) { forms[words, default: []].append(index) }
            }
        }
        var byFirst: [String: [RoleWord]] = [:], byTail: [String: [Int]] = [:]
        for (words, roles) in forms {
            byFirst[words[0], default: []].append(RoleWord(words: words, roles: roles))
            if words.count == 1 { byTail[words[0]] = roles }
        }
        wordsByFirst = byFirst.mapValues { $0.sorted { $0.words.count > $1.words.count } }
        rolesByCompoundTail = byTail
        let roleIndex = Dictionary(gazetteer.roles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { _, last in last })
        let actorIndex = Dictionary(gazetteer.actors.map { (Folding.fold($0.name), $0.id) }, uniquingKeysWith: { first, _ in first })
        var holders: [RoleOf: [Holder]] = [:]
        for person in gazetteer.actors {
            for (position, term) in person.roles.enumerated() {
                guard let role = roleIndex[term.role], let of = actorIndex[Folding.fold(term.of)] else { continue }
                holders[RoleOf(role: role, actor: of), default: []].append(
                    Holder(person: person.id, term: position, days: term.from.firstDay...(term.to?.lastDay ?? .max)))
            }
        }
        self.holders = holders
        sharedRoles = Set(gazetteer.roles.indices.filter { gazetteer.roles[$0].isShared })
    }

    /// Whether the gazetteer has any role held by anyone, so sentences need not be searched otherwise.
    var isEmpty: Bool { holders.isEmpty }

    /// The role phrases of one sentence, given its actor mentions.
    func find(in tokens: [TextToken], mentions: [MentionMatch], terms: ArticleTerms, text: String) -> [RolePhrase] {
        var result: [RolePhrase] = []
        for mention in mentions {
            let first = mention.tokens.lowerBound, last = mention.tokens.upperBound
            if first > 0, Self.timeShifters.contains(terms.folded(tokens[first - 1])) { continue }
            let token = tokens[last]
            if first == last, token.isCompound, mention.range.upperBound < token.range.upperBound {
                // `NAVO-chef`: the actor opens the compound and a role word is the rest of it.
                guard mention.range.lowerBound == token.range.lowerBound else { continue }
                let rest = text.utf8Slice(mention.range.upperBound..<token.range.upperBound)
                let tail = Folding.fold(Substring(rest.unicodeScalars.dropFirst()))
                if let roles = rolesByCompoundTail[tail] {
                    result.append(RolePhrase(roles: roles, of: mention.actor, range: token.range, tokens: first...last))
                }
            } else if mention.kind == .adjective || mention.kind == .name, let (word, end) = roleWord(in: tokens, at: last + 1, terms: terms) {
                // `Russische president`, `NAVO secretaris-generaal`.
                result.append(RolePhrase(roles: word.roles, of: mention.actor,
                                         range: mention.range.lowerBound..<tokens[end].range.upperBound, tokens: first...end))
            }
        }
        // `president van Rusland`, `secretaris-generaal van de NAVO`.
        for mention in mentions where mention.kind == .name {
            var position = mention.tokens.lowerBound - 1
            if position >= 0, ["de", "het"].contains(terms.folded(tokens[position])) { position -= 1 }
            guard position >= 1, terms.folded(tokens[position]) == "van" else { continue }
            for start in stride(from: position - 1, through: max(0, position - 4), by: -1) {
                guard let (word, end) = roleWord(in: tokens, at: start, terms: terms), end == position - 1 else { continue }
                if start > 0, Self.timeShifters.contains(terms.folded(tokens[start - 1])) { break }
                result.append(RolePhrase(roles: word.roles, of: mention.actor,
                                         range: tokens[start].range.lowerBound..<mention.range.upperBound, tokens: start...mention.tokens.upperBound))
                break
            }
        }
        return result
    }

    /// The longest role word starting at a token, and the last token it covers.
    private func roleWord(in tokens: [TextToken], at start: Int, terms: ArticleTerms) -> (RoleWord, Int)? {
        guard start < tokens.count, tokens[start].kind == .word else { return nil }
        for word in wordsByFirst[terms.folded(tokens[start])] ?? [] where start + word.words.count <= tokens.count {
            if zip(word.words, tokens[start...]).allSatisfy({ $0 == terms.folded($1) }) { return (word, start + word.words.count - 1) }
        }
        return nil
    }

    /// The person and term a phrase names on a date: the one holder, over the whole date, of one of its roles.
    func resolve(_ phrase: RolePhrase, on date: CorpusDate?) -> (person: Int, term: Int)? {
        guard let date else { return nil }
        let span = date.firstDay...date.lastDay
        var found: (person: Int, term: Int)?
        for role in phrase.roles where !sharedRoles.contains(role) {
            for holder in holders[RoleOf(role: role, actor: phrase.of)] ?? [] where holder.days.overlaps(span) {
                guard holder.days.contains(span.lowerBound), holder.days.contains(span.upperBound),
                      found == nil || found!.person == holder.person else { return nil }
                found = (holder.person, holder.term)
            }
        }
        return found
    }
}
