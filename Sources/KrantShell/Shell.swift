import Foundation
import KrantCorpus
import KrantQuery
import KrantRender

/// The krant shell: runs statements and dot-commands from a prompt, a script or standard input, writing
/// results to `output` and messages to `errors`.
public final class Shell {
    public var session: QuerySession
    public var settings: ShellSettings
    public private(set) var output: TextSink
    public let errors: TextSink
    let terminalOutput: TextSink
    var shouldQuit = false
    /// The last statement the prompt ran without an error, which a line starting with `|` continues.
    var lastStatement: String?
    /// Reads the terminal's width before each statement, so a resized window gets tables that fit.
    public var measureWidth: (() -> Int?)?

    public init(corpus: Corpus, settings: ShellSettings, output: TextSink, errors: TextSink) {
        session = QuerySession(corpus: corpus)
        self.settings = settings
        self.output = output
        terminalOutput = output
        self.errors = errors
    }

    // MARK: Running text

    /// Runs a script's text; stops at the first error, reported with file, line and column. Returns success.
    ///
    /// Statement lines between dot-commands are parsed as one block, so a statement may continue on a line
    /// that starts with `|`, and a syntax error is reported before anything in its block runs.
    @discardableResult
    public func runScript(_ text: String, name: String) -> Bool {
        var block = ""
        var blockStart = 1
        func flush() -> Bool {
            defer { block = "" }
            guard !block.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return true }
            return runStatements(block, name: name, firstLine: blockStart)
        }
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if shouldQuit { return true }
            let isDotCommand = line.trimmingCharacters(in: .whitespaces).hasPrefix(".")
            if isDotCommand, !LineContinuation.isUnfinished(block) {
                guard flush(), runDotCommand(String(line), location: "\(name):\(index + 1)") else { return false }
                continue
            }
            if block.isEmpty { blockStart = index + 1 }
            block += (block.isEmpty ? "" : "\n") + line
        }
        return shouldQuit || flush()
    }

    /// Reads entries from a line reader until the end, like a REPL: a statement continues over lines by
    /// `LineContinuation`'s rule, as in scripts, and each complete entry goes to the history once. A line
    /// that starts with `|` continues the statement before it, which runs again with the new stages.
    public func runInteractive(reader: inout some LineReader, prompt: String = "krant> ",
                               continuationPrompt: String = "   ...> ") {
        var pending = ""
        while !shouldQuit {
            reader.setCompleter(Completer(corpus: session.corpus, variables: session.bindings.map(\.name)))
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
                        reader.addHistory(line)
                        runDotCommand(line, location: nil)
                        continue
                    }
                    if trimmed.hasPrefix("|") {
                        guard let lastStatement else {
                            reader.addHistory(line)
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
                reader.addHistory(pending.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " "))
                if runStatements(pending, name: "<prompt>", firstLine: 1) { lastStatement = pending }
                pending = ""
            }
        }
    }

    /// Parses and runs statements, rendering each result; reports the first error and returns false.
    @discardableResult
    func runStatements(_ text: String, name: String, firstLine: Int) -> Bool {
        if let width = measureWidth?() { settings.width = width }
        let padded = String(repeating: "\n", count: max(0, firstLine - 1)) + text
        let isScript = name != "<prompt>"
        do {
            let source = QuerySource(padded, name: name)
            for statement in try Parser.parse(source) {
                let started = ContinuousClock.now
                let result = try session.run(statement, in: source)
                let elapsed = ContinuousClock.now - started
                output.write(renderer.render(result))
                if settings.timer { errors.write("time: \(Self.milliseconds(elapsed)) ms\n") }
                guard checkOutput() else { return false }
            }
            return true
        } catch {
            let renderer = DiagnosticRenderer(colors: settings.colors, showsLocation: isScript)
            errors.write(renderer.render(error) + "\n")
            return false
        }
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
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
        output = FileSink(handle, name: path, closesOnDeinit: true)
    }
}

/// A dot-command or setting that could not be carried out.
struct ShellError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
