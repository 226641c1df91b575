import Foundation
import Testing
@testable import KrantQuery

@Suite("The stage table")
struct StageCatalogTests {
    /// Each word starts exactly one stage, completion offers the words of every entry, and every keyword that
    /// is not part of a source or a condition starts a stage.
    @Test func everyStageWordHasOneEntry() {
        let starts = StageCatalog.stages.flatMap { $0.help.starts }
        #expect(Set(starts).count == starts.count)
        #expect(Parser.stageWords == StageCatalog.entries.flatMap(\.words))
        for keyword in Keyword.allCases where !starts.contains(keyword.rawValue) {
            #expect([.articles, .let, .and, .or, .not, .in, .between, .contains, .matches, .by, .asc, .desc, .offset].contains(keyword), "\(keyword)")
        }
    }

    /// The parser reads each stage by its entry: the usage line's example parses to the entry's own type.
    @Test(arguments: [
        ("where date < 2022", WhereStage.self), ("order by date", SortStage.self), ("limit 3", LimitStage.self),
        ("select id", SelectStage.self), ("count by year", CountStage.self), ("mentions", ExpandStage.self),
        ("kwic \"navo\"", ConcordanceStage.self), ("timeline", TimelineStage.self), ("cooccur", CooccurrenceStage.self),
        ("collocates \"navo\"", CollocatesStage.self), ("keywords top 3", TermsStage.self), ("ngrams 2", NGramsStage.self),
        ("explain", ExplainStage.self), ("plot \"a.svg\"", PlotStage.self),
    ] as [(String, any PipelineStage.Type)])
    func eachStageParsesToItsEntry(stage: String, type: any PipelineStage.Type) throws {
        let statement = try #require(try Parser.parse(QuerySource("articles | " + stage)).first)
        #expect(Swift.type(of: statement.pipeline.stages[0].operation) == type)
        #expect(StageCatalog.stages.contains { $0 == type })
    }

    /// The grammar file names every stage's first words, so a stage added to the table is added there too.
    @Test func theGrammarNamesEveryStage() throws {
        let grammar = try String(contentsOf: Fixtures.root.appendingPathComponent("grammar/krant.ebnf"), encoding: .utf8)
        for word in StageCatalog.stages.flatMap({ $0.help.starts }) {
            #expect(grammar.contains("\"\(word)\""), "'\(word)' is missing from the stage rule of grammar/krant.ebnf")
        }
    }

    /// A keyword that starts no stage is refused with the table's words.
    @Test func aKeywordThatStartsNoStageListsTheStages() {
        let diagnostic = Fixtures.diagnostic("articles | between")
        #expect(diagnostic?.message == "'between' cannot start a stage")
        #expect(diagnostic?.help?.contains("collocates") == true)
    }
}
