import Foundation
import Testing
import KrantTestSupport
@testable import KrantShell

/// Charts end to end: a statement ending in `plot` and the `.plot` command write a file and say so in one line.
@Suite("Charts at the prompt")
struct PlotShellTests {
    let temporary = TemporaryFolders()

    @Test func aStatementEndingInPlotWritesTheChartInsteadOfTheTable() throws {
        let path = try temporary.make("plot").appending("poetin.svg")
        let (shell, output, errors) = ShellFixtures.shell()
        #expect(shell.runScript(#"articles where actor = "Poetin" | count by year | plot "\#(path)""#, name: "s"))
        #expect(output.text.isEmpty)
        #expect(errors.text == "wrote \(path) (4 bars)\n")
        let svg = try SVGReader(try String(contentsOfFile: path, encoding: .utf8))
        #expect(svg.elements("rect", class: "bar").count == 4)
        #expect(svg.elements("text", class: "label").map(\.text) == ["2021", "2022", "2023", "2024"])
        #expect(svg.elements("text", class: "title").map(\.text) == [#"articles where actor = "Poetin" | count by year"#])
    }

    @Test func dotPlotWritesTheLastResult() throws {
        let folder = try temporary.make("plot")
        let (shell, output, errors) = ShellFixtures.shell()
        #expect(shell.runScript("sentences | cooccur\n.plot \(folder.appending("pairs.dot"))\n.plot network \(folder.appending("pairs.svg"))\n"
                                + ".plot \(folder.appending("bars.svg"))", name: "s"))
        #expect(output.text.contains("(41 pairs)"))
        #expect(errors.text == "wrote \(folder.appending("pairs.dot")) (26 actors, 41 pairs)\n"
                + "wrote \(folder.appending("pairs.svg")) (26 actors, 41 pairs)\n"
                + "wrote \(folder.appending("bars.svg")) (41 bars)\n")
        let dot = try String(contentsOfFile: folder.appending("pairs.dot"), encoding: .utf8)
        #expect(dot.hasPrefix("graph cooccur {\n  label=\"sentences | cooccur\";"))
        #expect(dot.split(separator: "\n").filter { $0.contains(" -- ") }.count == 41)
        let network = try SVGReader(try String(contentsOfFile: folder.appending("pairs.svg"), encoding: .utf8))
        #expect(network.elements("circle", class: "node").count == 26)
        #expect(try SVGReader(try String(contentsOfFile: folder.appending("bars.svg"), encoding: .utf8)).elements("rect", class: "bar").count == 41)
    }

    @Test func dotPlotAfterAPlottedStatementKeepsItsTitle() throws {
        let folder = try temporary.make("plot")
        let (shell, _, _) = ShellFixtures.shell()
        #expect(shell.runScript(#"articles | terms top 5 | plot "\#(folder.appending("a.svg"))""# + "\n.plot \(folder.appending("b.svg"))", name: "s"))
        #expect(try String(contentsOfFile: folder.appending("a.svg"), encoding: .utf8) == String(contentsOfFile: folder.appending("b.svg"), encoding: .utf8))
    }

    @Test func dotPlotRefusesWhatCannotBePlotted() throws {
        let folder = try temporary.make("plot")
        let (shell, _, errors) = ShellFixtures.shell()
        #expect(!shell.runDotCommand(".plot \(folder.appending("x.svg"))", location: nil))
        #expect(errors.text == "error: there is no result to plot yet; run a statement first, such as: articles | timeline by month\n")
        #expect(shell.runScript("articles | limit 2", name: "s"))
        #expect(!shell.runDotCommand(".plot \(folder.appending("x.svg"))", location: nil))
        #expect(errors.text.hasSuffix("error: articles cannot be plotted; a chart draws the rows of timeline, count by, terms and cooccur\n"
                                      + "  help: count or analyse the rows first, such as: articles | timeline by month | plot \"months.svg\"\n"))
        #expect(shell.runScript("articles | count by year", name: "s"))
        #expect(!shell.runDotCommand(".plot \(folder.appending("x.png"))", location: nil))
        #expect(errors.text.contains("error: unknown chart file type '.png' in '\(folder.appending("x.png"))'\n  help: end the file name in .svg"))
        #expect(!shell.runDotCommand(".plot", location: nil))
        #expect(errors.text.hasSuffix("error: give the file to write: .plot FILE.svg, or .plot network FILE.svg after cooccur\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func anUnwritablePathIsReportedAndTheShellGoesOn() throws {
        let (shell, output, errors) = ShellFixtures.shell()
        var reader = ScriptedLineReader(lines: [#"articles | count by year | plot "/no/such/folder/y.svg""#, "articles | count"])
        shell.runInteractive(reader: &reader)
        #expect(errors.text == "error: cannot write to '/no/such/folder/y.svg': its folder does not exist\n")
        #expect(output.text == "5\n")
    }

    @Test func aRefusedPlotPointsAtTheStage() {
        let (shell, _, errors) = ShellFixtures.shell()
        #expect(!shell.runScript(#"articles | plot "a.svg""#, name: "s.krant"))
        #expect(errors.text == """
            s.krant:1:12: error: articles cannot be plotted; a chart draws the rows of timeline, count by, terms and cooccur
              articles | plot "a.svg"
                         ^~~~~~~~~~~~
              help: count or analyse the rows first, such as: articles | timeline by month | plot "months.svg"

            """)
    }
}
