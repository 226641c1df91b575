/// An in-memory news corpus: articles, their sentences and actor mentions, the actor table and the indexes.
///
///     let corpus = try Corpus.load(["samples/corpus"])
///     let tiny = Corpus(texts: ["date 2022-01 De NAVO vergadert.", "Poetin spreekt."])
public struct Corpus: Sendable {
    public let articles: [Article]
    public let sentences: [Sentence]
    public let mentions: [Mention]
    /// Gazetteer actors first, in gazetteer order, then names found in the text (`kind == .unknown`).
    public let actors: [Actor]
    public let index: CorpusIndex
    public let report: LoadReport
    /// The gazetteer the corpus was annotated with.
    public let gazetteer: Gazetteer
    let articleNumbers: [String: Int]
    let actorLookup: ActorLookup
    /// Each actor's place in the alphabetical order of folded names, so tables can break ties without
    /// comparing strings.
    public let actorNameRanks: [Int32]
    /// Each article's date as day numbers, nil for an undated article, so date conditions compare integers.
    public let articleDays: [DaySpan?]
    /// Each article's date as a `DateCode`, so counting by period reads integers instead of articles.
    public let articleDateCodes: [Int]
    /// Every actor, most widely mentioned first: by articles, then mentions, then name.
    public let actorsByReach: [Int32]
    /// How many articles mention each actor, and how many times it is mentioned, in two flat arrays: each
    /// actor's postings are a separate allocation, and reading every count from them scatters over the heap.
    public let actorArticleCounts: [Int]
    public let actorMentionCounts: [Int]
    private let actorDates: [(first: CorpusDate, last: CorpusDate)?]

    /// Loads directories of `.txt` articles (read recursively) and `.jsonl` files.
    ///
    /// A file that cannot be read is reported in `report` and the rest still loads; a path that does not
    /// exist or holds no article files throws, and so does loading that `isCancelled` stops (Ctrl-C).
    public static func load(_ paths: [String], gazetteer: Gazetteer = .standard,
                            progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil,
                            isCancelled: (@Sendable () -> Bool)? = nil) throws(CorpusLoadError) -> Corpus {
        try CorpusLoader.load(paths: paths, gazetteer: gazetteer, progress: progress, isCancelled: isCancelled)
    }

    /// A corpus from article texts in the plain-text format (an optional `date` header, then the text);
    /// the ids are `1`, `2`, ….
    public init(texts: [String], gazetteer: Gazetteer = .standard) {
        var outcome = ReadOutcome()
        for (position, text) in texts.enumerated() {
            PlainTextReader.read(text: text, id: String(position + 1),
                                 location: SourceLocation(path: "<text \(position + 1)>", line: nil), into: &outcome)
        }
        var report = LoadReport()
        report.inputs = outcome.inputs
        report.issues = outcome.issues
        // Nothing can cancel this build, so it always gives a corpus.
        self = CorpusLoader.load(drafts: outcome.drafts, gazetteer: gazetteer, report: report, progress: nil, isCancelled: nil)!
    }

    /// Nil when `isCancelled` answers true, which it is asked between the tables made here and every 4,096 actors.
    init?(articles: [Article], sentences: [Sentence], mentions: [Mention], actors: [Actor], index: CorpusIndex,
          report: LoadReport, gazetteer: Gazetteer, isCancelled: (@Sendable () -> Bool)? = nil) {
        self.articles = articles
        self.sentences = sentences
        self.mentions = mentions
        self.actors = actors
        self.index = index
        self.report = report
        self.gazetteer = gazetteer
        articleNumbers = Dictionary(articles.map { ($0.id, $0.number) }, uniquingKeysWith: { first, _ in first })
        if isCancelled?() == true { return nil }
        actorLookup = ActorLookup(actors: actors)
        if isCancelled?() == true { return nil }
        let folded = actors.map { Folding.fold($0.name) }
        var ranks = [Int32](repeating: 0, count: actors.count)
        for (rank, actor) in actors.indices.sorted(by: { (folded[$0], $0) < (folded[$1], $1) }).enumerated() {
            ranks[actor] = Int32(rank)
        }
        actorNameRanks = ranks
        let days = articles.map { $0.date.map(DaySpan.init) }
        articleDays = days
        articleDateCodes = articles.map { DateCode.code($0.date) }
        var actorDates: [(first: CorpusDate, last: CorpusDate)?] = []
        actorDates.reserveCapacity(actors.count)
        for actor in actors.indices {
            if actor & 0xFFF == 0, isCancelled?() == true { return nil }
            var first: (article: Int, day: Int32)?, last: (article: Int, day: Int32)?
            for article in index.articles(ofActor: actor) {
                guard let span = days[Int(article)] else { continue }
                if span.first < first?.day ?? .max { first = (Int(article), span.first) }
                if span.last > last?.day ?? .min { last = (Int(article), span.last) }
            }
            guard let first, let last, let firstDate = articles[first.article].date, let lastDate = articles[last.article].date
            else {
                actorDates.append(nil)
                continue
            }
            actorDates.append((firstDate, lastDate))
        }
        self.actorDates = actorDates
        let articleCounts = actors.indices.map { index.articles(ofActor: $0).count }
        let mentionCounts = actors.indices.map { index.mentions(ofActor: $0).count }
        (actorArticleCounts, actorMentionCounts) = (articleCounts, mentionCounts)
        actorsByReach = Self.byReach(actors.indices, articles: articleCounts, mentions: mentionCounts, nameRanks: ranks)
            .map(Int32.init)
    }

    /// Actors ordered as a researcher scans an actor table: by articles, then mentions, most first, then by name.
    public static func byReach(_ actors: some Sequence<Int>, articles: [Int], mentions: [Int], nameRanks: [Int32]) -> [Int] {
        actors.sorted { (-articles[$0], -mentions[$0], nameRanks[$0]) < (-articles[$1], -mentions[$1], nameRanks[$1]) }
    }

    /// The dates of the first and the last dated article that mention an actor.
    public func dates(ofActor actor: Int) -> (first: CorpusDate, last: CorpusDate)? { actorDates[actor] }

    /// The article loaded under `id`.
    public func article(withID id: String) -> Article? {
        articleNumbers[id].map { articles[$0] }
    }

    public func text(of sentence: Sentence) -> Substring {
        articles[sentence.article].text.utf8Slice(sentence.range)
    }

    /// The words as written: `Poetins`, `NAVO`, `Russische`.
    public func form(of mention: Mention) -> Substring {
        articles[mention.article].text.utf8Slice(mention.range)
    }

    /// Actors a name stands for, compared folded: a canonical name first (`"navo"`, `"Oekraine"`), else every
    /// actor with that form (`"NATO"`, `"Kremlin"`).
    public func actors(named name: String) -> [Actor] {
        actorLookup.actors(named: name).map { actors[$0] }
    }
}

/// Folded names and forms → actors.
struct ActorLookup: Sendable {
    private let canonical: [String: Int]
    private let forms: [String: [Int]]

    init(actors: [Actor]) {
        var canonical: [String: Int] = [:]
        var forms: [String: [Int]] = [:]
        for actor in actors {
            canonical[Folding.fold(actor.name)] = canonical[Folding.fold(actor.name)] ?? actor.id
            for form in actor.forms {
                let key = Folding.fold(form.text)
                if !(forms[key]?.contains(actor.id) ?? false) { forms[key, default: []].append(actor.id) }
            }
        }
        self.canonical = canonical
        self.forms = forms
    }

    func actors(named name: String) -> [Int] {
        let key = Folding.fold(name.trimmingSpaces)
        if let actor = canonical[key] { return [actor] }
        return forms[key] ?? []
    }
}

extension String {
    var trimmingSpaces: Substring {
        let trimmed = drop { $0.isWhitespace }
        return trimmed.dropLast(trimmed.reversed().prefix { $0.isWhitespace }.count)
    }
}
