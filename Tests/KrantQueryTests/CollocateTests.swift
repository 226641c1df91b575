import Testing
import KrantCorpus
@testable import KrantQuery

@Suite("Collocates")
struct CollocateTests {
    // Words by position: Poetin(0) dreigt(1) met(2) kernwapens(3) | Kernwapens(4) blijven(5) een(6) dreiging(7)
    // voor(8) Europa(9) | second article: Europa(10) praat(11) over(12) vrede(13). N = 14 running words.
    static let corpus = Corpus(texts: [
        "date 2022-10 Poetin dreigt met kernwapens. Kernwapens blijven een dreiging voor Europa.",
        "date 2022-11 Europa praat over vrede.",
    ])

    static func row(_ result: QueryResult, _ term: String) -> [String: Value] {
        guard let index = result.column("collocate").firstIndex(of: .text(term)) else { return [:] }
        return Dictionary(uniqueKeysWithValues: zip(result.columns, result.rows[index]))
    }

    static func number(_ value: Value?) -> Double {
        if case .double(let number) = value { return number }
        if case .integer(let number) = value { return Double(number) }
        return .nan
    }

    /// Window 2 around kernwapens (3) and Kernwapens (4), inside each sentence: dreigt, met | blijven, een, so
    /// 4 window words. For dreigt: O = 1, f(dreigt) = 1, E = 4 · 1 / 14 = 0.285714; PMI = log2(1 / 0.285714)
    /// = log2(3.5) = 1.807355; logDice = 14 + log2(2 · 1 / (2 + 1)) = 13.415037 (2 hits of the node);
    /// G² over the cells O = (1, 3, 0, 10) against E = (0.285714, 3.714286, 0.714286, 9.285714):
    /// 2 · (1 · ln 3.5 + 3 · ln(3 / 3.714286) + 10 · ln(10 / 9.285714)) = 2 · (1.252763 − 0.640723 + 0.741080)
    /// = 2.706241, positive because O > E.
    @Test func measuresOfAWordNearTheNode() throws {
        let result = try Query.run(#"articles | collocates "kernwapens" window 2 min 1 with stopwords"#, on: Self.corpus)
        #expect(result.columns == ["collocate", "together", "expected", "node_count", "collocate_count", "g2", "pmi", "logdice", "dp"])
        #expect(Set(result.column("collocate").map(\.description)) == ["dreigt", "met", "blijven", "een"])
        let dreigt = Self.row(result, "dreigt")
        #expect(dreigt["together"] == .integer(1))
        #expect(dreigt["node_count"] == .integer(2))
        #expect(dreigt["collocate_count"] == .integer(1))
        #expect(abs(Self.number(dreigt["expected"]) - 0.285714) < 1e-6)
        #expect(abs(Self.number(dreigt["pmi"]) - 1.807355) < 1e-6)
        #expect(abs(Self.number(dreigt["logdice"]) - 13.415037) < 1e-6)
        #expect(abs(Self.number(dreigt["g2"]) - 2.706241) < 1e-6)
        #expect(result.notes == ["N = 14 words in these articles; 4 of them stand within 2 of the 2 hits, so expected = 4 · collocate_count / N"])
    }

    /// Window 5: Poetin, dreigt, met | blijven, een, dreiging, voor, Europa: 8 window words. Europa is in one
    /// of them and 2 words of 14 in all: E = 8 · 2 / 14 = 1.142857 > O = 1, so G² is negative: cells
    /// O = (1, 7, 1, 5), E = (1.142857, 6.857143, 0.857143, 5.142857), 2 · (ln 0.875 + 7 ln(7 / 6.857143)
    /// + ln(1 / 0.857143) + 5 ln(5 / 5.142857)) = 0.048200, signed −0.048200; PMI = log2 0.875 = −0.192645;
    /// logDice = 14 + log2(2 / (2 + 2)) = 13.
    @Test func aWordLessOftenNearThanChanceRepels() throws {
        let result = try Query.run(#"articles | collocates "kernwapens" min 1"#, on: Self.corpus)
        // Stop words (met, een, voor) are left out by default, as in terms.
        #expect(Set(result.column("collocate").map(\.description)) == ["poetin", "dreigt", "blijven", "dreiging", "europa"])
        let europa = Self.row(result, "europa")
        #expect(abs(Self.number(europa["expected"]) - 1.142857) < 1e-6)
        #expect(abs(Self.number(europa["g2"]) + 0.048200) < 1e-6)
        #expect(abs(Self.number(europa["pmi"]) + 0.192645) < 1e-6)
        #expect(Self.number(europa["logdice"]) == 13)
        #expect(result.column("collocate").last == .text("europa"), "repulsion sorts last")
    }

    /// The node of `collocates actor` is every mention: Poetin (0), whose window holds dreigt, met, kernwapens
    /// (3 words). kernwapens: O = 1, f = 2, E = 3 · 2 / 14 = 0.428571, PMI = log2(1 / 0.428571) = 1.222392.
    @Test func theNodeCanBeAnActor() throws {
        let result = try Query.run(#"sentences | collocates actor "Poetin" min 1"#, on: Self.corpus)
        let kernwapens = Self.row(result, "kernwapens")
        #expect(kernwapens["node_count"] == .integer(1))
        #expect(abs(Self.number(kernwapens["expected"]) - 0.428571) < 1e-6)
        #expect(abs(Self.number(kernwapens["pmi"]) - 1.222392) < 1e-6)
    }

    /// Two hits close together share their window: a word between them is counted once.
    @Test func aWordNearTwoHitsIsCountedOnce() throws {
        let corpus = Corpus(texts: ["date 2022 Sancties raken sancties hard."])
        let result = try Query.run(#"articles | collocates "sancties" min 1"#, on: corpus)
        #expect(Self.row(result, "raken")["together"] == .integer(1))
        #expect(result.column("collocate").contains(.text("sancties")) == false, "the node's own words are in no window")
    }

    @Test func theMinimumAndTheRowsAreChecked() throws {
        #expect(try Query.run(#"articles | collocates "kernwapens""#, on: Self.corpus).rowCount == 0, "min is 2 by default")
        #expect(Fixtures.diagnostic(#"actors | collocates "x""#)?.message == "'collocates' needs articles or sentences, but these rows are actors")
        #expect(Fixtures.diagnostic(#"articles | collocates "x" window 0"#)?.message == "'window' takes a whole number from 1 to 50")
        #expect(Fixtures.diagnostic(#"articles | collocates window 3"#)?.message == "expected text in quotes after 'collocates', such as collocates \"kernwapens\", found 'window'")
    }
}
