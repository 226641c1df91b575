// The only file that touches libedit. See ../shared/notes/libedit.md for why each step is done this way.
@preconcurrency import CEditLine
@preconcurrency import Glibc
import Synchronization

/// Completion state for libedit's C callback, which cannot capture context.
private let activeCompleter = Mutex<Completer?>(nil)

/// Line editing, history and tab completion through libedit's readline-compatible layer.
public struct EditLineReader: LineReader {
    /// Lines kept in the history file.
    public static let historyLimit = 1000

    private var historyFile: HistoryFile?
    private var entries: [String] = []
    private let warn: (String) -> Void

    /// Sets libedit up; `historyFile` nil keeps no history file. `warn` reports problems (an unwritable file).
    public init(historyFile: HistoryFile?, completer: Completer, warn: @escaping (String) -> Void) {
        self.warn = warn
        Self.configureLocale()
        activeCompleter.withLock { $0 = completer }
        // Name and completion first: the first history call initialises the library.
        rl_readline_name = UnsafePointer(strdup("krant"))
        rl_basic_word_break_characters = UnsafePointer(strdup(" \t\n(),|=<>!;"))
        rl_attempted_completion_function = completeWord
        // krant adds the space after a unique completion itself: libedit's own was seen missing in builds
        // with AddressSanitizer, whatever this variable said.
        rl_completion_append_character = 0
        rl_catch_signals = 0
        using_history()
        stifle_history(Int32(Self.historyLimit))
        if let historyFile {
            let contents = historyFile.load()
            if let warning = contents.warning { warn(warning) }
            entries = contents.entries
            for entry in entries { add_history(entry) }
            self.historyFile = contents.isWritable ? historyFile : nil
        }
    }

    public mutating func readLine(prompt: String) -> LineInput {
        Interrupts.clear()
        guard let pointer = readline(prompt) else {
            if Interrupts.takePending() {
                fputs("^C\n", stdout)
                fflush(stdout)
                return .interrupted
            }
            fputs("\n", stdout)
            return .end
        }
        defer { free(pointer) }
        return .line(String(cString: pointer))
    }

    public mutating func addHistory(_ entry: String) {
        add_history(entry)
        entries.append(entry)
        entries = Array(entries.suffix(Self.historyLimit))
        guard let historyFile else { return }
        do {
            try historyFile.save(entries)
        } catch {
            warn(error.description)
            self.historyFile = nil  // said once; the session goes on without a file
        }
    }

    public mutating func setCompleter(_ completer: Completer) {
        activeCompleter.withLock { $0 = completer }
    }

    /// Without a UTF-8 locale libedit drops non-ASCII keys (`Oekraïne` would become `Oekrane`).
    private static func configureLocale() {
        setlocale(LC_CTYPE, "")
        if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }
}

/// libedit's completion callback: the candidates for the word between `start` and `end` (character offsets).
private func completeWord(_ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    // Never fall back to completing file names when krant has nothing to offer.
    rl_attempted_completion_over = 1
    guard let buffer = rl_line_buffer, let completer = activeCompleter.withLock({ $0 }) else { return nil }
    let line = String(cString: buffer)
    let word = text.map { String(cString: $0) } ?? ""
    let (ownWord, candidates) = completer.complete(line: line, cursor: Int(end))
    // krant's word may reach further back than libedit's (an actor name with a space): drop the difference.
    let extra = max(0, ownWord.count - word.count)
    let replacements = candidates.map { String($0.dropFirst(extra)) }.filter { !$0.isEmpty }
    guard !replacements.isEmpty else { return nil }
    let common = replacements.dropFirst().reduce(replacements[0]) { String($0.commonPrefix(with: $1)) }
    let list = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: replacements.count + 2)
    let unique = replacements[0].hasSuffix("/") ? replacements[0] : replacements[0] + " "  // a folder goes on
    list[0] = strdup(replacements.count == 1 ? unique : common)
    var index = 1
    if replacements.count > 1 {
        for replacement in replacements {
            list[index] = strdup(replacement)
            index += 1
        }
    }
    list[index] = nil
    return list
}
