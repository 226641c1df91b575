import Synchronization

/// Loads a corpus from text, in the order the data flows: the files are listed and read into drafts
/// (`Reading/`), each draft is analysed on its own (`Analysis/`), the analysed articles are numbered into the
/// corpus in order (`Numbering/`), and the indexes are built over it (`Indexing/`). Only this file schedules
/// the steps on the cores.
enum CorpusLoader {
    static func load(paths: [String], gazetteer: Gazetteer, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?,
                     isCancelled: (@Sendable () -> Bool)?) throws(CorpusLoadError) -> Corpus {
        var report = LoadReport()
        let started = ContinuousClock.now
        let files = try ArticleFiles.list(paths, isCancelled: isCancelled)
        guard let outcomes = ParallelMap.map(files, isCancelled: isCancelled, ArticleFileReader.read) else {
            throw .interrupted(paths)
        }
        var drafts: [ArticleDraft] = []
        for outcome in outcomes {
            drafts += outcome.drafts
            report.inputs += outcome.inputs
            report.issues += outcome.issues
        }
        report.phases.append(("read", ContinuousClock.now - started))
        guard let corpus = load(drafts: drafts, gazetteer: gazetteer, report: report, progress: progress,
                                isCancelled: isCancelled) else { throw .interrupted(paths) }
        return corpus
    }

    /// The corpus, or nil when `isCancelled` answered true: within one article's analysis, or one slice's
    /// numbering, of Ctrl-C.
    static func load(drafts: [ArticleDraft], gazetteer: Gazetteer, report: LoadReport,
                     progress: (@Sendable (Int, Int) -> Void)?, isCancelled: (@Sendable () -> Bool)?) -> Corpus? {
        var report = report
        let drafts = ArticleDraft.withUniqueIDs(drafts, report: &report)
        let matcher = MentionMatcher(gazetteer: gazetteer)
        let done = Atomic<Int>(0)
        let numberingStopped = Atomic<Bool>(false)
        let numbered = Mutex(CorpusNumbering(actors: gazetteer.actors))
        // Analysed in slices; each slice is numbered into the corpus on one thread while the next is analysed
        // on the others, so no core waits for the ordered pass, and the bulky per-token results of at most two
        // slices are alive at a time.
        var toNumber: [AnalyzedArticle] = []
        let started = ContinuousClock.now
        for start in stride(from: 0, to: drafts.count + sliceSize, by: sliceSize) {
            if isCancelled?() == true { return nil }
            let slice = Array(drafts[min(drafts.count, start)..<min(drafts.count, start + sliceSize)])
            let previous = toNumber
            let analysed = ParallelMap.map(slice, alongside: {
                numbered.withLock { numbering in
                    for (place, article) in previous.enumerated() {
                        if place & 63 == 0, isCancelled?() == true {
                            numberingStopped.store(true, ordering: .relaxed)
                            return
                        }
                        numbering.add(article)
                    }
                }
            }, isCancelled: isCancelled) { draft in
                let article = ArticleAnalyzer.analyze(draft, matcher: matcher)
                let count = done.add(1, ordering: .relaxed).newValue
                if count % 500 == 0 || count == drafts.count { progress?(count, drafts.count) }
                return article
            }
            // A corpus missing the articles whose numbering was cut short is never returned.
            guard let analysed, !numberingStopped.load(ordering: .relaxed) else { return nil }
            toNumber = analysed
        }
        report.phases.append(("parse, annotate and number", ContinuousClock.now - started))
        report.loaded = drafts.count
        return numbered.withLock { numbering in
            guard isCancelled?() != true, numbering.settleUnknownNames(isCancelled: isCancelled) else { return nil }
            return numbering.corpus(report: report, gazetteer: gazetteer, isCancelled: isCancelled)
        }
    }

    /// Articles analysed together before they are indexed: few enough that Ctrl-C is answered within a
    /// fraction of a second.
    static let sliceSize = 2_048
}
