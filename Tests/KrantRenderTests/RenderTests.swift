import Foundation
import Testing
import KrantCorpus
import KrantQuery
@testable import KrantRender

@Suite("Rendering")
struct RenderTests {
    /// Articles whose titles hold commas, quotes and a line break.
    static let corpus = Corpus(texts: [
        "Poetin, Biden en \"de NAVO\"\n\nDe NAVO vergadert op 3 maart 2022.",
        "Kop met\nregelovergang\n\nHet gaat om 12 juni 2021.",
        "date 2022-05 Oekraïne | Rusland: een | in de kop.",
    ])

    func render(_ query: String, _ format: OutputFormat, width: Int = 100) throws -> String {
        ResultRenderer(format: format, width: width).render(try Query.run(query, on: Self.corpus))
    }

    @Test func csvQuotesCommasQuotesAndNewlines() throws {
        let csv = try render("articles | select id, title, words", .csv)
        #expect(csv == "id,title,words\r\n1,\"Poetin, Biden en \"\"de NAVO\"\"\",12\r\n2,Kop met,9\r\n3,Oekraïne | Rusland: een | in de kop.,6\r\n")
    }

    @Test func csvRoundTripsThroughAParserWithNewlines() throws {
        let corpus = Corpus(texts: ["date 2022 Regel een\nregel twee, met \"quotes\"."])
        let csv = ResultRenderer(format: .csv).render(try Query.run("sentences | select text", on: corpus))
        #expect(csv == "text\r\n\"Regel een\nregel twee, met \"\"quotes\"\".\"\r\n")
    }

    @Test func notesFollowATableButStayOutOfData() throws {
        let table = try render("sentences | cooccur min 1", .table)
        #expect(table.hasSuffix("(4 pairs)\nnote: N = 3 sentences holding at least one of the mentions counted\n"))
        let csv = try render("sentences | cooccur min 1", .csv)
        #expect(!csv.contains("note"))
    }

    @Test func jsonParsesAndKeepsTypes() throws {
        let json = try render("articles | select id, date, words, actor", .json)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(parsed.count == 3)
        #expect(parsed[0]["id"] as? String == "1")
        #expect(parsed[0]["date"] as? String == "2022-03-03")
        #expect(parsed[0]["words"] as? Int == 12)
        #expect(parsed[0]["actor"] as? [String] == ["Poetin", "Biden", "NAVO"])
        #expect(parsed[1]["date"] as? String == "2021-06-12")
    }

    @Test func articleRowsCarryIdDateAndTitleByDefault() throws {
        let json = try render("articles | limit 1", .jsonl)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["id", "date", "title"])
    }

    @Test func jsonLinesIsOneObjectPerLine() throws {
        let lines = try render("articles | select id", .jsonl).split(separator: "\n")
        #expect(lines == [#"{"id": "1"}"#, #"{"id": "2"}"#, #"{"id": "3"}"#])
    }

    @Test func tsvAndMarkdownEscape() throws {
        #expect(try render("articles where id = 3 | select id, title", .tsv) == "id\ttitle\n3\tOekraïne | Rusland: een | in de kop.\n")
        #expect(try render("articles where id = 3 | select id, title, words", .markdown)
                == "| id | title | words |\n| --- | --- | ---: |\n| 3 | Oekraïne \\| Rusland: een \\| in de kop. | 6 |\n")
    }

    @Test func countIsAPlainNumberInEveryFormat() throws {
        for format in OutputFormat.allCases {
            #expect(try render("articles | count", format) == "3\n")
        }
    }

    @Test func tableFitsTheWidthAndCountsRows() throws {
        let table = try render("articles | select id, title", .table, width: 24)
        let lines = table.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 24 })
        #expect(lines[2].hasSuffix("…"))
        #expect(lines.last == "(3 articles)")
        let numbers = try render("articles | select words", .table)
        #expect(numbers.split(separator: "\n")[2] == "   12")
    }

    @Test func emptyResults() throws {
        #expect(try render("articles where words > 1000", .json) == "[]\n")
        #expect(try render("articles where words > 1000", .csv) == "id,date,title\r\n")
        #expect(try render("articles where words > 1000", .table).hasSuffix("(0 articles)\n"))
    }

    @Test func diagnosticCaretSitsUnderTheOffendingText() throws {
        let source = QuerySource(#"articles where actr = "NAVO""#)
        let diagnostic = Diagnostic(.semantic, "unknown field 'actr'", at: 15..<19, help: "did you mean 'actor'?")
        #expect(DiagnosticRenderer().render(diagnostic, in: source) == """
            error: unknown field 'actr'
              articles where actr = "NAVO"
                             ^~~~
              help: did you mean 'actor'?
            """)
    }

    @Test func caretCountsCharactersNotBytesAndShowsTheRightLine() throws {
        let text = "articles | count\nsentences where text = “Oekraïne” and foo = 1"
        do {
            _ = try Query.run(text, on: Self.corpus)
        } catch {
            let rendered = DiagnosticRenderer(showsLocation: true).render(error)
            #expect(rendered == """
                <query>:2:39: error: unknown field 'foo'
                  sentences where text = “Oekraïne” and foo = 1
                                                        ^~~
                  note: sentences have: text, actor, date, article, segment, year, month, day
                """)
        }
    }
}

@Suite("Rendering long results")
struct LongRenderTests {
    let corpus = Corpus(texts: (1...700).map { "date 2022-0\($0 % 9 + 1) De NAVO vergadert over Oekraïne. Rusland zwijgt. Het is nacht nummer \($0)." })

    @Test(arguments: OutputFormat.allCases)
    func piecesMakeTheSameTextAsTheWhole(format: OutputFormat) throws {
        let result = try Query.run("sentences | select article, text", on: corpus)
        let renderer = ResultRenderer(format: format, width: 80)
        let pieces = Array(renderer.pieces(of: result))
        #expect(pieces.count > 10, "a long result comes in pieces")
        #expect(pieces.joined() == renderer.render(result))
        if format == .json {
            let rows = try JSONSerialization.jsonObject(with: Data(pieces.joined().utf8)) as? [[String: Any]]
            #expect(rows?.count == result.rowCount)
        }
    }

    @Test func emptyResultsInPieces() throws {
        let result = try Query.run("sentences where text contains \"kernwapens\" | select article, text", on: corpus)
        #expect(ResultRenderer(format: .json).pieces(of: result).joined() == "[]\n")
        #expect(ResultRenderer(format: .csv).pieces(of: result).joined() == "article,text\r\n")
    }

    @Test func idsAreNeverCutToFitTheWidth() throws {
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("samples/corpus").path
        let result = try Query.run("articles | select id, title, text", on: try Corpus.load([samples]))
        let text = ResultRenderer(format: .table, width: 40).render(result)
        for id in result.articleIDs { #expect(text.contains(id)) }
    }

    @Test func aCutResultSaysHowManyRowsItLeftOut() throws {
        let result = try Query.run("sentences | select article", on: corpus)
        let record = ResultRenderer(format: .record, width: 60).pieces(of: result, maxRows: 4).joined()
        #expect(record.contains("-[ 2 ]"))
        #expect(record.contains("… \(result.rowCount - 4) rows left out …"))
        #expect(record.contains("-[ \(result.rowCount) ]"))
        #expect(record.hasSuffix("(\(result.rowCount) sentences, 4 shown: the first 2 and the last 2; .maxrows 0 shows all, '| limit N' chooses)\n"))
        let csv = ResultRenderer(format: .csv).pieces(of: result, maxRows: 4).joined()
        #expect(csv.components(separatedBy: "\r\n").count == result.rowCount + 2, "machine formats are never cut")
    }
}

@Suite("Rendering analyses")
struct AnalysisRenderTests {
    @Test func concordanceHitsLineUpInOneColumn() throws {
        let corpus = Corpus(texts: ["date 2022 Een heel lange aanloop naar kernwapens toe. Kort kernwapens."])
        let result = try Query.run(#"articles | kwic "kernwapens" width 20 | select left, hit, right"#, on: corpus)
        let lines = ResultRenderer(format: .table, width: 60).render(result).split(separator: "\n").map(String.init)
        let hitColumns = lines[2...3].map { $0.range(of: "kernwapens")!.lowerBound.utf16Offset(in: $0) }
        #expect(hitColumns[0] == hitColumns[1])
    }

    @Test func timelineBarsOnlyWhenAsked() throws {
        let corpus = Corpus(texts: ["date 2022 a", "date 2022 b", "date 2024 c"])
        let result = try Query.run("articles | timeline by year", on: corpus)
        let plain = ResultRenderer(format: .table).render(result)
        #expect(!plain.contains("█"))
        let bars = ResultRenderer(format: .table, width: 40, showsBars: true).render(result).split(separator: "\n")
        let full = bars[2].filter { $0 == "█" }.count, half = bars[4].filter { $0 == "█" }.count
        #expect(full >= 10)
        #expect(half == full / 2)
        #expect(!bars[3].contains("█"))
    }

    @Test func theSummaryListsNamesNotInTheGazetteerWithTheirGuessedKind() {
        let corpus = Corpus(texts: [
            "date 2022-01 Oppositieleider Aleksandr Koeznetsov reist naar Stanitsia Loehanska.",
            "date 2022-02 Volgens Aleksandr Kuznetsov is het Vasiljev Fonds betrokken.",
        ])
        let screen = CorpusSummary(corpus: corpus).screen
        let lines = screen.split(separator: "\n").drop { !$0.hasPrefix("Top names not in the gazetteer") }.dropFirst().prefix(3)
        #expect(lines.map { $0.split(separator: "  ", omittingEmptySubsequences: true).map { $0.trimmingCharacters(in: .whitespaces) } } == [
            ["Aleksandr Koeznetsov", "2", "2", "person"],
            ["Stanitsia Loehanska", "1", "1", "place"],
            ["Vasiljev Fonds", "1", "1", "organization"],
        ])
    }
}
