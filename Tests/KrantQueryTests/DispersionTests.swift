import Testing
import KrantCorpus
@testable import KrantQuery

@Suite("Dispersion and frequency per million")
struct DispersionTests {
    static func number(_ value: Value?) -> Double {
        if case .double(let number) = value { return number }
        if case .integer(let number) = value { return Double(number) }
        return .nan
    }

    static func row(_ result: QueryResult, _ column: String, _ term: String) -> [String: Value] {
        guard let index = result.column(column).firstIndex(of: .text(term)) else { return [:] }
        return Dictionary(uniqueKeysWithValues: zip(result.columns, result.rows[index]))
    }

    /// The collocates corpus: 10 words in the first article, 4 in the second, so s = (10/14, 4/14).
    /// kernwapens, twice in the first: v = (1, 0), DP = ½ (|1 − 0.714286| + |0 − 0.285714|) = 0.285714.
    /// europa, once in each: v = (0.5, 0.5), DP = ½ (0.214286 + 0.214286) = 0.214286.
    /// vrede, once in the second: v = (0, 1), DP = ½ (0.714286 + 0.714286) = 0.714286.
    /// Per million: kernwapens 2 · 1000000 / 14 = 142857.142857.
    @Test func termsGiveDispersionOverArticlesAndFrequencyPerMillion() throws {
        let result = try Query.run("articles | terms with stopwords", on: CollocateTests.corpus)
        #expect(result.columns == ["term", "count", "per_million", "documents", "dp"])
        #expect(abs(Self.number(Self.row(result, "term", "kernwapens")["dp"]) - 0.285714) < 1e-6)
        #expect(abs(Self.number(Self.row(result, "term", "europa")["dp"]) - 0.214286) < 1e-6)
        #expect(abs(Self.number(Self.row(result, "term", "vrede")["dp"]) - 0.714286) < 1e-6)
        #expect(abs(Self.number(Self.row(result, "term", "kernwapens")["per_million"]) - 142857.142857) < 1e-6)
    }

    /// Rows of sentences are grouped by their article: the same numbers as for the articles.
    @Test func sentencesCountForTheirArticles() throws {
        let result = try Query.run("sentences | terms with stopwords", on: CollocateTests.corpus)
        #expect(abs(Self.number(Self.row(result, "term", "kernwapens")["dp"]) - 0.285714) < 1e-6)
    }

    /// Window 1 around sancties: raken (A1) | helpen (A1) | nieuwe, raken (A2): window words 2 and 2, s = (½, ½).
    /// raken, one in each: v = (½, ½), DP = 0; helpen, in the first only: DP = ½ (|1 − ½| + ½) = 0.5.
    @Test func collocatesGiveDispersionOverTheirWindows() throws {
        let corpus = Corpus(texts: ["date 2022 Sancties raken Moskou hard. Sancties helpen weinig.", "date 2022 Nieuwe sancties raken Moskou."])
        let result = try Query.run(#"articles | collocates "sancties" window 1 min 1"#, on: corpus)
        #expect(result.columns.last == "dp")
        #expect(Self.number(Self.row(result, "collocate", "raken")["dp"]) == 0)
        #expect(Self.number(Self.row(result, "collocate", "helpen")["dp"]) == 0.5)
        #expect(Self.number(Self.row(result, "collocate", "nieuwe")["dp"]) == 0.5)
    }

    @Test func onePartIsPerfectlyEven() {
        #expect(Dispersion(sizes: [0: 10], totalSize: 10).deviationOfProportions([0: 3]) == 0)
    }
}
