import ArgumentParser
import Foundation
import KrantPostgres
import KrantRender
import KrantShell

/// Where the articles come from, for both `krant` and `krant index`.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A directory of .txt articles, a .jsonl file or an index made by 'krant index' (repeatable); krant itself also opens a postgresql:// database written by 'krant export'.", valueName: "path"))
    var corpus: [String] = []

    @Option(name: .long, help: ArgumentHelp("A YAML gazetteer merged into the standard one (repeatable).", valueName: "file"))
    var actors: [String] = []
}

/// `krant`: explore a news corpus with a small query language.
struct Krant: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "krant",
        abstract: "Explore a news corpus with a small query language.",
        discussion: """
            With no -e or -f, krant opens a prompt on a terminal, or runs the statements on standard input.
            Without --corpus it opens the sample corpus. Type .help at the prompt for the language.

            Examples:
              krant
              krant -e 'articles where actor = "NAVO" and date < 2022-03'
              krant --corpus ~/kranten --format csv -f analysis.krant > result.csv
              krant index --corpus ~/kranten --output kranten.krantindex
              krant --corpus kranten.krantindex
              krant export --corpus ~/kranten --to postgresql://localhost/kranten
              krant --corpus postgresql://localhost/kranten -e 'articles | count by year'

            'krant index' saves the loaded and indexed corpus in one file that opens many times faster;
            give that file to --corpus. It is refused, and the articles loaded from text, when they changed since.
            'krant export' writes the annotated corpus into a PostgreSQL database (see the README); with that
            database as --corpus, statements run on the server, and commands that read a corpus in memory
            (.show, .plot, .summary, .actors, .fields, .load) say that they are not available.

            Exit status: 0 success, 1 a statement failed, 2 usage error, 3 the corpus cannot be loaded,
            130 interrupted (Ctrl-C).
            """,
        version: "krant 0.1.0",
        subcommands: [IndexCommand.self, ExportCommand.self],
        helpNames: [.short, .long]
    )

    @OptionGroup var sources: CorpusOptions

    @Option(name: .long, help: ArgumentHelp("How results are written (default: table on a terminal, tsv otherwise).", valueName: "format"))
    var format: OutputFormat?

    @Option(name: .customShort("e"), help: ArgumentHelp("Run a statement, then exit (repeatable).", valueName: "query"))
    var execute: [String] = []

    @Option(name: .customShort("f"), help: ArgumentHelp("Run a script file, - for standard input (repeatable).", valueName: "script"))
    var file: [String] = []

    @Flag(name: .long, help: "Go on with a script after a statement fails; the exit status is still 1.")
    var keepGoing = false

    @Flag(name: .long, help: "Never colour the output (NO_COLOR does the same).")
    var noColor = false

    func run() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let options = ProgramOptions(corpusPaths: sources.corpus, gazetteerPaths: sources.actors, format: format,
                                     actions: orderedActions(arguments.filter { $0.hasPrefix("-e") || $0.hasPrefix("-f") }),
                                     colors: !noColor, keepsGoing: keepGoing)
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("samples/corpus").path
        let sampleCorpus = ["samples/corpus", sample].first { FileManager.default.fileExists(atPath: $0) }
        Foundation.exit(Program.run(options, sampleCorpus: sampleCorpus).rawValue)
    }

    /// `-e` and `-f` run in the order given, which two separate option arrays do not keep.
    func orderedActions(_ arguments: [String]) -> [ProgramOptions.Action] {
        var executes = execute[...], files = file[...]
        var actions: [ProgramOptions.Action] = []
        for argument in arguments {
            if argument.hasPrefix("-e"), let next = executes.first { actions.append(.execute(next)); executes.removeFirst() }
            else if argument.hasPrefix("-f"), let next = files.first { actions.append(.script(next)); files.removeFirst() }
        }
        return actions + executes.map { .execute($0) } + files.map { .script($0) }
    }
}

extension OutputFormat: ExpressibleByArgument {}

/// `krant index`: save a loaded corpus as a snapshot.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Load a corpus, annotate and index it, and save it in one file that opens many times faster.",
        discussion: """
            Open the file with: krant --corpus FILE
            Ctrl-C stops the indexing and leaves no file behind; an index already at FILE is replaced only
            when the new one is complete.
            """
    )

    @OptionGroup var sources: CorpusOptions

    @Option(name: .long, help: ArgumentHelp("The index file to write.", valueName: "file"))
    var output: String

    func run() {
        Foundation.exit(Program.writeIndex(ProgramOptions(corpusPaths: sources.corpus, gazetteerPaths: sources.actors), output: output).rawValue)
    }
}

/// `krant export`: write a loaded corpus into a PostgreSQL database.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Load a corpus, annotate and index it, and write it into a PostgreSQL database.",
        discussion: """
            The tables go into the schema 'krant', which a second export replaces, in one transaction.
            The password comes from the URL, PGPASSWORD or the password file (PGPASSFILE, ~/.pgpass),
            and is never printed.
            """
    )

    @OptionGroup var sources: CorpusOptions

    @Option(name: .long, help: ArgumentHelp("The database: postgresql://[user[:password]@]host[:port]/database", valueName: "url"))
    var to: String

    func run() async {
        let errors = FileHandle.standardError
        let endpoint: PostgresEndpoint
        do {
            endpoint = try PostgresEndpoint(url: to)
        } catch {
            errors.write(Data("error: \(error)\n".utf8))
            Foundation.exit(Program.Status.usage.rawValue)
        }
        guard let corpus = Program.loadCorpus(ProgramOptions(corpusPaths: sources.corpus, gazetteerPaths: sources.actors)) else {
            Foundation.exit(Program.Status.corpusUnavailable.rawValue)
        }
        do {
            try await CorpusExporter.export(corpus, to: endpoint) { step in
                errors.write(Data("exporting to \(endpoint): \(step)\n".utf8))
            }
        } catch {
            errors.write(Data("error: \(error)\n".utf8))
            Foundation.exit(Program.Status.statementFailed.rawValue)
        }
        errors.write(Data("exported \(corpus.articles.count) articles to \(endpoint)\n".utf8))
    }
}

// Usage errors exit with 2, as documented, rather than the argument parser's own status.
do {
    var command = try Krant.parseAsRoot()
    if let export = command as? ExportCommand {
        await export.run()
    } else {
        try command.run()
    }
} catch {
    let code = Krant.exitCode(for: error)
    if code == .success {
        print(Krant.fullMessage(for: error))
        exit(0)
    }
    FileHandle.standardError.write(Data((Krant.fullMessage(for: error) + "\n").utf8))
    exit(Program.Status.usage.rawValue)
}
