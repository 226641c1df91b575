/// What reading a line at the prompt gave.
public enum LineInput: Sendable, Equatable {
    case line(String)
    /// Ctrl-C: the line being typed is dropped.
    case interrupted
    /// Ctrl-D on an empty line, or the end of standard input.
    case end
}

/// Where the shell gets its lines: libedit at a terminal, plain reads from a pipe, a script in tests.
public protocol LineReader {
    mutating func readLine(prompt: String) -> LineInput
    /// Records a complete entry in the history (and its file, if the reader keeps one).
    mutating func addHistory(_ entry: String)
    /// Gives the reader the completion to offer at Tab; readers without completion ignore it.
    mutating func setCompleter(_ completer: Completer)
}

extension LineReader {
    public mutating func setCompleter(_ completer: Completer) {}
}

/// Reads standard input without a prompt or editing, for `krant < script.krant`.
public struct PlainLineReader: LineReader {
    public init() {}

    public mutating func readLine(prompt: String) -> LineInput {
        Swift.readLine(strippingNewline: true).map(LineInput.line) ?? .end
    }

    public mutating func addHistory(_ entry: String) {}
}

/// Replays fixed input, for tests: each element is what one `readLine` returns.
public struct ScriptedLineReader: LineReader {
    public private(set) var remaining: [LineInput]
    public private(set) var prompts: [String] = []
    public private(set) var history: [String] = []

    public init(_ inputs: [LineInput]) {
        remaining = inputs
    }

    public init(lines: [String]) {
        self.init(lines.map(LineInput.line))
    }

    public mutating func readLine(prompt: String) -> LineInput {
        prompts.append(prompt)
        return remaining.isEmpty ? .end : remaining.removeFirst()
    }

    public mutating func addHistory(_ entry: String) {
        history.append(entry)
    }
}
