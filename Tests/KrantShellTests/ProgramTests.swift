import Foundation
import Testing

/// Tests that start processes run one at a time: Foundation's `Process` on Linux is not safe to use from
/// many threads at once.
@Suite("Programs", .serialized)
struct ProcessTests {}

/// The `krant` program run as a user runs it, through its command line.
extension ProcessTests {
@Suite("The krant command")
struct ProgramTests {
    @Test func executesStatementsInOrderThenExits() throws {
        let run = try ShellFixtures.run(["-e", "articles | count", "-e", #"articles where actor = "NAVO" | count"#])
        #expect(run.status == 0)
        #expect(run.output == "5\n4\n")
    }

    @Test func runsScriptsAndStatementsInCommandLineOrder() throws {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("krant-\(UUID().uuidString).krant")
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
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("analysis-\(UUID().uuidString).krant")
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
        let gazetteer = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).yaml")
        try "- name: X\n  kind: planet\n".write(to: gazetteer, atomically: true, encoding: .utf8)
        #expect(try ShellFixtures.run(["--actors", gazetteer.path, "-e", "articles | count"]).status == 3)
    }

    @Test func userGazetteersExtendTheActors() throws {
        let gazetteer = FileManager.default.temporaryDirectory.appendingPathComponent("extra-\(UUID().uuidString).yaml")
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

    @Test func loadProblemsAreReportedAndTheRestLoads() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("krant-bad-\(UUID().uuidString)")
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
