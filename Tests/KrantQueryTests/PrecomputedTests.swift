import Testing
import KrantCorpus
import KrantSynthetic
@testable import KrantQuery

/// Answers read from values computed at load time must equal the answers counted from the rows.
@Suite("Precomputed answers against counting")
struct PrecomputedTests {
    static let corpus = DifferentialTests.corpus

    /// Every cell of a relation, row by row, in its order.
    static func cells(_ relation: Relation) -> [[Value]] {
        let fields = relation.fields(in: corpus)
        return relation.rows.map { row in fields.map { $0.value(Int(row)) } }
    }

    @Test(arguments: [false, true]) func wholeCorpusActorTableEqualsCountingEveryMention(includeUnmentioned: Bool) {
        let counted = ActorTable.relation(mentions: 0..<Int32(Self.corpus.mentions.count), in: Self.corpus,
                                          includeUnmentioned: includeUnmentioned)
        let read = ActorTable.wholeCorpus(Self.corpus, includeUnmentioned: includeUnmentioned)
        #expect(read.rows.count == counted.rows.count)
        #expect(Self.cells(read) == Self.cells(counted))
    }

    @Test func everyArticleExpandsToTheWholeCorpusTable() throws {
        let result = try Query.run("articles | actors", on: Self.corpus)
        let counted = ActorTable.relation(mentions: 0..<Int32(Self.corpus.mentions.count), in: Self.corpus)
        #expect(result.rows == Self.cells(counted).map { row in result.columns.map { row[ActorTable.columns.map(\.name).firstIndex(of: $0)!] } })
    }

    @Test(arguments: ["articles", "sentences", "mentions"], CorpusDate.Precision.allCases)
    func countByPeriodEqualsCountingTruncatedDates(table: String, precision: CorpusDate.Precision) throws {
        let result = try Query.run("\(table) | count by \(precision.rawValue)", on: Self.corpus)
        let dates: [CorpusDate?] = switch table {
        case "articles": Self.corpus.articles.map(\.date)
        case "sentences": Self.corpus.sentences.map { Self.corpus.articles[$0.article].date }
        default: Self.corpus.mentions.map { Self.corpus.articles[$0.article].date }
        }
        var expected: [Value: Int] = [:]
        for date in dates { expected[date.map { .date($0.truncated(to: precision)) } ?? .null, default: 0] += 1 }
        var found: [Value: Int] = [:]
        for row in result.rows { if case .integer(let count) = row[1], count > 0 { found[row[0]] = count } }
        #expect(found == expected)
        #expect(expected.count > 3, "the corpus should span several periods")
    }
}
