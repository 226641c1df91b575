/// The names the gazetteer does not know, gathered while articles are numbered into the corpus.
///
/// Spellings with one `NameKey` are one actor (`Loekasjenko`, `Lukashenko`), shown under its most frequent
/// spelling, with a kind guessed from the cues of all its occurrences. A name of several words is an actor
/// at once. A single word (`Hamas`, `ECB`) is held back until the whole corpus is read: it is a name only if
/// it stands alone, capitalised and not opening its sentence, in `singleWordArticles` articles or more
/// (counting the articles of all its spellings), and the corpus never writes that spelling in lowercase (`Kamer` is no name, since `kamer` is a word). It then joins the
/// person of several words whose last word it is, when there is exactly one (`Lukashenko` and `Aleksandr
/// Loekasjenko`).
struct UnknownNames {
    /// One actor's spellings and cues.
    struct Entry {
        let key: String
        /// Spellings in the order first seen, with how often each was written.
        var spellings: [(text: String, count: Int)] = []
        var cues = KindCues()
        var isSingleWord: Bool

        mutating func add(_ spelling: String, cues occurrence: KindCues.Occurrence) {
            if let index = spellings.firstIndex(where: { $0.text == spelling }) {
                spellings[index].count += 1
            } else {
                spellings.append((spelling, 1))
            }
            cues.add(occurrence)
        }

        /// The most frequent spelling first (the first seen among equals), then the others by frequency.
        var rankedSpellings: [String] {
            spellings.enumerated().sorted { ($1.element.count, $0.offset) < ($0.element.count, $1.offset) }.map(\.element.text)
        }
    }

    /// A single word standing alone, held until the corpus shows whether it is a name.
    struct HeldWord {
        let word: Int32
        let sentence: Int32
        let start: Int32, end: Int32
        let cues: KindCues.Occurrence
    }

    /// Articles in which a single word must stand alone as a name.
    static let singleWordArticles = 3

    /// The id of the first unknown actor: the gazetteer's actors come before.
    let firstActor: Int
    private(set) var entries: [Entry] = []
    private var actorsByKey: [String: Int] = [:]
    private var held: [HeldWord] = []
    /// Per corpus term: whether some word of it is in lowercase, in how many articles it stands alone as a
    /// name, and the last such article, so that each article counts once.
    private var termInLowercase: [Bool] = []
    private var termArticles: [Int32] = []
    private var termLastArticle: [Int32] = []

    init(firstActor: Int) {
        self.firstActor = firstActor
    }

    /// The actor of a name of several words, new or merged with an earlier spelling.
    mutating func actor(for candidate: NameCandidate) -> Int {
        let index = entryIndex(forKey: candidate.key, isSingleWord: false)
        entries[index].add(candidate.name, cues: candidate.cues)
        return firstActor + index
    }

    /// Makes room for the corpus's terms up to `count`.
    mutating func growTerms(to count: Int) {
        guard count > termArticles.count else { return }
        let added = count - termArticles.count
        termInLowercase += repeatElement(false, count: added)
        termArticles += repeatElement(0, count: added)
        termLastArticle += repeatElement(-1, count: added)
    }

    mutating func noteLowercase(term: Int32) {
        termInLowercase[Int(term)] = true
    }

    /// Holds a single-word candidate at a corpus word, unless its term is already known to be no name.
    mutating func hold(_ candidate: NameCandidate, word: Int32, term: Int32, sentence: Int, article: Int) {
        guard !termInLowercase[Int(term)] else { return }
        if !candidate.opensSentence && termLastArticle[Int(term)] != Int32(article) {
            termLastArticle[Int(term)] = Int32(article)
            termArticles[Int(term)] += 1
        }
        held.append(HeldWord(word: word, sentence: Int32(sentence), start: Int32(candidate.range.lowerBound),
                             end: Int32(candidate.range.upperBound), cues: candidate.cues))
    }

    /// The mentions of the held words that proved to be names, in corpus order, with their actors added; nil
    /// when `isCancelled` answered true on the way.
    mutating func settleSingleWords(wordTerms: [Int32], sentences: [Sentence], articles: [Article],
                                    isCancelled: (@Sendable () -> Bool)?) -> [Mention]? {
        var persons: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() where entry.cues.guess(spelling: entry.rankedSpellings[0]) == .person {
            if let last = entry.key.split(separator: " ").last {
                persons[String(last), default: []].append(index)
            }
        }
        func spelling(of word: HeldWord) -> String {
            String(articles[sentences[Int(word.sentence)].article].text.utf8Slice(Int(word.start)..<Int(word.end)))
        }
        // Spellings of one key pool their articles (an article with two of them counts twice).
        var keyOfTerm: [Int32: String] = [:]
        var articlesOfKey: [String: Int] = [:]
        for (place, word) in held.enumerated() {
            if place & 0xFFFF == 0, isCancelled?() == true { return nil }
            let term = wordTerms[Int(word.word)]
            guard !termInLowercase[Int(term)], keyOfTerm[term] == nil else { continue }
            let key = NameKey.of(spelling(of: word))
            keyOfTerm[term] = key
            articlesOfKey[key, default: 0] += Int(termArticles[Int(term)])
        }
        var mentions: [Mention] = []
        for (place, word) in held.enumerated() {
            if place & 0xFFFF == 0, isCancelled?() == true { return nil }
            guard let key = keyOfTerm[wordTerms[Int(word.word)]], articlesOfKey[key]! >= Self.singleWordArticles else { continue }
            if actorsByKey[key] == nil, let person = persons[key], person.count == 1 {
                actorsByKey[key] = person[0]
            }
            let index = entryIndex(forKey: key, isSingleWord: true)
            let sentence = sentences[Int(word.sentence)]
            entries[index].add(spelling(of: word), cues: word.cues)
            mentions.append(Mention(actor: firstActor + index, kind: .name, article: sentence.article,
                                    sentence: Int(word.sentence), range: Int(word.start)..<Int(word.end),
                                    words: Int(word.word)..<Int(word.word) + 1))
        }
        held = []
        return mentions
    }

    /// The actors of all entries: named by their most frequent spelling (of several words, when the name
    /// has such spellings), every spelling a form, the kind guessed. Nil when `isCancelled` answers true, which
    /// it is asked every 4,096 entries.
    func actors(isCancelled: (@Sendable () -> Bool)?) -> [Actor]? {
        var actors: [Actor] = []
        actors.reserveCapacity(entries.count)
        for (index, entry) in entries.enumerated() {
            if index & 0xFFF == 0, isCancelled?() == true { return nil }
            let ranked = entry.rankedSpellings
            let name = entry.isSingleWord ? ranked[0] : ranked.first { $0.contains(" ") } ?? ranked[0]
            actors.append(Actor(id: firstActor + index, name: name, kind: .unknown,
                                forms: [ActorForm(name)] + ranked.filter { $0 != name }.map { ActorForm($0) },
                                guessedKind: entry.cues.guess(spelling: name)))
        }
        return actors
    }

    private mutating func entryIndex(forKey key: String, isSingleWord: Bool) -> Int {
        if let actor = actorsByKey[key] { return actor }
        entries.append(Entry(key: key, isSingleWord: isSingleWord))
        actorsByKey[key] = entries.count - 1
        return entries.count - 1
    }
}
