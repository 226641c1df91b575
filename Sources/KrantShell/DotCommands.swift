import Foundation
import KrantCorpus
import KrantQuery
import KrantRender

/// What a dot-command's argument is, so completion can offer the right words.
enum ArgumentKind: Sendable {
    case nothing, formats, onOff, path, helpTopic, articleID, actorText
}

/// One dot-command. The table of them drives dispatch, `.help` and completion alike.
struct DotCommand: Sendable {
    let name: String
    let arguments: String
    let summary: String
    let argument: ArgumentKind
    let run: @Sendable (Shell, String) throws -> Void

    static let all: [DotCommand] = [
        DotCommand(name: "help", arguments: "[TOPIC]", summary: "the language and these commands; topics: \(HelpText.topics.joined(separator: ", "))",
                   argument: .helpTopic) { shell, topic in shell.output.write(try HelpText.text(for: topic)) },
        DotCommand(name: "format", arguments: "FORMAT", summary: "output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))",
                   argument: .formats) { shell, name in
            guard let format = OutputFormat(rawValue: name.lowercased()) else {
                throw ShellError("unknown format '\(name)'" + (Suggestions.didYouMean(name, among: OutputFormat.allCases.map(\.rawValue)).map { "; \($0)" } ?? "")
                                 + "\n  formats: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            shell.settings.format = format
        },
        DotCommand(name: "timer", arguments: "on|off", summary: "after each statement, print its time to standard error",
                   argument: .onOff) { shell, value in
            guard ["on", "off"].contains(value.lowercased()) else { throw ShellError("write .timer on or .timer off") }
            shell.settings.timer = value.lowercased() == "on"
        },
        DotCommand(name: "read", arguments: "FILE", summary: "run the statements in a script file", argument: .path) { shell, path in
            guard !path.isEmpty else { throw ShellError("give the script to read: .read FILE") }
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw ShellError("cannot read '\(path)' as UTF-8 text")
            }
            shell.runScript(text, name: path)
        },
        DotCommand(name: "load", arguments: "PATH", summary: "replace the corpus with a directory or .jsonl file", argument: .path) { shell, path in
            guard !path.isEmpty else { throw ShellError("give a directory or .jsonl file: .load PATH") }
            let corpus = try Corpus.load([path], gazetteer: shell.session.corpus.gazetteer)
            shell.session.corpus = corpus
            shell.errors.write(CorpusSummary(corpus: corpus).oneLine + "\n")
            shell.reportLoadIssues(corpus.report)
        },
        DotCommand(name: "actors", arguments: "[TEXT]", summary: "the gazetteer, or the actors whose name or forms contain TEXT",
                   argument: .actorText) { shell, text in shell.listActors(matching: text) },
        DotCommand(name: "fields", arguments: "", summary: "the fields of each kind of row", argument: .nothing) { shell, _ in shell.listFields() },
        DotCommand(name: "vars", arguments: "", summary: "the names bound with let", argument: .nothing) { shell, _ in
            let bindings = shell.session.bindings
            shell.output.write(bindings.isEmpty ? "no names are bound; write: let NAME = PIPELINE\n"
                : bindings.map { "\($0.name): \($0.count) \($0.kind.noun(count: $0.count))\n" }.joined())
        },
        DotCommand(name: "output", arguments: "[FILE]", summary: "send results to FILE, or back to the terminal", argument: .path) { shell, path in
            try shell.redirect(to: path.isEmpty ? nil : path)
        },
        DotCommand(name: "show", arguments: "ID", summary: "one article in full, with its segments and actor mentions", argument: .articleID) { shell, id in
            guard let article = shell.session.corpus.article(withID: id) else {
                let ids = shell.session.corpus.articles.map(\.id)
                let prefixed = ids.filter { $0.hasPrefix(id) }
                if !id.isEmpty, prefixed.count == 1 {
                    shell.output.write(ArticleViewer(corpus: shell.session.corpus, colors: shell.settings.colors).render(shell.session.corpus.article(withID: prefixed[0])!))
                    return
                }
                throw ShellError("no article has the id '\(id)'" + (Suggestions.didYouMean(id, among: ids).map { "; \($0)" } ?? ""))
            }
            shell.output.write(ArticleViewer(corpus: shell.session.corpus, colors: shell.settings.colors).render(article))
        },
        DotCommand(name: "summary", arguments: "", summary: "an overview of the corpus", argument: .nothing) { shell, _ in
            shell.output.write(CorpusSummary(corpus: shell.session.corpus).screen)
        },
        DotCommand(name: "quit", arguments: "", summary: "leave krant (Ctrl-D does too)", argument: .nothing) { shell, _ in shell.shouldQuit = true },
    ]

    static func named(_ name: String) -> DotCommand? {
        all.first { $0.name == name } ?? (name == "exit" ? all.first { $0.name == "quit" } : nil)
    }
}

extension Shell {
    /// Runs `.name argument`; reports a problem and returns false.
    @discardableResult
    func runDotCommand(_ line: String, location: String?) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces).dropFirst()
        let name = String(trimmed.prefix { !$0.isWhitespace })
        let argument = trimmed.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        let prefix = location.map { "\($0): " } ?? ""
        guard let command = DotCommand.named(name.lowercased()) else {
            let help = Suggestions.didYouMean("." + name, among: (DotCommand.all.map(\.name) + ["exit"]).map { "." + $0 })
            errors.write("\(prefix)error: unknown command '.\(name)'\n  help: \(help ?? ".help commands lists the commands")\n")
            return false
        }
        do {
            try command.run(self, argument)
            return true
        } catch {
            errors.write("\(prefix)error: \(error)\n")
            return false
        }
    }

    func reportLoadIssues(_ report: LoadReport) {
        for issue in report.issues.prefix(20) { errors.write("\(issue)\n") }
        if report.issues.count > 20 { errors.write("… and \(report.issues.count - 20) more\n") }
    }

    func listActors(matching text: String) {
        let needle = Folding.fold(text)
        let actors = session.corpus.gazetteer.actors.filter { actor in
            needle.isEmpty || actor.forms.contains { Folding.fold($0.text).contains(needle) }
        }
        let rows: [[Value]] = actors.map { actor in
            [.text(actor.name), .text(actor.kind.rawValue),
             .text(actor.forms.dropFirst().map { $0.kind == .name ? $0.text : "\($0.text) (\($0.kind.rawValue))" }.joined(separator: ", ")),
             actor.affiliation.map(Value.text) ?? .null]
        }
        output.write(renderer.render(columns: ["name", "kind", "forms", "affiliation"], rows: rows, kind: .actors))
    }

    func listFields() {
        var rows: [[Value]] = []
        for kind in [RowKind.articles, .sentences, .mentions, .actors] {
            for field in Query.fields(of: kind, in: session.corpus) {
                rows.append([.text(kind.rawValue), .text(field.name), .text(Self.typeName(field.type)), .text(field.summary)])
            }
        }
        output.write(renderer.render(columns: ["rows", "field", "type", "meaning"], rows: rows, kind: .groups))
    }

    static func typeName(_ type: FieldType) -> String {
        switch type {
        case .text: "text"
        case .indexedText: "text (indexed)"
        case .integer: "number"
        case .decimal: "decimal number"
        case .date: "date"
        case .enumeration(let cases): cases.joined(separator: "|")
        case .actor: "actor"
        }
    }
}
