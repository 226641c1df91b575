import Testing
import KrantCorpus
@testable import KrantQuery

/// Ctrl-C stops every analysis: with the flag already raised, each throws the interruption instead of finishing.
@Suite("Ctrl-C in analyses")
struct CancellationTests {
    @Test(arguments: [
        "sentences | terms", "articles | terms whole forms", #"articles where actor = "NAVO" | keywords"#,
        "sentences | ngrams 2", "sentences | ngrams 3", "articles | ngrams 4", "sentences | ngrams 5",
        "sentences | cooccur", "articles | cooccur in article", "articles | timeline by month", #"articles | timeline of "NAVO""#,
        #"sentences | kwic "de""#, #"articles | kwic actor "Poetin""#, #"sentences | collocates "de""#,
        "sentences | count by article", "sentences | sort by text",
    ])
    func aRaisedFlagStopsTheStage(query: String) {
        var session = QuerySession(corpus: Fixtures.corpus)
        session.isCancelled = { true }
        #expect(Fixtures.diagnostic(query) == nil, "the query runs when not interrupted")
        do {
            _ = try session.run(query)
            Issue.record("'\(query)' finished although Ctrl-C was pressed")
        } catch {
            #expect(error.diagnostic.message == "the query was interrupted")
        }
    }

    /// The pieces that run on several cores stop too, and the interruption comes out once.
    @Test func theCoresStopTogether() {
        let units = WordUnits(Relation(kind: .sentences, rows: Fixtures.corpus.sentences.indices.map(Int32.init)), in: Fixtures.corpus)
        let raised = Cancellation(isCancelled: { true }, range: 0..<0)
        #expect(throws: Diagnostic.self) { _ = try TermCounts(units, wholeForms: false, cancellation: raised, minimumWordsPerCore: 1) }
        var counter = NGramCounter(units: units, length: 3, cancellation: raised)
        counter.minimumWordsPerCore = 1
        #expect(throws: Diagnostic.self) { _ = try counter.top(10) }
    }
}
