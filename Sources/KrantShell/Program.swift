import Foundation
import KrantCorpus
import KrantPostgres
import KrantQuery
import KrantRender

/// What the command line asked for, already parsed.
public struct ProgramOptions: Sendable {
    /// A statement to run (`-e`) or a script to read (`-f`, `-` for standard input), in command-line order.
    public enum Action: Sendable, Equatable {
        case execute(String)
        case script(String)
    }

    public var corpusPaths: [String]
    public var gazetteerPaths: [String]
    public var format: OutputFormat?
    public var actions: [Action]
    public var colors: Bool
    /// A script goes on after a failed statement (`--keep-going`).
    public var keepsGoing: Bool

    public init(corpusPaths: [String] = [], gazetteerPaths: [String] = [], format: OutputFormat? = nil,
                actions: [Action] = [], colors: Bool = true, keepsGoing: Bool = false) {
        self.corpusPaths = corpusPaths
        self.gazetteerPaths = gazetteerPaths
        self.format = format
        self.actions = actions
        self.colors = colors
        self.keepsGoing = keepsGoing
    }
}

/// The krant program after argument parsing: loads the corpus, then runs actions, standard input or the REPL.
public enum Program {
    /// Exit statuses, as documented in `--help`.
    public enum Status: Int32, Sendable {
        case success = 0, statementFailed = 1, usage = 2, corpusUnavailable = 3
        /// Stopped by Ctrl-C, as shells report a process ended by SIGINT.
        case interrupted = 130
    }

    public static func run(_ options: ProgramOptions, sampleCorpus: String?) -> Status {
        Interrupts.ignoreBrokenPipes()
        let errors = FileSink.standardError
        let interactiveError = Terminal.isTerminal(STDERR_FILENO)
        // NO_COLOR counts when set to anything but the empty string (no-color.org).
        let noColorRequested = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        let colors = options.colors && !noColorRequested && Terminal.isTerminal(STDOUT_FILENO)

        var paths = options.corpusPaths
        if paths.isEmpty {
            guard let sampleCorpus else {
                errors.write("error: no corpus given, and the sample corpus was not found\n  help: krant --corpus DIRECTORY\n")
                return .corpusUnavailable
            }
            paths = [sampleCorpus]
        }
        let opened: (runner: any StatementRunner, banner: String)
        if paths.contains(where: PostgresEndpoint.isDatabaseURL) {
            guard let server = openDatabase(paths, gazetteerPaths: options.gazetteerPaths, errors: errors) else { return .corpusUnavailable }
            opened = server
        } else {
            guard let gazetteer = loadGazetteer(options.gazetteerPaths, errors: errors),
                  let corpus = loadCorpus(paths, gazetteer: gazetteer, errors: errors, showsProgress: interactiveError) else {
                return .corpusUnavailable
            }
            opened = (QuerySession(corpus: corpus), CorpusSummary(corpus: corpus).oneLine)
        }

        let stdinIsTerminal = Terminal.isTerminal(STDIN_FILENO)
        let stdoutIsTerminal = Terminal.isTerminal(STDOUT_FILENO)
        let settings = ShellSettings(format: options.format ?? (stdoutIsTerminal ? .table : .tsv), colors: colors,
                                     width: Terminal.width() ?? 100)
        let shell = Shell(runner: opened.runner, settings: settings, output: FileSink.standardOutput, errors: errors)
        defer { shell.runner.close() }
        shell.showsProgress = interactiveError
        shell.keepsGoing = options.keepsGoing
        shell.editorCommand = ChildProcess.editor()

        if !options.actions.isEmpty {
            var failed = false
            for action in options.actions {
                let succeeded: Bool
                switch action {
                case .execute(let statement):
                    succeeded = shell.runScript(statement, name: "<-e>")
                case .script("-"):
                    succeeded = shell.runScript(readStandardInput(), name: "<stdin>")
                case .script(let path):
                    do {
                        succeeded = shell.runScript(try DotCommand.readScript(path), name: path)
                    } catch {
                        errors.write("error: \(error)\n")
                        succeeded = false
                    }
                }
                failed = failed || !succeeded
                if failed && !options.keepsGoing { break }
            }
            return failed ? .statementFailed : .success
        }
        guard stdinIsTerminal else {
            return shell.runScript(readStandardInput(), name: "<stdin>") ? .success : .statementFailed
        }
        FileSink.standardOutput.write("krant: \(opened.banner)\nType .help for help, .quit or Ctrl-D to leave.\n")
        Interrupts.install()
        shell.runner.isCancelled = { Interrupts.isPending }
        shell.measureTerminal = { Terminal.size() }
        if stdoutIsTerminal {
            shell.settings.maxRows = ShellSettings.promptMaxRows
            shell.pagerCommand = Pager.command()
        }
        var reader = EditLineReader(historyFile: historyPath().map { HistoryFile(path: $0, limit: EditLineReader.historyLimit) }, completer: shell.runner.completer) { errors.write($0 + "\n") }
        shell.runInteractive(reader: &reader)
        return .success
    }

    /// Connects to the database a `--corpus postgresql://…` names; nil, with the reason, when it cannot be
    /// used. No message holds the password the address may carry.
    static func openDatabase(_ paths: [String], gazetteerPaths: [String],
                             errors: TextSink) -> (runner: any StatementRunner, banner: String)? {
        guard paths.count == 1 else {
            let shown = paths.map { "'\(PostgresEndpoint.redactingPasswords(in: $0))'" }.joined(separator: ", ")
            errors.write("error: a database is opened on its own, not together with other --corpus paths: \(shown)\n")
            return nil
        }
        if !gazetteerPaths.isEmpty {
            errors.write("warning: --actors is ignored: the database keeps the actors it was exported with\n")
        }
        do {
            let runner = try ServerRunner.open(try PostgresEndpoint(url: paths[0]))
            let articles = runner.articleCount.map { "\($0) \($0 == 1 ? "article" : "articles")" } ?? "an export"
            return (runner, "\(runner.place): \(articles) on PostgreSQL; statements run on the server")
        } catch {
            errors.write("error: \(error)\n")
            return nil
        }
    }

    /// `krant index`: loads the corpus from text and saves it as a snapshot that opens many times faster.
    public static func writeIndex(_ options: ProgramOptions, output: String) -> Status {
        let errors = FileSink.standardError
        let interactiveError = Terminal.isTerminal(STDERR_FILENO)
        guard !options.corpusPaths.isEmpty else {
            errors.write("error: say which articles to index\n  help: krant index --corpus FOLDER --output FILE\n")
            return .usage
        }
        // Ctrl-C stops loading or writing between two steps, so no half-written index is left behind.
        Interrupts.install()
        let isCancelled: @Sendable () -> Bool = { Interrupts.isPending }
        guard let gazetteer = loadGazetteer(options.gazetteerPaths, errors: errors),
              let corpus = loadCorpus(options.corpusPaths, gazetteer: gazetteer, errors: errors, showsProgress: interactiveError,
                                      isCancelled: isCancelled) else {
            return Interrupts.isPending ? .interrupted : .corpusUnavailable
        }
        do {
            try CorpusSnapshot.write(corpus, sources: options.corpusPaths.map { UserPath.expanded($0) },
                                     to: UserPath.expanded(output), isCancelled: isCancelled)
        } catch {
            errors.write(Interrupts.isPending ? "interrupted: \(output) was not written\n" : "error: \(error)\n")
            return Interrupts.isPending ? .interrupted : .statementFailed
        }
        errors.write("wrote \(output): \(CorpusSummary(corpus: corpus).oneLine)\n")
        return .success
    }

    /// Loads the gazetteer and the corpus of `options` as the prompt does, with progress and problems on
    /// standard error; nil when there is no corpus to work on. For commands that take the corpus elsewhere
    /// (`krant export`).
    public static func loadCorpus(_ options: ProgramOptions) -> Corpus? {
        let errors = FileSink.standardError
        guard !options.corpusPaths.isEmpty else {
            errors.write("error: say which articles to load with --corpus\n")
            return nil
        }
        guard let gazetteer = loadGazetteer(options.gazetteerPaths, errors: errors) else { return nil }
        return loadCorpus(options.corpusPaths, gazetteer: gazetteer, errors: errors, showsProgress: Terminal.isTerminal(STDERR_FILENO))
    }

    private static func loadGazetteer(_ paths: [String], errors: TextSink) -> Gazetteer? {
        var gazetteer = Gazetteer.standard
        for path in paths {
            do {
                gazetteer = gazetteer.merging(try Gazetteer.load(path: UserPath.expanded(path)))
            } catch {
                errors.write("error: \(error)\n")
                return nil
            }
        }
        return gazetteer
    }

    /// Opens a snapshot made by `krant index`, or loads articles from text, and says what went wrong on the
    /// way. A snapshot that cannot be used is reported, and its articles are loaded from text instead when they
    /// are still there. Nil when there is no corpus to work on: a wrong path, no article loaded, or Ctrl-C.
    static func loadCorpus(_ paths: [String], gazetteer: Gazetteer, errors: TextSink, showsProgress: Bool,
                           isCancelled: (@Sendable () -> Bool)? = nil) -> Corpus? {
        let paths = paths.map { UserPath.expanded($0) }
        let opened: OpenedCorpus
        do {
            opened = try Corpus.open(paths, gazetteer: gazetteer, progress: showsProgress ? showProgress : nil, isCancelled: isCancelled) { refusal in
                errors.write("warning: \(refusal)\nloading its articles from text instead: \(refusal.sources.joined(separator: ", "))\n")
            }
        } catch {
            if showsProgress { errors.write("\r\u{1B}[K") }
            switch error {
            case .unusableIndex: errors.write("warning: \(error)\n")
            case .load where error.wasInterrupted: errors.write("loading was interrupted\n")
            default: errors.write("error: \(error)\n")
            }
            return nil
        }
        if showsProgress { errors.write("\r\u{1B}[K") }
        let corpus = opened.corpus
        switch opened.origin {
        case .index:
            if let issues = CorpusSummary(corpus: corpus).issuesInOneLine { errors.write(issues) }
        case .text(let textPaths):
            errors.write(CorpusSummary(corpus: corpus).issues())
            guard !corpus.articles.isEmpty else {
                errors.write("error: no article could be loaded from \(textPaths.map { "'\($0)'" }.joined(separator: ", "))"
                             + (corpus.report.skipped > 0 ? ": every file was skipped, for the reasons above\n" : "\n"))
                return nil
            }
        }
        return corpus
    }

    @Sendable private static func showProgress(done: Int, total: Int) {
        FileSink.standardError.write("\rloading articles: \(done) of \(total)")
    }

    /// `$XDG_STATE_HOME/krant/history`, else `~/.local/state/krant/history`; nil if no folder can be made.
    static func historyPath() -> String? {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        let directory = base + "/krant"
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            FileSink.standardError.write("warning: cannot make '\(directory)'; history is kept for this session only\n")
            return nil
        }
        return directory + "/history"
    }

    private static func readStandardInput() -> String {
        String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    }
}
