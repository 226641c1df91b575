import Testing
@testable import KrantQuery

@Suite("The stage table")
struct StageCatalogTests {
    /// Each keyword starts exactly one stage, and completion offers the words of every entry.
    @Test func everyStageKeywordHasOneEntry() {
        let keywords = StageCatalog.entries.flatMap(\.keywords)
        #expect(Set(keywords).count == keywords.count)
        #expect(Parser.stageWords == StageCatalog.entries.flatMap(\.words))
        for keyword in Keyword.allCases where !keywords.contains(keyword) {
            #expect([.articles, .let, .and, .or, .not, .in, .between, .contains, .matches, .by, .asc, .desc, .offset].contains(keyword), "\(keyword)")
        }
    }

    /// A keyword that starts no stage is refused with the table's words.
    @Test func aKeywordThatStartsNoStageListsTheStages() {
        let diagnostic = Fixtures.diagnostic("articles | between")
        #expect(diagnostic?.message == "'between' cannot start a stage")
        #expect(diagnostic?.help?.contains("collocates") == true)
    }
}
