import Foundation
import KrantCorpus
import KrantPostgres
import KrantRender
@testable import KrantShell
import KrantTestSupport
import Testing

/// The shell with `--corpus postgresql://…`: statements run on a throw-away server of the test's own, with the
/// seed corpus exported to it, and print as they do in memory.
@Suite("Shell on a PostgreSQL server", .serialized,
       .enabled(if: PostgresTestServer.isAvailable, Comment(rawValue: PostgresTestServer.skipMessage)))
struct ServerShellTests {
    let temporary = TemporaryFolders()

    /// A server in a new folder with the seed corpus exported to it; stopped by `stop`.
    private func startServer(_ purpose: String) async throws -> (folder: TemporaryFolder, url: String) {
        let folder = try temporary.make(purpose)
        let url = try PostgresTestServer.start(in: folder)
        try await CorpusExporter.export(ShellFixtures.corpus, to: try PostgresEndpoint(url: url))
        return (folder, url)
    }

    private func serverShell(_ url: String, format: KrantRender.OutputFormat = .table) throws -> (Shell, StringSink, StringSink) {
        let output = StringSink(), errors = StringSink()
        let shell = Shell(runner: try ServerRunner.open(try PostgresEndpoint(url: url)),
                          settings: ShellSettings(format: format, colors: false, width: 100), output: output, errors: errors)
        return (shell, output, errors)
    }

    static let sameAsInMemory = """
        articles where actor = "NAVO" and date < 2022-03
        articles | sort by date desc | limit 3 | select id, date, words
        articles | count by year, actor | limit 6
        sentences where text contains "kernwapen*" | select article, text
        let nato = articles where actor = "NAVO"
        nato where text contains "secretaris generaal" | count
        articles where date between 2022-01 and 2022-12 or not actor = "Poetin" | count by month
        mentions where actor = "Rusland" and kind = metonym | count by form
        articles where actor = "NAVO" | actors | limit 4
        sentences where text matches /navo/i and actor = "Poetin" | mentions | select actor, form, kind
        articles where actor = "Poetin" | count by year per 1000 articles share
        sentences | timeline by year of "NAVO", "Rusland" share
        sentences | cooccur with "Poetin" min 2 | limit 5
        """

    @Test func resultsPrintAsInMemory() async throws {
        let server = try await startServer("pg-shell-print")
        defer { try? PostgresTestServer.stop(in: server.folder) }
        for format in [KrantRender.OutputFormat.table, .csv, .json, .record] {
            let (memory, memoryOutput, memoryErrors) = ShellFixtures.shell(format: format)
            let (onServer, serverOutput, serverErrors) = try serverShell(server.url, format: format)
            defer { onServer.runner.close() }
            #expect(memory.runScript(Self.sameAsInMemory, name: "same.krant"))
            #expect(onServer.runScript(Self.sameAsInMemory, name: "same.krant"), "\(serverErrors.text)")
            #expect(serverOutput.text == memoryOutput.text, "\(format)")
            #expect(serverErrors.text == memoryErrors.text)
        }
    }

    @Test func unsupportedPartsAreShownWithACaretAndTheirPlace() async throws {
        let server = try await startServer("pg-shell-errors")
        defer { try? PostgresTestServer.stop(in: server.folder) }
        let (shell, output, errors) = try serverShell(server.url)
        defer { shell.runner.close() }
        shell.keepsGoing = true
        #expect(!shell.runScript("articles | count\n\narticles | kwic \"NAVO\"\nmentions where title = \"x\"", name: "analysis.krant"))
        #expect(output.text == "5\n")
        #expect(errors.text.contains("""
            analysis.krant:3:12: error: the stage 'kwic' is not supported on PostgreSQL yet
              articles | kwic "NAVO"
                         ^~~~~~~~~~~
            """), "\(errors.text)")
        #expect(errors.text.contains("analysis.krant:4:16: error: mentions have no field 'title'; articles do"), "\(errors.text)")
    }

    @Test(arguments: [".show 1", ".plot chart.svg", ".summary", ".fields", ".actors NAVO", ".load samples/corpus"])
    func corpusCommandsSayTheyNeedMemory(_ command: String) async throws {
        let server = try await startServer("pg-shell-dot")
        defer { try? PostgresTestServer.stop(in: server.folder) }
        let (shell, output, errors) = try serverShell(server.url)
        defer { shell.runner.close() }
        #expect(!shell.runScript(command, name: "dot.krant"))
        #expect(output.text.isEmpty)
        #expect(errors.text.contains("reads a corpus in memory") && errors.text.contains("not available on a server"), "\(errors.text)")
        #expect(errors.text.contains(server.url))
    }

    /// Stopping the server between two statements gives a message, not a crash; the prompt reads on, and once a
    /// server answers again the next statement reconnects, with the names bound before still there.
    @Test func aServerThatGoesAwayIsSaidAndThePromptGoesOn() async throws {
        let first = try await startServer("pg-shell-gone")
        var stopped = false
        defer { if !stopped { try? PostgresTestServer.stop(in: first.folder) } }
        let (shell, output, errors) = try serverShell(first.url)
        defer { shell.runner.close() }
        var before = ScriptedLineReader(lines: ["let nato = articles where actor = \"NAVO\"", "nato | count"])
        shell.runInteractive(reader: &before)
        #expect(output.text == "nato: 4 articles\n4\n")
        try PostgresTestServer.stop(in: first.folder)
        stopped = true
        var during = ScriptedLineReader(lines: ["articles | count", "articles | count"])
        shell.runInteractive(reader: &during)
        #expect(during.prompts == ["krant> ", "krant> ", "krant> "])
        #expect(errors.text.contains("error: the database server closed the connection to \(first.url)"), "\(errors.text)")
        #expect(output.text == "nato: 4 articles\n4\n")

        let second = try await startServer("pg-shell-back")
        defer { try? PostgresTestServer.stop(in: second.folder) }
        #expect(second.url == first.url)
        var after = ScriptedLineReader(lines: ["nato | count"])
        shell.runInteractive(reader: &after)
        #expect(output.text == "nato: 4 articles\n4\n4\n", "\(errors.text)")
    }

    @Test func passwordsAreNeverShownNorKept() async throws {
        let url = try #require(PostgresTestServer.url)
        let withPassword = url.replacingOccurrences(of: "://krant@", with: "://krant:geheim-wachtwoord@")
            .replacingOccurrences(of: "/krant_test", with: "/no_such_database")
        let errors = StringSink()
        #expect(Program.openDatabase([withPassword], gazetteerPaths: [], errors: errors) == nil)
        #expect(Program.openDatabase([withPassword, "samples/corpus"], gazetteerPaths: [], errors: errors) == nil)
        #expect(errors.text.contains("no_such_database"))
        #expect(!errors.text.contains("geheim"), "\(errors.text)")

        let (shell, _, shellErrors) = ShellFixtures.shell()
        var reader = ScriptedLineReader(lines: [".load \(withPassword)"])
        shell.runInteractive(reader: &reader)
        #expect(shellErrors.text.contains("'.load' reads files"))
        #expect(!shellErrors.text.contains("geheim"), "\(shellErrors.text)")
        // A statement shows the user's own text in its messages; the history file still keeps no password.
        reader = ScriptedLineReader(lines: [".load \(withPassword)", "articles where text contains \"\(withPassword)\"", "| count"])
        shell.runInteractive(reader: &reader)
        #expect(reader.history.count == 3)
        #expect(reader.history.allSatisfy { !$0.contains("geheim") && $0.contains("krant:…@") }, "\(reader.history)")
    }
}
