import Foundation
import Testing
import KrantTestSupport
import KrantQuery
@testable import KrantShell

/// A sink that asks the shell to stop after its first write, as Ctrl-C pressed while results print does.
private final class InterruptingSink: TextSink, @unchecked Sendable {
    private(set) var text = ""
    private(set) var writes = 0
    var interrupted: Bool { writes > 0 }

    func write(_ text: String) {
        self.text += text
        writes += 1
    }
}

@Suite("Long results at the prompt")
struct LongResultTests {
    let temporary = TemporaryFolders()

    @Test func aResultLongerThanTheRowCapShowsItsFirstAndLastRowsAndSaysSo() throws {
        let (shell, output, _) = ShellFixtures.shell()
        shell.settings.maxRows = 6
        #expect(shell.runScript("sentences | select article, segment", name: "s"))
        let lines = output.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let total = ShellFixtures.corpus.sentences.count
        #expect(lines.count == 2 + 6 + 1 + 1 + 1, "\(lines)")
        #expect(lines[2].hasPrefix("000_7d7a0e2b2ca19402"))
        #expect(lines[5].hasPrefix("·"))
        #expect(lines[6].hasPrefix("004_"))
        #expect(lines[9] == "(\(total) sentences, 6 shown: the first 3 and the last 3; .maxrows 0 shows all, '| limit N' chooses)")
        // The same rows as the whole table, first and last.
        let (whole, wholeOutput, _) = ShellFixtures.shell()
        #expect(whole.runScript("sentences | select article, segment", name: "s"))
        let all = wholeOutput.text.split(separator: "\n").map(String.init)
        #expect(Array(lines[2...4]) == Array(all[2...4]))
        #expect(Array(lines[6...8]) == Array(all[(all.count - 4)...(all.count - 2)]))
    }

    @Test func theRowCapIsOnlyForTheTerminal() throws {
        let path = try temporary.make("cap").appending("all.tsv")
        let (shell, _, _) = ShellFixtures.shell()
        shell.settings.maxRows = 6
        #expect(shell.runScript(".format tsv\n.output \(path)\nsentences", name: "s"))
        shell.settings.format = .csv
        #expect(try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").count == ShellFixtures.corpus.sentences.count + 1)
    }

    @Test func recordViewShowsOneFieldPerLine() throws {
        let (shell, output, _) = ShellFixtures.shell()
        #expect(shell.runScript(".format record\narticles | select id, date | limit 2", name: "s"))
        #expect(output.text == """
            -[ 1 ]------------------------------------------------------
            id   | 000_7d7a0e2b2ca19402
            date | 2022-09
            -[ 2 ]------------------------------------------------------
            id   | 001_73a95e8d76c20340
            date | 2024-06-20
            (2 articles)

            """)
    }

    @Test func interruptingStopsPrintingBetweenPieces() {
        let sink = InterruptingSink(), errors = StringSink()
        let shell = Shell(corpus: ShellFixtures.corpus, settings: ShellSettings(format: .tsv), output: sink, errors: errors)
        shell.runner.isCancelled = { [sink] in sink.interrupted }
        #expect(!shell.runScript("mentions", name: "s"))
        #expect(sink.writes == 1, "only the header went out")
        #expect(errors.text == "\n(printing stopped: 0 of \(ShellFixtures.corpus.mentions.count) rows shown)\n")
    }

    @Test func aResultTallerThanTheScreenGoesThroughThePager() throws {
        let paged = try temporary.make("pager").appending("paged.txt")
        let (shell, output, errors) = ShellFixtures.shell()
        shell.pagerCommand = "cat > '\(paged)'"
        shell.settings.height = 24
        shell.settings.maxRows = 10
        #expect(shell.runScript(".pager on\narticles | count\nsentences | select article", name: "s"), "\(errors.text)")
        #expect(output.text == "5\n", "a short result stays on the screen")
        let text = try String(contentsOfFile: paged, encoding: .utf8)
        #expect(text.hasSuffix("(\(ShellFixtures.corpus.sentences.count) sentences)\n"), "the pager gets every row")
        #expect(!shell.runScript(".pager maybe", name: "s"))
        shell.pagerCommand = nil
        #expect(!shell.runScript(".pager on", name: "s"))
        #expect(errors.text.contains("there is no pager to use"))
    }

    @Test func settingsShowTheirValueWithoutAnArgument() throws {
        let (shell, output, _) = ShellFixtures.shell()
        #expect(shell.runScript(".format\n.timer\n.maxrows\n.pager\n.output\n.format csv\n.timer on\n.maxrows 20\n.format\n.timer\n.maxrows", name: "s"))
        #expect(output.text == """
            format: table
            timer: off
            maxrows: 0 (every row is shown)
            pager: off (no pager: results do not go to a terminal, or none is installed)
            output: the terminal (standard output)
            format: csv
            timer: on
            maxrows: 20

            """)
    }

    @Test func showOpensTheArticleOfARowOfTheLastResult() throws {
        let (shell, output, errors) = ShellFixtures.shell()
        #expect(shell.runScript("sentences where actor = \"Stoltenberg\" | select text", name: "s"))
        let result = try #require(shell.lastResult)
        let expected = try #require(result.article(ofRow: 0))
        #expect(shell.runScript(".show 1", name: "s"))
        #expect(output.text.contains("id:     \(expected.id)"))
        #expect(!shell.runScript(".show 999", name: "s"))
        #expect(errors.text.contains("the last result has \(result.rowCount) rows, so there is no row 999"))
        #expect(shell.runScript("articles | count by year\n", name: "s"))
        #expect(!shell.runScript(".show 1", name: "s"))
        #expect(errors.text.contains("row 1 of the last result is not from one article (its rows are groups)"))
    }

    @Test func editRunsTheLastStatementAsTheEditorLeftIt() throws {
        let (shell, output, errors) = ShellFixtures.shell()
        shell.editorCommand = "sed -i s/NAVO/EU/"
        var reader = ScriptedLineReader(lines: ["articles where actor = \"NAVO\" | count", ".edit"])
        shell.runInteractive(reader: &reader)
        #expect(output.text == "4\n\(try Query.run("articles where actor = \"EU\" | count", on: ShellFixtures.corpus).count)\n")
        #expect(errors.text == "articles where actor = \"EU\" | count\n")
        shell.editorCommand = "false"
        #expect(!shell.runScript(".edit", name: "s"))
        #expect(errors.text.contains("the editor 'false' ended with status 1; nothing was run"))
    }

    @Test func interruptedLoadingKeepsTheOldCorpus() throws {
        let (shell, _, errors) = ShellFixtures.shell()
        shell.runner.isCancelled = { true }
        #expect(!shell.runScript(".load \(ShellFixtures.samplePath)", name: "s"))
        #expect(errors.text.hasPrefix("loading was interrupted\ns:1: error: the corpus is unchanged: 5 articles"))
        #expect(shell.runner.corpusInMemory?.articles.count == 5)
    }

    @Test func keepGoingRunsTheStatementsAfterAFailedOne() {
        let (shell, output, errors) = ShellFixtures.shell()
        shell.keepsGoing = true
        #expect(!shell.runScript("articles | count\narticles where actr = 1\n.nonsense\narticles | count", name: "s"))
        #expect(output.text == "5\n5\n")
        #expect(errors.text.contains("s:2:16: error: unknown field 'actr'"))
        #expect(errors.text.contains("s:3: error: unknown command '.nonsense'"))
    }

    @Test func tildeMeansTheHomeFolder() {
        #expect(UserPath.expanded("~/kranten", home: "/home/ans") == "/home/ans/kranten")
        #expect(UserPath.expanded("~", home: "/home/ans") == "/home/ans")
        #expect(UserPath.expanded("~ans/x", home: "/home/ans") == "~ans/x")
        #expect(UserPath.expanded("/tmp/~x", home: "/home/ans") == "/tmp/~x")
    }
}
