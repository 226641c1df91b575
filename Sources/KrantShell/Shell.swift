import Foundation
import KrantCorpus
import KrantQuery
import KrantRender

/// The krant shell: runs statements and dot-commands from a prompt, a script or standard input, writing
/// results to `output` and messages to `errors`.
public final class Shell {
    /// Runs the statements: on the corpus in memory, or on a database server.
    public var runner: any StatementRunner
    public var settings: ShellSettings
    public private(set) var output: TextSink
    public let errors: TextSink
    let terminalOutput: TextSink
    var shouldQuit = false
    /// The last statement the prompt ran without an error, which a line starting with `|` continues.
    var lastStatement: String?
    /// The last statement entered at the prompt, run or not, which `.edit` opens.
    var lastEntry: String?
    /// The last result shown, whose rows `.show ROW` opens and `.plot FILE` draws.
    var lastResult: QueryResult?
    /// The statement that made the last result, without a final `plot`: the title of a chart of it.
    var lastResultTitle = ""
    /// A script goes on after a statement fails (`--keep-going`); it still ends as failed.
    public var keepsGoing = false
    /// Whether `.load` shows how far it is (standard error is a terminal).
    public var showsProgress = false
    /// The command that `.edit` starts with a file name: `$VISUAL`, else `$EDITOR`, else vi.
    public var editorCommand: String?
    /// Reads the terminal's size before each statement, so a resized window gets tables that fit.
    public var measureTerminal: (() -> (columns: Int, rows: Int)?)?
    /// The pager command, when results go to a terminal that can show one (`.pager on` uses it).
    public var pagerCommand: String?

    /// A shell on a corpus in memory.
    public convenience init(corpus: Corpus, settings: ShellSettings, output: TextSink, errors: TextSink) {
        self.init(runner: QuerySession(corpus: corpus), settings: settings, output: output, errors: errors)
    }

    /// A shell whose statements `runner` runs (`ServerRunner` for a database).
    public init(runner: any StatementRunner, settings: ShellSettings, output: TextSink, errors: TextSink) {
        self.runner = runner
        self.settings = settings
        self.output = output
        terminalOutput = output
        self.errors = errors
    }

    // MARK: Running text

    /// Runs a script's text; stops at the first error (or, with `keepsGoing`, goes on after it), reported
    /// with file, line and column. Returns whether everything succeeded.
    ///
    /// Statement lines between dot-commands are parsed as one block, so a statement may continue on a line
    /// that starts with `|`, and a syntax error is reported before anything in its block runs.
    @discardableResult
    public func runScript(_ text: String, name: String) -> Bool {
        var block = ""
        var blockStart = 1
        var succeeded = true
        func flush() -> Bool {
            defer { block = "" }
            guard !block.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return true }
            return runStatements(block, name: name, firstLine: blockStart)
        }
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if shouldQuit { return succeeded }
            let isDotCommand = line.trimmingCharacters(in: .whitespaces).hasPrefix(".")
            if isDotCommand, !LineContinuation.isUnfinished(block) {
                let block = flush()
                guard block || keepsGoing else { return false }
                let ran = runDotCommand(String(line), location: "\(name):\(index + 1)")
                succeeded = succeeded && block && ran
                guard ran || keepsGoing else { return false }
                continue
            }
            if block.isEmpty { blockStart = index + 1 }
            block += (block.isEmpty ? "" : "\n") + line
        }
        return (shouldQuit || flush()) && succeeded
    }

    /// Reads entries from a line reader until the end, like a REPL: a statement continues over lines by
    /// `LineContinuation`'s rule, as in scripts, and each complete entry goes to the history once. A line
    /// that starts with `|` continues the statement before it, which runs again with the new stages.
    public func runInteractive(reader: inout some LineReader, prompt: String = "krant> ",
                               continuationPrompt: String = "   ...> ") {
        var pending = ""
        while !shouldQuit {
            reader.setCompleter(runner.completer)
            switch reader.readLine(prompt: pending.isEmpty ? prompt : continuationPrompt) {
            case .end:
                if !pending.isEmpty { errors.write("\n") }
                return
            case .interrupted:
                pending = ""
            case .line(let line):
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if pending.isEmpty {
                    if trimmed.isEmpty { continue }
                    if trimmed.hasPrefix(".") {
                        reader.addHistory(HistoryEntry.line(of: line))
                        runDotCommand(line, location: nil)
                        continue
                    }
                    if trimmed.hasPrefix("|") {
                        guard let lastStatement else {
                            reader.addHistory(HistoryEntry.line(of: line))
                            errors.write("error: a line that starts with '|' continues the statement before it, and there is none yet\n"
                                         + "  help: start with a source, such as: articles \(trimmed)\n")
                            continue
                        }
                        pending = lastStatement
                    }
                }
                pending += (pending.isEmpty ? "" : "\n") + line
                if LineContinuation.isUnfinished(pending) { continue }
                // History keeps one line per entry, so recalling it gives back the whole statement.
                reader.addHistory(HistoryEntry.line(of: pending))
                lastEntry = pending
                if runStatements(pending, name: "<prompt>", firstLine: 1) { lastStatement = pending }
                pending = ""
            }
        }
    }

    /// Parses and runs statements, rendering each result; reports the first error and returns false (with
    /// `keepsGoing`, the statements after a failed one still run).
    @discardableResult
    func runStatements(_ text: String, name: String, firstLine: Int) -> Bool {
        if let size = measureTerminal?() {
            settings.width = size.columns
            settings.height = size.rows
        }
        let padded = String(repeating: "\n", count: max(0, firstLine - 1)) + text
        let diagnostics = DiagnosticRenderer(colors: settings.colors, showsLocation: name != "<prompt>")
        let source = QuerySource(padded, name: name)
        let statements: [Statement]
        do {
            statements = try Parser.parse(source)
        } catch {
            errors.write(diagnostics.render(error) + "\n")
            return false
        }
        var succeeded = true
        for statement in statements {
            do {
                let started = ContinuousClock.now
                let result = try runner.result(of: statement, in: source)
                let elapsed = ContinuousClock.now - started
                // Warnings, charts and the rows that `.show` and `.plot` read exist for results in memory only.
                let inMemory = result as? QueryResult
                for warning in inMemory?.warnings ?? [] { errors.write(diagnostics.render(warning, in: source) + "\n") }
                if let inMemory, case .rows = inMemory.content, inMemory.binding == nil {
                    lastResult = inMemory
                    lastResultTitle = inMemory.plot?.title ?? String(source.slice(statement.pipeline.range))
                }
                let printed = if let inMemory, let request = inMemory.plot { writeChart(of: inMemory, as: request) } else { write(result) }
                if settings.timer { errors.write("time: \(Self.milliseconds(elapsed)) ms\n") }
                guard printed, checkOutput() else { return false }
            } catch let error as QueryError {
                errors.write(diagnostics.render(error) + "\n")
                succeeded = false
                guard keepsGoing else { return false }
            } catch {
                // A failure of the server, not of the statement: said where the statement starts, without a caret.
                let (line, column) = source.location(of: statement.range.lowerBound)
                errors.write((name == "<prompt>" ? "" : "\(name):\(line):\(column): ") + "error: \(error)\n")
                succeeded = false
                guard keepsGoing else { return false }
            }
        }
        return succeeded
    }

    /// Writes a result a piece at a time. At the terminal a result taller than the screen goes through the
    /// pager when it is on, and is cut at the row cap otherwise. False when Ctrl-C stopped the printing.
    func write(_ result: any TabularResult) -> Bool {
        let atTerminal = output === terminalOutput
        if atTerminal, settings.pager, let command = pagerCommand, let height = settings.height,
           Self.lineCount(of: result, format: settings.format) >= height {
            do {
                return page(renderer.pieces(of: result), through: try Pager(command: command))
            } catch {
                errors.write("warning: \(error); showing the result here\n")
            }
        }
        var pieces = renderer.pieces(of: result, maxRows: atTerminal ? settings.maxRows : nil)
        while runner.isCancelled?() != true, let piece = pieces.next() {
            output.write(piece)
        }
        guard pieces.isFinished else {
            errors.write("\n(printing stopped: \(pieces.rowsDone) of \(pieces.shownRowCount) rows shown)\n")
            return false
        }
        return true
    }

    private func page(_ pieces: ResultText, through pager: Pager) -> Bool {
        var pieces = pieces
        defer { pager.finish() }
        while runner.isCancelled?() != true, let piece = pieces.next() {
            guard pager.write(piece) else { return true }
        }
        return true
    }

    /// About how many lines a result takes, to tell whether it fits the screen.
    static func lineCount(of result: any TabularResult, format: OutputFormat) -> Int {
        guard result.binding == nil, case .rows = result.content else { return 1 }
        return format == .record ? result.rowCount * (result.columns.count + 1) + 1 : result.rowCount + 3
    }

    /// Says so when results could not be written, and sends the next ones to the terminal. True when all is well.
    private func checkOutput() -> Bool {
        guard let sink = output as? FileSink, let failure = sink.takeFailure() else { return true }
        if output === terminalOutput {
            errors.write("error: cannot write the results to \(sink.name): \(failure)\n")
        } else {
            errors.write("error: cannot write the results to '\(sink.name)': \(failure); the file is incomplete, "
                         + "and results go to the terminal again\n")
            output = terminalOutput
        }
        return false
    }

    var renderer: ResultRenderer {
        ResultRenderer(format: settings.format, width: settings.width, colors: settings.colors && output === terminalOutput,
                       showsBars: settings.colors && output === terminalOutput)
    }

    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return String(format: "%.3f", Double(seconds) * 1000 + Double(attoseconds) / 1e15)
    }

    /// Sends results to a file (`.output FILE`) or back to the terminal (`.output`).
    func redirect(to path: String?) throws {
        guard let path else {
            output = terminalOutput
            return
        }
        output = try Self.openForWriting(path)
    }

    /// A file opened for writing from its start, with the reason in words when it cannot be; `.output` and charts use it.
    static func openForWriting(_ path: String) throws -> FileSink {
        // Opened in place, never replaced: a link keeps pointing where it did and a device stays a device.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            switch errno {
            case EISDIR: throw ShellError("'\(path)' is a folder; give a file name")
            case ENOENT: throw ShellError("cannot write to '\(path)': its folder does not exist")
            case EACCES, EPERM, EROFS: throw ShellError("cannot write to '\(path)': permission denied")
            default: throw ShellError("cannot write to '\(path)': \(String(cString: strerror(errno)))")
            }
        }
        return FileSink(FileHandle(fileDescriptor: descriptor, closeOnDealloc: false), name: path, closesOnDeinit: true)
    }
}

/// A dot-command or setting that could not be carried out.
struct ShellError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
