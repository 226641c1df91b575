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
        DotCommand(name: "format", arguments: "[FORMAT]", summary: "output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))",
                   argument: .formats) { shell, name in
            guard !name.isEmpty else { return shell.output.write("format: \(shell.settings.format.rawValue)\n") }
            guard let format = OutputFormat(rawValue: name.lowercased()) else {
                throw ShellError("unknown format '\(name)'" + (Suggestions.didYouMean(name, among: OutputFormat.allCases.map(\.rawValue)).map { "; \($0)" } ?? "")
                                 + "\n  formats: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            shell.settings.format = format
        },
        DotCommand(name: "timer", arguments: "[on|off]", summary: "after each statement, print its time to standard error",
                   argument: .onOff) { shell, value in
            guard !value.isEmpty else { return shell.output.write("timer: \(shell.settings.timer ? "on" : "off")\n") }
            shell.settings.timer = try onOff(value, command: "timer")
        },
        DotCommand(name: "pager", arguments: "[on|off]", summary: "show results taller than the terminal in a pager ($PAGER, else less)",
                   argument: .onOff) { shell, value in
            guard !value.isEmpty else {
                let command = shell.pagerCommand.map { " (\($0))" } ?? " (no pager: results do not go to a terminal, or none is installed)"
                return shell.output.write("pager: \(shell.settings.pager ? "on" : "off")\(command)\n")
            }
            let on = try onOff(value, command: "pager")
            if on, shell.pagerCommand == nil {
                throw ShellError("there is no pager to use: results do not go to a terminal, or less is not installed (set PAGER)")
            }
            shell.settings.pager = on
        },
        DotCommand(name: "maxrows", arguments: "[N]", summary: "show at most N rows of a result at the terminal, the first and the last; 0 shows all",
                   argument: .nothing) { shell, value in
            guard !value.isEmpty else {
                let rows = shell.settings.maxRows
                return shell.output.write("maxrows: \(rows)\(rows == 0 ? " (every row is shown)" : "")\n")
            }
            guard let rows = Int(value), rows >= 0 else { throw ShellError("write .maxrows and a whole number, 0 for every row") }
            shell.settings.maxRows = rows
        },
        DotCommand(name: "read", arguments: "FILE", summary: "run the statements in a script file", argument: .path) { shell, path in
            guard !path.isEmpty else { throw ShellError("give the script to read: .read FILE") }
            shell.runScript(try readScript(path), name: path)
        },
        DotCommand(name: "load", arguments: "PATH", summary: "replace the corpus with a directory or .jsonl file; Ctrl-C keeps the old one",
                   argument: .path) { shell, path in
            guard !path.isEmpty else { throw ShellError("give a directory or .jsonl file: .load PATH") }
            try shell.load(UserPath.expanded(path))
        },
        DotCommand(name: "actors", arguments: "[TEXT]", summary: "the gazetteer, or the actors whose name or forms contain TEXT",
                   argument: .actorText) { shell, text in try shell.listActors(matching: text) },
        DotCommand(name: "fields", arguments: "", summary: "the fields of each kind of row", argument: .nothing) { shell, _ in try shell.listFields() },
        DotCommand(name: "vars", arguments: "", summary: "the names bound with let", argument: .nothing) { shell, _ in
            let bindings = shell.runner.bindings
            shell.output.write(bindings.isEmpty ? "no names are bound; write: let NAME = PIPELINE\n"
                : bindings.map { "\($0.name): \($0.count) \($0.kind.noun(count: $0.count))\n" }.joined())
        },
        DotCommand(name: "output", arguments: "[FILE|-]", summary: "send results to FILE, or back to the terminal with -", argument: .path) { shell, path in
            guard !path.isEmpty else { return shell.output.write("output: \(shell.outputName)\n") }
            try shell.redirect(to: path == "-" ? nil : UserPath.expanded(path))
        },
        DotCommand(name: "plot", arguments: "FILE", summary: "the last result as a chart in FILE.svg; .plot network FILE for cooccur (.dot: Graphviz)",
                   argument: .path) { shell, argument in try shell.plotLastResult(argument) },
        DotCommand(name: "show", arguments: "ID|ROW", summary: "one article in full: by its id, or by a row number of the last result",
                   argument: .articleID) { shell, argument in try shell.show(argument) },
        DotCommand(name: "edit", arguments: "", summary: "edit the current or last statement in $EDITOR, then run it", argument: .nothing) { shell, _ in
            try shell.editLastStatement()
        },
        DotCommand(name: "summary", arguments: "", summary: "an overview of the corpus, with its load problems", argument: .nothing) { shell, _ in
            shell.output.write(CorpusSummary(corpus: try shell.corpus(for: "summary")).screen)
        },
        DotCommand(name: "quit", arguments: "", summary: "leave krant (Ctrl-D does too)", argument: .nothing) { shell, _ in shell.shouldQuit = true },
    ]

    /// What users of other shells type, and what krant says instead.
    static let habits: [String: String] = [
        "tables": "krant's rows come from articles, sentences, mentions and actors; .fields lists their fields",
        "schema": ".fields lists the fields of each kind of row",
        "mode": "write .format, such as .format csv",
        "headers": "tables, CSV and TSV always have a header row; .format chooses the output",
        "h": "write .help", "q": "write .quit (or press Ctrl-D)",
    ]

    private static func onOff(_ value: String, command: String) throws -> Bool {
        switch value.lowercased() {
        case "on": return true
        case "off": return false
        default: throw ShellError("write .\(command) on or .\(command) off")
        }
    }

    static func readScript(_ path: String) throws -> String {
        do {
            return try FileReader.text(atPath: UserPath.expanded(path))
        } catch {
            throw ShellError("cannot read the script '\(path)': \(error)")
        }
    }

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
            let help = DotCommand.habits[name.lowercased()]
                ?? Suggestions.didYouMean("." + name, among: (DotCommand.all.map(\.name) + ["exit"]).map { "." + $0 })
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

    func listActors(matching text: String) throws {
        let needle = Folding.fold(text)
        let actors = try corpus(for: "actors").gazetteer.actors.filter { actor in
            needle.isEmpty || actor.forms.contains { Folding.fold($0.text).contains(needle) }
        }
        let rows: [[Value]] = actors.map { actor in
            [.text(actor.name), .text(actor.kind.rawValue),
             .text(actor.forms.dropFirst().map { $0.kind == .name ? $0.text : "\($0.text) (\($0.kind.rawValue))" }.joined(separator: ", ")),
             actor.affiliation.map(Value.text) ?? .null]
        }
        output.write(renderer.render(columns: ["name", "kind", "forms", "affiliation"], rows: rows, kind: .actors))
    }

    func listFields() throws {
        let corpus = try corpus(for: "fields")
        var rows: [[Value]] = []
        for kind in [RowKind.articles, .sentences, .mentions, .actors] {
            for field in Query.fields(of: kind, in: corpus) {
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
