import Foundation
import Testing
import KrantCorpus
import KrantQuery
import KrantTestSupport
@testable import KrantRender

/// Charts read back as a browser would: the SVG parsed with XMLParser, its bars and labels checked against the
/// rows of the result they were drawn from.
@Suite("Charts")
struct ChartTests {
    static let corpus: Corpus = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try! Corpus.load([root.appendingPathComponent("samples/corpus").path])
    }()

    /// The result of a statement ending in `plot`, and its chart file.
    func chart(_ query: String, on corpus: Corpus = corpus) throws -> (result: QueryResult, file: ChartFile) {
        let result = try Query.run(query, on: corpus)
        let request = try #require(result.plot)
        return (result, ChartFile(result, request: request))
    }

    /// Every bar's length divided by its row's value is the same: the bars are as long as the rows say.
    func expectProportional(_ lengths: [Double], _ values: [Double], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(lengths.count == values.count, sourceLocation: sourceLocation)
        let largest = try! #require(zip(lengths, values).max { abs($0.1) < abs($1.1) })
        let scale = largest.0 / abs(largest.1)
        for (length, value) in zip(lengths, values) {
            #expect(abs(length - abs(value) * scale) < 0.05, "bar of \(length) for \(value)", sourceLocation: sourceLocation)
        }
    }

    @Test func countByOneKeyDrawsAHorizontalBarPerRow() throws {
        let (result, file) = try chart(#"articles | count by year | plot "years.svg""#)
        let svg = try SVGReader(file.text)
        let bars = svg.elements("rect", class: "bar")
        #expect(bars.count == result.rowCount)
        #expect(svg.elements("text", class: "label").map(\.text) == result.column("year").map(\.description))
        expectProportional(bars.map { $0.number("width") }, result.column("count").map(BarChart.number))
        // Each bar stands in the row of its label, and starts at the axis.
        let labels = svg.elements("text", class: "label")
        for (bar, label) in zip(bars, labels) {
            #expect(label.number("y") > bar.number("y") && label.number("y") < bar.number("y") + bar.number("height") + 8)
        }
        #expect(Set(bars.map { $0.number("x") }).count == 1)
        #expect(bars.map(\.tooltip) == ["2021: 1", "2022: 3", "2023: 0", "2024: 1"])
        #expect(file.contents == "4 bars")
    }

    @Test func theChartHasATitleAxesTicksAndAViewBox() throws {
        let (_, file) = try chart(#"articles where date < 2022-03 and title contains "Poetin" | count by year | plot "t.svg""#)
        let svg = try SVGReader(file.text)
        let root = try #require(svg.elements.first)
        #expect(root.name == "svg")
        #expect(root.attributes["viewBox"]?.hasPrefix("0 0 ") == true)
        // The statement is the title, its < and quotes escaped in the file and read back whole.
        #expect(svg.elements("text", class: "title").map(\.text) == [#"articles where date < 2022-03 and title contains "Poetin" | count by year"#])
        #expect(file.text.contains("date &lt; 2022-03"))
        #expect(svg.elements("text", class: "axis-label").map(\.text).sorted() == ["count", "year"])
        let ticks = svg.elements("text", class: "tick-label").map(\.text)
        #expect(ticks.first == "0")
        #expect(ticks.count >= 2)
        #expect(svg.elements("rect", class: "legend-swatch").isEmpty)
    }

    @Test func termsDrawABarPerWordInRowOrder() throws {
        let (result, file) = try chart(#"articles | terms top 12 | plot "terms.svg""#)
        let svg = try SVGReader(file.text)
        #expect(svg.elements("text", class: "label").map(\.text) == result.column("term").map(\.description))
        expectProportional(svg.elements("rect", class: "bar").map { $0.number("width") }, result.column("count").map(BarChart.number))
        let values = svg.elements("text", class: "value").map(\.text)
        #expect(values == result.column("count").map(\.description))
    }

    @Test func aTimelineDrawsUprightBarsPerPeriodAndSeriesWithALegend() throws {
        let (result, file) = try chart(#"articles | timeline by year of "NAVO", "Rusland" | plot "t.svg""#)
        let svg = try SVGReader(file.text)
        let bars = svg.elements("rect", class: "bar")
        #expect(bars.count == 2 * result.rowCount)
        #expect(svg.elements("text", class: "label").map(\.text) == ["2021", "2022", "2023", "2024"])
        #expect(svg.elements("text", class: "legend").map(\.text) == ["NAVO", "Rusland"])
        // Bars go period by period, each period's series in legend order; heights as the counts.
        let values = (0..<result.rowCount).flatMap { row in ["NAVO", "Rusland"].map { BarChart.number(result.column($0)[row]) } }
        expectProportional(bars.map { $0.number("height") }, values)
        let bottoms = bars.filter { $0.number("height") > 0 }.map { $0.number("y") + $0.number("height") }
        #expect(Set(bottoms.map { ($0 * 10).rounded() }).count == 1)
        #expect(zip(bars, bars.dropFirst()).allSatisfy { $0.number("x") < $1.number("x") })
        #expect(file.contents == "8 bars in 2 series")
    }

    @Test func manyPeriodsAreDrawnAsALinePerSeries() throws {
        let texts = (0..<90).map { day in
            let date = Self.date(daysAfterNewYear: day)
            return "date \(date) De NAVO vergadert\(day % 3 == 0 ? " met Rusland" : "")."
        }
        let corpus = Corpus(texts: texts)
        let (result, file) = try chart(#"articles | timeline by day of "NAVO", "Rusland" | plot "days.svg""#, on: corpus)
        #expect(result.rowCount > BarChart.mostBarsAlongTime)
        let svg = try SVGReader(file.text)
        #expect(svg.elements("rect", class: "bar").isEmpty)
        let lines = svg.elements("polyline", class: "line")
        #expect(lines.map(\.tooltip) == ["NAVO", "Rusland"])
        #expect(lines.map { $0.attributes["points"]!.split(separator: " ").count } == [result.rowCount, result.rowCount])
        // Period names are thinned so that none touches the next.
        let labels = svg.elements("text", class: "label")
        #expect(labels.count < result.rowCount)
        let xs = labels.map { $0.number("x") }
        #expect(zip(xs, xs.dropFirst()).allSatisfy { $1 - $0 > SVGCanvas.textWidth("2022-01-01") })
        #expect(file.contents == "\(result.rowCount) periods, 2 lines")
    }

    @Test func cooccurBarsOfSignedG2ExtendLeftOfTheAxisWhenNegative() throws {
        let (result, file) = try chart(#"sentences | cooccur with "Poetin" | plot "poetin.svg""#)
        let svg = try SVGReader(file.text)
        let bars = svg.elements("rect", class: "bar")
        let g2 = result.column("g2").map(BarChart.number)
        #expect(g2.contains { $0 < 0 } && g2.contains { $0 > 0 })
        #expect(svg.elements("text", class: "label").map(\.text)
                == zip(result.column("actor"), result.column("partner")).map { "\($0) – \($1)" })
        expectProportional(bars.map { $0.number("width") }, g2)
        let axis = try #require(svg.elements("line", class: "axis").first { $0.number("x1") == $0.number("x2") }).number("x1")
        for (bar, value) in zip(bars, g2) {
            if value < 0 {
                #expect(abs(bar.number("x") + bar.number("width") - axis) < 0.02)
            } else {
                #expect(abs(bar.number("x") - axis) < 0.02)
            }
        }
    }

    @Test func countByTwoKeysGroupsTheBarsWithALegend() throws {
        let (result, file) = try chart(#"mentions where actor in ("Rusland", "China") | count by actor, kind | plot "g.svg""#)
        let svg = try SVGReader(file.text)
        func distinct(_ column: String) -> [String] {
            result.column(column).map(\.description).reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        }
        let actors = distinct("actor"), kinds = distinct("kind")
        #expect(svg.elements("text", class: "label").map(\.text) == actors)
        #expect(svg.elements("text", class: "legend").map(\.text) == kinds.map { "kind \($0)" })
        let bars = svg.elements("rect", class: "bar")
        #expect(bars.count == actors.count * kinds.count)
        // A combination without rows is a bar of nothing.
        var expected: [Double] = []
        for actor in actors {
            for kind in kinds {
                let row = (0..<result.rowCount).first { result.column("actor")[$0].description == actor && result.column("kind")[$0].description == kind }
                expected.append(row.map { BarChart.number(result.column("count")[$0]) } ?? 0)
            }
        }
        expectProportional(bars.map { $0.number("width") }, expected)
    }

    @Test func aNetworkHasANodePerActorAndAnEdgePerPair() throws {
        let (result, file) = try chart(#"sentences | cooccur | plot network "pairs.svg""#)
        let actors = Set(result.column("actor") + result.column("partner"))
        let svg = try SVGReader(file.text)
        #expect(svg.elements("circle", class: "node").count == actors.count)
        #expect(Set(svg.elements("text", class: "label").map(\.text)) == Set(actors.map(\.description)))
        let edges = svg.elements("line", class: "edge")
        #expect(edges.count == result.rowCount)
        #expect(edges.filter { $0.attributes["stroke-dasharray"] != "none" }.count == result.column("g2").filter { BarChart.number($0) < 0 }.count)
        #expect(file.contents == "\(actors.count) actors, \(result.rowCount) pairs")
    }

    @Test func theDotFileHasANodePerActorAndAnEdgePerPair() throws {
        let (result, file) = try chart(#"sentences | cooccur | plot "pairs.dot""#)
        let lines = file.text.split(separator: "\n").map(String.init)
        #expect(lines.first == "graph cooccur {")
        #expect(lines.last == "}")
        let nodes = lines.filter { $0.hasPrefix("  \"") && !$0.contains(" -- ") }
        let edges = lines.filter { $0.contains(" -- ") }
        #expect(Set(nodes) == Set((result.column("actor") + result.column("partner")).map { "  \"\($0)\";" }))
        #expect(nodes.count == Set(nodes).count)
        #expect(edges.count == result.rowCount)
        let first = try #require(edges.first)
        #expect(first.hasPrefix("  \"\(result.column("actor")[0])\" -- \"\(result.column("partner")[0])\" [label=\""))
        #expect(first.contains("weight=\(result.column("together")[0])"))
        #expect(NetworkDOT.quoted("a \"b\" \\ c") == #""a \"b\" \\ c""#)
    }

    @Test func theSameRowsGiveTheSameBytes() throws {
        for query in [#"articles | timeline by year | plot "a.svg""#, #"sentences | cooccur | plot network "b.svg""#] {
            #expect(try chart(query).file.text == chart(query).file.text)
        }
    }

    @Test(arguments: [("a & b <c> \"d\" 'e'", "a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;")])
    func textIsEscapedForXML(text: String, escaped: String) {
        #expect(SVGCanvas.escaped(text) == escaped)
    }

    @Test func ticksAreRoundAndCoverZero() {
        let scale = ChartScale(values: [-8.33, 6.52], from: 0, to: 100)
        #expect(scale.ticks == [-10, -5, 0, 5, 10])
        #expect(scale.position(0) == 50)
        #expect(ChartScale(values: [0, 1, 1], from: 0, to: 1).ticks == [0, 1])
        #expect(ChartScale(values: [0.2, 0.6], from: 0, to: 1).label(0.2) == "0.2")
    }

    /// The day `offset` days after 1 January 2022, written as krant reads dates.
    static func date(daysAfterNewYear offset: Int) -> String {
        let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var (month, day) = (0, offset)
        while day >= lengths[month] {
            day -= lengths[month]
            month += 1
        }
        return String(format: "2022-%02d-%02d", month + 1, day + 1)
    }
}
