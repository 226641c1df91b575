import Foundation
import Testing
import KrantTestSupport
import KrantQuery
@testable import KrantShell

@Suite("The shell")
struct ShellTests {
    let temporary = TemporaryFolders()

    @Test func scriptErrorsNameFileLineAndColumnAndStop() {
        let (shell, output, errors) = ShellFixtures.shell()
        let ok = shell.runScript("articles | count\n\narticles where actr = \"NAVO\"\narticles | count", name: "analysis.krant")
        #expect(!ok)
        #expect(output.text == "5\n")
        #expect(errors.text == """
            analysis.krant:3:16: error: unknown field 'actr'
              articles where actr = "NAVO"
                             ^~~~
              note: articles have: id, date, title, text, words, actor, source, url, author, provenance, year, month, day
              help: did you mean 'actor'?

            """)
    }

    @Test func dotCommandsInScriptsChangeTheFormat() {
        let (shell, output, _) = ShellFixtures.shell()
        #expect(shell.runScript(".format csv\narticles | select id | limit 1\n.format tsv\narticles | select id | limit 1", name: "s"))
        #expect(output.text == "id\r\n000_7d7a0e2b2ca19402\r\nid\n000_7d7a0e2b2ca19402\n")
    }

    @Test func unknownDotCommandSuggestsTheNearest() {
        let (shell, _, errors) = ShellFixtures.shell()
        #expect(!shell.runScript(".formt json", name: "s.krant"))
        #expect(errors.text == "s.krant:1: error: unknown command '.formt'\n  help: did you mean '.format'?\n")
    }

    @Test func badFormatAndTimerArgumentsAreReported() {
        let (shell, _, errors) = ShellFixtures.shell()
        #expect(!shell.runDotCommand(".format jsn", location: nil))
        #expect(errors.text.contains("unknown format 'jsn'; did you mean 'json'"))
        #expect(!shell.runDotCommand(".timer maybe", location: nil))
    }

    @Test func timerPrintsTimeOnStandardError() {
        let (shell, output, errors) = ShellFixtures.shell()
        shell.runScript(".timer on\narticles | count", name: "s")
        #expect(output.text == "5\n")
        #expect(errors.text.hasPrefix("time: "))
        #expect(errors.text.hasSuffix(" ms\n"))
    }

    @Test func outputGoesToAFileAndBack() throws {
        let path = try temporary.make("output").appending("result.csv")
        let (shell, output, errors) = ShellFixtures.shell()
        #expect(shell.runScript(".format csv\n.output \(path)\narticles | select id | limit 2\n.output -\narticles | count", name: "s"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "id\r\n000_7d7a0e2b2ca19402\r\n001_73a95e8d76c20340\r\n")
        #expect(output.text == "5\n")
        #expect(errors.text.isEmpty)
    }

    @Test func outputToADirectoryIsRefused() {
        let (shell, _, errors) = ShellFixtures.shell()
        #expect(!shell.runDotCommand(".output /tmp", location: nil))
        #expect(errors.text.contains("'/tmp' is a folder; give a file name"))
        #expect(!shell.runDotCommand(".output /no/such/dir/x.csv", location: nil))
        #expect(errors.text.contains("cannot write to '/no/such/dir/x.csv': its folder does not exist"))
    }

    @Test func aFullDiskIsReportedAndResultsComeBackToTheTerminal() throws {
        let (shell, output, errors) = ShellFixtures.shell()
        #expect(!shell.runScript(".output /dev/full\narticles | count", name: "s"))
        #expect(errors.text == "error: cannot write the results to '/dev/full': the disk is full; the file is incomplete, "
                + "and results go to the terminal again\n")
        #expect(shell.runScript("articles | count", name: "s"))
        #expect(output.text == "5\n")
        // The device is written in place, never replaced by a file.
        let attributes = try FileManager.default.attributesOfItem(atPath: "/dev/full")
        #expect(attributes[.type] as? FileAttributeType == .typeCharacterSpecial)
    }

    @Test func outputThroughALinkWritesWhereTheLinkPoints() throws {
        let folder = try temporary.make("link").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: folder + "/target.txt"))
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.txt", withDestinationPath: folder + "/target.txt")
        let (shell, _, _) = ShellFixtures.shell()
        #expect(shell.runScript(".output \(folder)/link.txt\narticles | count\n.output -", name: "s"))
        #expect(try String(contentsOfFile: folder + "/target.txt", encoding: .utf8) == "5\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link.txt") == folder + "/target.txt")
    }

    @Test func showPrintsAnArticleWithSegmentsAndMentions() {
        let (shell, output, _) = ShellFixtures.shell()
        #expect(shell.runDotCommand(".show 001", location: nil))
        #expect(output.text.contains("date:   2024-06-20 (day precision, from the text)"))
        #expect(output.text.contains("[title]   [Poetin] dreigt met nucleaire inzet om westerse steun aan [Oekraïne] te breken"))
        #expect(output.text.contains("[heading] Russische dreiging en westerse reacties") == false)
        #expect(output.text.contains("[heading] [Russische] dreiging en westerse reacties"))
    }

    @Test func actorsFieldsVarsAndHelp() throws {
        let (shell, output, _) = ShellFixtures.shell()
        shell.runDotCommand(".actors rus", location: nil)
        #expect(output.text.contains("Rusland"))
        #expect(output.text.contains("Wit-Rusland"))
        #expect(!output.text.contains("NAVO"))
        shell.runDotCommand(".fields", location: nil)
        #expect(output.text.contains("segment"))
        shell.runScript("let nato = articles where actor = \"NAVO\"\n.vars", name: "s")
        #expect(output.text.contains("nato: 4 articles"))
        for topic in [""] + HelpText.topics {
            #expect(shell.runDotCommand(".help \(topic)", location: nil))
        }
        #expect(!shell.runDotCommand(".help nonsense", location: nil))
    }

    /// `.help stages` is written from the parser's stage table, so a new stage is listed without more work.
    @Test func helpListsEveryStageOfTheTable() throws {
        let text = try HelpText.text(for: "stages")
        for entry in StageCatalog.entries { #expect(text.contains(entry.usage), "\(entry.usage)") }
    }

    @Test func everyHelpExampleRuns() {
        let (shell, _, errors) = ShellFixtures.shell()
        for example in HelpText.examples {
            #expect(shell.runScript(example, name: "help"), "\(example)")
        }
        #expect(errors.text.isEmpty)
    }

    @Test func loadReplacesTheCorpus() throws {
        let folder = try temporary.make("load").url
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "date 2022-01 De NAVO vergadert.".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let (shell, output, errors) = ShellFixtures.shell()
        #expect(shell.runScript(".load \(folder.path)\narticles | count", name: "s"))
        #expect(output.text == "1\n")
        #expect(errors.text.hasPrefix("1 article, 3 words, 2022-01 to 2022-01"))
    }
}

@Suite("The prompt")
struct InteractiveTests {
    @Test func statementsContinueWhileUnfinished() {
        let (shell, output, _) = ShellFixtures.shell()
        var reader = ScriptedLineReader(lines: ["articles where (actor = \"NAVO\"", "  or actor = \"EU\") |", "count", ".quit", "articles"])
        shell.runInteractive(reader: &reader)
        #expect(output.text == "5\n")
        #expect(reader.prompts == ["krant> ", "   ...> ", "   ...> ", "krant> "])
        #expect(reader.history == ["articles where (actor = \"NAVO\" or actor = \"EU\") | count", ".quit"])
    }

    @Test func promptAndScriptsJoinLinesByOneRule() {
        let lines = ["articles where actor = \"NAVO\" and", "date < 2022-03 |", "count"]
        let (shell, output, _) = ShellFixtures.shell()
        var reader = ScriptedLineReader(lines: lines)
        shell.runInteractive(reader: &reader)
        #expect(output.text == "3\n")
        #expect(reader.prompts == ["krant> ", "   ...> ", "   ...> ", "krant> "])
        let (scripted, scriptOutput, _) = ShellFixtures.shell()
        #expect(scripted.runScript(lines.joined(separator: "\n"), name: "s"))
        #expect(scriptOutput.text == output.text)
    }

    @Test func aCompleteButWrongLineFailsAtOnce() {
        let (shell, _, errors) = ShellFixtures.shell()
        var reader = ScriptedLineReader(lines: ["articles where actor =", "articles | count"])
        shell.runInteractive(reader: &reader)
        #expect(reader.prompts == ["krant> ", "krant> ", "krant> "])
        #expect(errors.text.hasPrefix("error: the statement ends early: expected a value"))
    }

    @Test func aLineStartingWithAPipeContinuesTheLastStatement() {
        let (shell, output, errors) = ShellFixtures.shell()
        var reader = ScriptedLineReader(lines: ["| count", "articles where actor = \"NAVO\" and date < 2022-03 | select id", "| count"])
        shell.runInteractive(reader: &reader)
        #expect(errors.text.hasPrefix("error: a line that starts with '|' continues the statement before it, and there is none yet"))
        #expect(output.text.hasSuffix("(3 articles)\n3\n"))
        #expect(reader.history.last == "articles where actor = \"NAVO\" and date < 2022-03 | select id | count")
    }

    @Test func interruptDropsTheUnfinishedStatement() {
        let (shell, output, errors) = ShellFixtures.shell()
        var reader = ScriptedLineReader([.line("articles where (actor = \"NAVO\""), .interrupted, .line("articles | count"), .end])
        shell.runInteractive(reader: &reader)
        #expect(output.text == "5\n")
        #expect(errors.text.isEmpty)
        #expect(reader.prompts == ["krant> ", "   ...> ", "krant> ", "krant> "])
    }

    @Test func errorsAtThePromptShowNoFileName() {
        let (shell, _, errors) = ShellFixtures.shell()
        var reader = ScriptedLineReader(lines: ["articles where actr = 1"])
        shell.runInteractive(reader: &reader)
        #expect(errors.text.hasPrefix("error: unknown field 'actr'\n  articles where actr = 1\n                 ^~~~\n"))
    }
}
