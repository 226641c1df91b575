import Testing
@testable import KrantQuery

/// `plot "FILE"`: what the evaluator records for the shell, and the refusals, each pointing at what is wrong.
@Suite("The plot stage")
struct PlotTests {
    @Test(arguments: [
        (#"articles | timeline by month | plot "t.svg""#, PlotColumns.Shape.periods, ["month"], ["count"]),
        (#"articles | timeline by year of "NAVO", "Rusland" per 1000 articles | plot "t.svg""#, .periods, ["year"], ["NAVO", "Rusland"]),
        (#"articles | count by year share | plot "c.svg""#, .bars, ["year"], ["count"]),
        (#"mentions | count by actor, kind | limit 30 | plot "c.svg""#, .groups, ["actor", "kind"], ["count"]),
        (#"articles | terms top 10 | plot "terms.svg""#, .bars, ["term"], ["count"]),
        (#"sentences | ngrams 2 top 5 | plot "n.svg""#, .bars, ["ngram"], ["count"]),
        (#"sentences | cooccur with "Poetin" | plot "p.svg""#, .pairs, ["actor", "partner"], ["g2"]),
        (#"sentences | cooccur | plot network "p.svg""#, .network, ["actor", "partner"], ["g2", "together"]),
        (#"sentences | cooccur | plot "p.DOT""#, .network, ["actor", "partner"], ["g2", "together"]),
    ])
    func theResultCarriesWhatToDraw(query: String, shape: PlotColumns.Shape, labels: [String], values: [String]) throws {
        let result = try Query.run(query, on: Fixtures.corpus)
        let plot = try #require(result.plot)
        #expect(plot.columns.shape == shape)
        #expect(plot.columns.labels == labels)
        #expect(plot.columns.values == values)
        // The rows are still there, for embedders and for `.plot` later.
        #expect(result.rowCount > 0)
    }

    @Test func theTitleIsTheStatementWithoutPlot() throws {
        let result = try Query.run("articles where date < 2022-03\n  | count by year | plot \"y.svg\"", on: Fixtures.corpus)
        #expect(result.plot?.title == "articles where date < 2022-03\n  | count by year")
        #expect(result.plot?.path == "y.svg")
        #expect(result.plot?.fileType == .svg)
    }

    @Test(arguments: [
        (#"articles | plot "a.svg""#, "articles cannot be plotted; a chart draws the rows of timeline, count by, terms and cooccur",
         #"plot "a.svg""#, #"count or analyse the rows first, such as: articles | timeline by month | plot "months.svg""#),
        (#"articles | count by year | plot "y.svg" | limit 2"#, "'plot' comes last, after the rows it draws", #"plot "y.svg""#,
         #"move '| plot "y.svg"' to the end of the statement"#),
        (#"articles | count by year | plot "years.png""#, "unknown chart file type '.png' in 'years.png'", #""years.png""#,
         "end the file name in .svg (a chart for a browser), or .dot (a cooccur network for Graphviz)"),
        (#"articles | count by year | plot "years""#, "'years' has no extension to say what kind of chart to write", #""years""#, nil),
        (#"articles | count by year | plot "years.dot""#, "a network is drawn from cooccur rows, not groups", #"plot "years.dot""#, nil),
        (#"articles | terms | plot network "t.svg""#, "a network is drawn from cooccur rows, not words", #"plot network "t.svg""#, nil),
        (#"mentions | count by actor, kind, form | plot "k.svg""#, "a chart shows 'count by' one or two keys, and this has 3: actor, kind, form",
         #"plot "k.svg""#, nil),
        (#"articles | count by year | select year | plot "y.svg""#, "the rows have no 'count' column to plot", #"plot "y.svg""#,
         "plot before 'select', or select count too"),
        (#"sentences | terms top 500 | plot "t.svg""#, "500 terms are too many to draw readably; a chart takes at most 100", #"plot "t.svg""#,
         #"keep the first ones, such as: … | limit 40 | plot "FILE.svg""#),
        (#"let x = articles | count by year | plot "y.svg""#, "'let' binds rows, and 'plot' writes them to a file", #"plot "y.svg""#, nil),
        (#"articles | count | plot "c.svg""#, "'count' gives one number, so nothing can follow it", #"plot "c.svg""#, nil),
        (#"articles | count by year | plot """#, "'plot' needs a file name", #""""#, nil),
    ])
    func refusals(query: String, message: String, pointed: String, help: String?) {
        let diagnostic = Fixtures.diagnostic(query)
        #expect(diagnostic?.message == message)
        #expect(Fixtures.pointedText(query) == pointed)
        if let help { #expect(diagnostic?.help == help) }
    }

    @Test func aPlotWithoutAFileNameSaysWhatToWrite() {
        #expect(Fixtures.diagnostic("articles | count by year | plot")?.message
                == #"the statement ends early: expected a file name in quotes after 'plot', such as plot "timeline.svg""#)
        #expect(Fixtures.diagnostic("articles | count by year | plot chart")?.message
                == #"expected a file name in quotes after 'plot', such as plot "timeline.svg", found 'chart'"#)
    }

    @Test func aLegendTellsAtMostTenSeriesApart() {
        #expect(Fixtures.diagnostic(#"mentions | count by kind, actor | plot "k.svg""#)?.message
                .hasPrefix("'actor' has ") == true)
    }

    @Test(arguments: [("a.svg", PlotRequest.FileType.svg), ("dir.v2/a.SVG", .svg), ("a.dot", .dot)])
    func fileTypesComeFromTheExtension(path: String, type: PlotRequest.FileType) {
        #expect(PlotRequest.fileType(of: path) == type)
    }

    @Test(arguments: ["a", "a.png", ".svg", "dir.svg/a"])
    func otherNamesHaveNoFileType(path: String) {
        #expect(PlotRequest.fileType(of: path) == nil)
    }
}
