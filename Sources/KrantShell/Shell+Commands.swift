import Foundation
@preconcurrency import Glibc
import KrantCorpus
import KrantPostgres
import KrantQuery
import KrantRender

/// What the dot-commands that act on the corpus, the last result and the last statement do.
extension Shell {
    /// `.load PATH`: the new corpus replaces the old one only when it loaded; Ctrl-C keeps the old one.
    func load(_ path: String) throws {
        if PostgresEndpoint.isDatabaseURL(path) {
            throw ShellError("'.load' reads files; to work on a database, start krant with: krant --corpus \(PostgresEndpoint.redactingPasswords(in: path))")
        }
        let current = try corpus(for: "load")
        guard let corpus = Program.loadCorpus([path], gazetteer: current.gazetteer, errors: errors,
                                              showsProgress: showsProgress, isCancelled: runner.isCancelled) else {
            throw ShellError("the corpus is unchanged: \(CorpusSummary(corpus: current).oneLine)")
        }
        var session = QuerySession(corpus: corpus)
        session.isCancelled = runner.isCancelled
        runner = session
        lastResult = nil
        errors.write(CorpusSummary(corpus: corpus).oneLine + "\n")
    }

    /// The corpus in memory, for a dot-command that reads it; on a server, the reason it is not available.
    func corpus(for command: String) throws -> Corpus {
        guard let corpus = runner.corpusInMemory else {
            throw ShellError("'.\(command)' reads a corpus in memory, and this session runs on \(runner.place): it is not available on a server")
        }
        return corpus
    }

    /// Where results go now, for `.output` without an argument.
    var outputName: String {
        guard output !== terminalOutput, let sink = output as? FileSink else { return "the terminal (standard output)" }
        return "'\(sink.name)'"
    }

    /// `.show ID` or `.show ROW`: a number is a row of the last result (counted from 1), anything else an id.
    func show(_ argument: String) throws {
        let corpus = try corpus(for: "show")
        let viewer = ArticleViewer(corpus: corpus, colors: settings.colors && output === terminalOutput)
        if let row = Int(argument), let lastResult {
            guard (1...max(1, lastResult.rowCount)).contains(row), lastResult.rowCount > 0 else {
                throw ShellError("the last result has \(lastResult.rowCount) \(lastResult.rowCount == 1 ? "row" : "rows"), so there is no row \(row)")
            }
            guard let article = lastResult.article(ofRow: row - 1) else {
                throw ShellError("row \(row) of the last result is not from one article (its rows are \(lastResult.kind.rawValue))")
            }
            return output.write(viewer.render(article))
        }
        guard !argument.isEmpty else { throw ShellError("give an article id, or a row number of the last result: .show 3") }
        if let article = corpus.article(withID: argument) { return output.write(viewer.render(article)) }
        let ids = corpus.articles.map(\.id)
        let prefixed = ids.filter { $0.hasPrefix(argument) }
        if prefixed.count == 1, let article = corpus.article(withID: prefixed[0]) { return output.write(viewer.render(article)) }
        throw ShellError("no article has the id '\(argument)'" + (Suggestions.didYouMean(argument, among: ids).map { "; \($0)" } ?? ""))
    }

    /// `.edit`: the last statement in the editor; what is saved is run, as psql's `\e` does.
    func editLastStatement() throws {
        guard let command = editorCommand else { throw ShellError("there is no editor: set EDITOR, such as EDITOR=nano") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("krant-edit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("statement.krant").path
        try ((lastEntry ?? "") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let status = try ChildProcess.run(command, arguments: [file])
        guard status == 0 else { throw ShellError("the editor '\(command)' ended with status \(status); nothing was run") }
        let text = try DotCommand.readScript(file).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return }
        errors.write(text + "\n")
        lastEntry = text
        if runStatements(text, name: "<prompt>", firstLine: 1) { lastStatement = text }
    }
}
