import KrantCorpus

/// The rows an analysis reads, articles or sentences, as word ranges read by number: no array of ranges for
/// millions of sentences, and pieces of the rows can go to different cores.
struct WordUnits: Sendable {
    let corpus: Corpus
    /// Article or sentence positions, ascending, so a unit's article never comes before the previous one's.
    let rows: [Int32]
    let kind: RowKind

    init(_ relation: Relation, in corpus: Corpus) {
        self.corpus = corpus
        rows = relation.rows.isSortedAscending ? relation.rows : relation.rows.sorted()
        kind = relation.kind
    }

    var count: Int { rows.count }

    /// Whether the units are every article or every sentence, so counts over them are the corpus's own.
    var coverCorpus: Bool {
        count == (kind == .articles ? corpus.articles.count : corpus.sentences.count)
    }

    /// The words of a unit.
    func words(_ unit: Int) -> Range<Int> {
        kind == .articles ? corpus.articles[Int(rows[unit])].words : corpus.sentences[Int(rows[unit])].words
    }

    /// The article a unit belongs to (or is).
    func article(_ unit: Int) -> Int {
        kind == .articles ? Int(rows[unit]) : corpus.sentences[Int(rows[unit])].article
    }

    /// The sentences of a unit, as word ranges: an n-gram never crosses a sentence boundary.
    func forEachSentence(of unit: Int, _ body: (Range<Int>) -> Void) {
        if kind == .articles {
            for sentence in corpus.articles[Int(rows[unit])].sentences { body(corpus.sentences[sentence].words) }
        } else {
            body(corpus.sentences[Int(rows[unit])].words)
        }
    }

    /// Consecutive pieces of the units, one per core when there are at least `minimumWords` words for each.
    func pieces(minimumWords: Int) -> [Range<Int>] {
        guard count > 1 else { return [0..<count] }
        // Units are about the same size, so the first and last unit's sizes estimate the total well enough.
        let estimate = (words(0).count + words(count - 1).count) / 2 * count
        let parts = max(1, min(WorkSplit.cores, count, estimate / max(1, minimumWords)))
        return (0..<parts).map { part in (count * part / parts)..<(count * (part + 1) / parts) }
    }
}
