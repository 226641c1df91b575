import Foundation
import Testing
import KrantTestSupport

/// Tests that start processes run one at a time: Foundation's `Process` on Linux is not safe to use from
/// many threads at once.
@Suite("Programs", .serialized)
struct ProcessTests {}

/// The `krant` program run as a user runs it, through its command line.
extension ProcessTests {
@Suite("The krant command")
struct ProgramTests {
    let temporary = TemporaryFolders()

    @Test func executesStatementsInOrderThenExits() throws {
        let run = try ShellFixtures.run(["-e", "articles | count", "-e", #"articles where actor = "NAVO" | count"#])
        #expect(run.status == 0)
        #expect(run.output == "5\n4\n")
    }

    @Test func runsScriptsAndStatementsInCommandLineOrder() throws {
        let script = try temporary.make("script").url.appendingPathComponent("count.krant")
        try "sentences | count\n".write(to: script, atomically: true, encoding: .utf8)
        let run = try ShellFixtures.run(["-f", script.path, "-e", "articles | count"])
        #expect(run.output.split(separator: "\n").last == "5")
        #expect(run.output.split(separator: "\n").count == 2)
    }

    @Test func readsStatementsFromStandardInputWhenItIsNotATerminal() throws {
        let run = try ShellFixtures.run([], input: "articles | count\n.format csv\narticles | select id | limit 1\n")
        #expect(run.status == 0)
        #expect(run.output == "5\nid\r\n000_7d7a0e2b2ca19402\r\n")
        let dash = try ShellFixtures.run(["-f", "-"], input: "mentions | count")
        #expect(dash.output == "\(ShellFixtures.corpus.mentions.count)\n")
    }

    @Test func aFailingStatementExitsWithOneAndNamesTheScript() throws {
        let script = try temporary.make("script").url.appendingPathComponent("analysis.krant")
        try "articles | count\narticles where date < 2022-13\narticles | count\n".write(to: script, atomically: true, encoding: .utf8)
        let run = try ShellFixtures.run(["-f", script.path])
        #expect(run.status == 1)
        #expect(run.output == "", "a script's syntax is checked before any of it runs")
        #expect(run.errors.hasPrefix("\(script.path):2:23: error: bad date '2022-13': month 13 does not exist"))
        #expect(run.errors.contains("\n  articles where date < 2022-13\n" + String(repeating: " ", count: 24) + "^~~~~~~\n"))
    }

    @Test func usageErrorsExitWithTwo() throws {
        let run = try ShellFixtures.run(["--format", "xml"])
        #expect(run.status == 2)
        #expect(run.errors.contains("xml"))
        #expect(try ShellFixtures.run(["--bogus"]).status == 2)
    }

    @Test func anUnloadableCorpusExitsWithThree() throws {
        let run = try ShellFixtures.run(["--corpus", "/no/such/corpus", "-e", "articles | count"])
        #expect(run.status == 3)
        #expect(run.errors == "error: cannot load '/no/such/corpus': there is no such file or directory\n")
        let gazetteer = try temporary.make("gazetteer").url.appendingPathComponent("bad.yaml")
        try "- name: X\n  kind: planet\n".write(to: gazetteer, atomically: true, encoding: .utf8)
        #expect(try ShellFixtures.run(["--actors", gazetteer.path, "-e", "articles | count"]).status == 3)
    }

    @Test func userGazetteersExtendTheActors() throws {
        let gazetteer = try temporary.make("gazetteer").url.appendingPathComponent("extra.yaml")
        try "- name: Levada\n  kind: organization\n".write(to: gazetteer, atomically: true, encoding: .utf8)
        let run = try ShellFixtures.run(["--actors", gazetteer.path, "-e", #"articles where actor = "Levada" | count"#])
        #expect(run.output == "1\n")
    }

    @Test func formatsAreChosenOnTheCommandLine() throws {
        let run = try ShellFixtures.run(["--format", "json", "-e", #"articles where actor = "Knapen" | select id"#])
        let parsed = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: String]]
        #expect(parsed == [["id": "004_6ccf7d9b56e9e077"]])
        let piped = try ShellFixtures.run(["-e", "articles | select id | limit 1"])
        #expect(piped.output == "id\n000_7d7a0e2b2ca19402\n", "tab-separated when the output is not a terminal")
    }

    @Test func helpAndVersion() throws {
        let help = try ShellFixtures.run(["--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("--corpus"))
        #expect(help.output.contains("Exit status"))
        let version = try ShellFixtures.run(["--version"])
        #expect(version.status == 0)
        #expect(version.output.hasPrefix("krant "))
    }

    @Test func pathsWithoutArticlesExitWithThreeAndSayWhy() throws {
        let empty = try temporary.make("empty")
        let run = try ShellFixtures.run(["--corpus", empty.path, "-e", "articles | count"])
        #expect(run.status == 3)
        #expect(run.errors == "error: cannot load '\(empty.path)': the folder holds no files\n")
        let notes = try temporary.make("notes")
        try "aantekening".write(toFile: notes.appending("a.md"), atomically: true, encoding: .utf8)
        let others = try ShellFixtures.run(["--corpus", notes.path, "-e", "articles | count"])
        #expect(others.status == 3)
        #expect(others.errors.contains("none of its 1 file is an article: krant reads .txt and .jsonl files"))
        let unreadable = try temporary.make("unreadable")
        try Data().write(to: unreadable.url.appendingPathComponent("leeg.txt"))
        let nothing = try ShellFixtures.run(["--corpus", unreadable.path, "-e", "articles | count"])
        #expect(nothing.status == 3)
        #expect(nothing.errors.contains("error: no article could be loaded from '\(unreadable.path)': every file was skipped"))
    }

    @Test func upperCaseExtensionsAreArticlesToo() throws {
        let folder = try temporary.make("upper")
        try "date 2022-01 De NAVO vergadert.".write(toFile: folder.appending("A.TXT"), atomically: true, encoding: .utf8)
        let run = try ShellFixtures.run(["--corpus", folder.path, "-e", "articles | count"])
        #expect(run.output == "1\n")
    }

    @Test func aMissingScriptIsNoSuchFile() throws {
        let run = try ShellFixtures.run(["-f", "/no/such/analysis.krant"])
        #expect(run.status == 1)
        #expect(run.errors == "error: cannot read the script '/no/such/analysis.krant': there is no such file "
                + "(or it is a link to a file that does not exist)\n")
    }

    @Test(arguments: [
        ("- name: X\n  kind: persoon\n", "2:9: 'persoon' is not a kind of actor; expected one of: country, organization, person, media, place"),
        ("- name: X\n  kind: person\n  forms: [a, b\n", "4:1: not valid YAML: did not find expected ',' or ']' while parsing a flow sequence"),
        ("- name: X\n  kind: person\n- naam: Y\n", "3:3: this entry has no 'name'; every entry needs a name and a kind"),
        ("- name: X\n  kind: person\n  forms: Poetin\n", "3:10: 'forms' should be a list, such as [Rusland, Russische Federatie]"),
    ])
    func gazetteerErrorsNameFileLineAndWhatWasExpected(yaml: String, message: String) throws {
        let file = try temporary.make("gazetteer").appending("actors.yaml")
        try yaml.write(toFile: file, atomically: true, encoding: .utf8)
        let run = try ShellFixtures.run(["--actors", file, "-e", "articles | count"])
        #expect(run.status == 3)
        #expect(run.errors == "error: \(file):\(message)\n")
    }

    @Test func keepGoingRunsEveryStatementAndStillFails() throws {
        let run = try ShellFixtures.run(["--keep-going", "-e", "articles where actr = 1", "-e", "articles | count"])
        #expect(run.status == 1)
        #expect(run.output == "5\n")
        let stops = try ShellFixtures.run(["-e", "articles where actr = 1", "-e", "articles | count"])
        #expect(stops.status == 1 && stops.output.isEmpty)
    }

    @Test func indexIsASubcommandWithItsOwnHelp() throws {
        let help = try ShellFixtures.run(["--help"])
        #expect(help.output.contains("SUBCOMMANDS:\n  index "))
        #expect(help.output.contains("--keep-going"))
        let index = try ShellFixtures.run(["help", "index"])
        #expect(index.status == 0)
        #expect(index.output.contains("USAGE: krant index [--corpus <path> ...] [--actors <file> ...] --output <file>"))
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func shellCompletionsKnowTheSubcommandAndOptions(shell: String) throws {
        let run = try ShellFixtures.run(["--generate-completion-script", shell])
        #expect(run.status == 0)
        for word in ["index", "--corpus", "--actors", "--format", "--keep-going", "--output", "record"] {
            // fish names long options as -l NAME
            let spelled = shell == "fish" && word.hasPrefix("--") ? "-l '\(word.dropFirst(2))'" : word
            #expect(run.output.contains(spelled), "\(shell) completion lacks \(word)")
        }
        if shell == "bash" {
            let script = try temporary.make("completion").appending("krant.bash")
            try run.output.write(toFile: script, atomically: true, encoding: .utf8)
            let check = Process()
            check.executableURL = URL(fileURLWithPath: "/bin/bash")
            check.arguments = ["-n", script]
            try check.run()
            check.waitUntilExit()
            #expect(check.terminationStatus == 0, "bash parses the completion script")
        }
    }

    @Test func theManualPageDescribesEveryOption() throws {
        let manual = try String(contentsOfFile: ShellFixtures.root.appendingPathComponent("docs/krant.1").path, encoding: .utf8)
        let help = try ShellFixtures.run(["--help"]).output + (try ShellFixtures.run(["help", "index"]).output)
        let options = Set(help.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "," }).filter { $0.hasPrefix("--") })
        #expect(!options.isEmpty)
        for option in options {
            #expect(manual.contains("-" + option.dropFirst(2)), "docs/krant.1 lacks \(option); make it again (README)")
        }
    }

    @Test func loadProblemsAreReportedAndTheRestLoads() throws {
        let folder = try temporary.make("bad").url
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "date 2022-01 De NAVO.".write(to: folder.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        try Data([0xFF, 0xFE, 0x41]).write(to: folder.appendingPathComponent("bad.txt"))
        let run = try ShellFixtures.run(["--corpus", folder.path, "-e", "articles | count"])
        #expect(run.status == 0)
        #expect(run.output == "1\n")
        #expect(run.errors.contains("bad.txt: skipped: the file is not UTF-8 text"))
    }

    @Test func aFullStandardOutputIsAnErrorNotSilence() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ShellFixtures.binary)
        process.arguments = ["-e", "articles | count"]
        process.currentDirectoryURL = ShellFixtures.root
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(message.contains("error: cannot write the results to standard output: the disk is full"))
    }

    @Test func closedPipeEndsQuietly() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "'\(ShellFixtures.binary)' -e 'sentences | select text' -e 'sentences | select text' -e 'mentions' | head -1"]
        process.currentDirectoryURL = ShellFixtures.root
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        process.waitUntilExit()
        #expect(String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) == "")
    }
}
}
