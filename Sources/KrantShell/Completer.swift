import Foundation
import KrantCorpus
import KrantQuery
import KrantRender

/// Tab completion that knows where it is in a statement: sources at the start, stages after `|`, the
/// current rows' fields after `where`/`and`/`or`/`by`, quoted actor names after `actor =`, paths after
/// `.read`, `.load` and `plot`.
public struct Completer: Sendable {
    /// The shell's session: its corpus, and its bound names, whose rows the fields come from.
    public let session: QuerySession
    public var corpus: Corpus { session.corpus }
    public var variables: [String] { session.bindings.map(\.name) }

    public init(session: QuerySession) {
        self.session = session
    }

    public init(corpus: Corpus) {
        self.init(session: QuerySession(corpus: corpus))
    }

    /// The word being completed (from its start to the cursor) and the full words that may replace it.
    public func complete(line: String, cursor: Int? = nil) -> (word: String, candidates: [String]) {
        let prefix = String(line.prefix(cursor ?? line.count))
        let word = Self.currentWord(prefix)
        let before = String(prefix.dropLast(word.count))
        let options = candidates(for: word, before: before)
        return (word, options.filter { $0.lowercased().hasPrefix(word.lowercased()) || Folding.fold($0).hasPrefix(Folding.fold(word)) }
            .sortedUnique)
    }

    /// The word under the cursor: from the last space or separator, keeping an opening quote.
    static func currentWord(_ prefix: String) -> String {
        let quotes = prefix.filter { $0 == "\"" || $0 == "“" || $0 == "”" }.count
        if quotes % 2 == 1, let quote = prefix.lastIndex(where: { $0 == "\"" || $0 == "“" }) {
            return String(prefix[quote...])
        }
        return String(prefix.reversed().prefix { !$0.isWhitespace && !"(),|=<>!;".contains($0) }.reversed())
    }

    private func candidates(for word: String, before: String) -> [String] {
        let trimmed = before.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty && word.hasPrefix(".") {
            return DotCommand.all.map { "." + $0.name }
        }
        if trimmed.hasPrefix(".") { return dotArgument(command: String(trimmed.dropFirst()), word: word) }
        let tokens = Self.words(in: before)
        let last = tokens.last?.lowercased() ?? ""
        let previous = tokens.dropLast().last?.lowercased() ?? ""
        // plot [network] "FILE": the file is a path in quotes.
        if tokens[((tokens.lastIndex(of: "|") ?? -1) + 1)...].first?.lowercased() == "plot" {
            guard word.hasPrefix("\"") else { return last == "plot" ? ["network"] : [] }
            return Self.paths(completing: String(word.dropFirst())).map { "\"" + $0 }
        }
        if word.hasPrefix("\"") || word.hasPrefix("“") || isActorPosition(tokens) {
            return isActorPosition(tokens) ? actorNames().map { "\"\($0)\"" } : []
        }
        switch last {
        case "", ";": return ["articles", "sentences", "mentions", "actors", "let"] + variables
        case "|": return Parser.stageWords
        case "where", "and", "or", "not", "by", "select", "(":
            return fields(before: before, tokens: tokens)
        case ",":
            return ["select", "by"].contains(where: { tokens.contains($0) }) ? fields(before: before, tokens: tokens) : []
        case "=", "!=", "in":
            return enumerationValues(field: previous, kind: rowKind(tokens))
        default:
            if fields(before: before, tokens: tokens).contains(last) { return ["in", "between", "contains", "matches"] }
            if ["asc", "desc"].contains(last) || previous == "by" { return ["asc", "desc", "|"] }
            return ["and", "or", "|"]
        }
    }

    private func isActorPosition(_ tokens: [String]) -> Bool {
        let lowered = tokens.map { $0.lowercased() }
        guard let last = lowered.last else { return false }
        if ["=", "!="].contains(last) { return lowered.dropLast().last == "actor" }
        let stage = lowered[((lowered.lastIndex(of: "|") ?? -1) + 1)...]
        // kwic actor "…", cooccur with "…", timeline … of "…", "…"
        if last == "actor" && stage.first == "kwic" || last == "with" && stage.first == "cooccur" { return true }
        if stage.first == "timeline", let of = stage.firstIndex(of: "of"), last == "of" || (last == "," && of < lowered.count - 1) { return true }
        if last == "(" || last == "," {
            // inside `actor in ( … ,`
            guard let open = lowered.lastIndex(of: "("), open >= 2 else { return false }
            return lowered[open - 1] == "in" && lowered[open - 2] == "actor" && !lowered[open...].contains(")")
        }
        return false
    }

    /// The kind of rows at the end of the text, following the source and any `sentences`/`mentions`/`actors` stage.
    private func rowKind(_ tokens: [String]) -> RowKind {
        var kind = RowKind.articles
        for (index, token) in tokens.enumerated() {
            let lowered = token.lowercased()
            let isSourceOrStage = index == 0 || tokens[index - 1] == "|" || (index >= 3 && tokens[index - 3].lowercased() == "let")
            if isSourceOrStage, let found = RowKind(rawValue: lowered), found != .groups { kind = found }
        }
        return kind
    }

    private func fields(of kind: RowKind) -> [String] {
        Query.fieldNames(of: kind)
    }

    /// The fields of the rows at the cursor: after an analysis stage its output's columns, found by running
    /// the pipeline so far over no rows; otherwise every field of the current kind of row.
    private func fields(before text: String, tokens: [String]) -> [String] {
        let kind = rowKind(tokens)
        guard let pipe = text.lastIndex(of: "|"),
              let (outputKind, columns) = session.columns(ofPipeline: String(text[..<pipe])),
              ![.articles, .sentences, .mentions, .actors].contains(outputKind) else { return fields(of: kind) }
        return columns
    }

    private func enumerationValues(field: String, kind: RowKind) -> [String] {
        switch field {
        case "kind": kind == .actors ? ActorKind.allCases.map(\.rawValue) : MentionKind.allCases.map(\.rawValue)
        case "segment": SegmentKind.allCases.map(\.rawValue)
        case "provenance": DateProvenance.allCases.map(\.rawValue)
        default: []
        }
    }

    /// Gazetteer actors, those the corpus mentions most first, so a few letters offer what the corpus is about.
    private func actorNames() -> [String] {
        corpus.actorsByReach.map { corpus.actors[Int($0)] }.filter { $0.kind != .unknown }.map(\.name)
    }

    private func dotArgument(command: String, word: String) -> [String] {
        let name = String(command.prefix { !$0.isWhitespace })
        switch DotCommand.named(name)?.argument {
        case .formats: return OutputFormat.allCases.map(\.rawValue)
        case .onOff: return ["on", "off"]
        case .helpTopic: return HelpText.topics
        case .articleID: return corpus.articles.map(\.id)
        case .path: return Self.paths(completing: word)
        case .actorText, .nothing, nil: return []
        }
    }

    /// Files and directories whose path starts with `word`; directories end in `/`.
    static func paths(completing word: String) -> [String] {
        // `~/` stays a folder: expanding it must keep the final slash, or its parent would be listed.
        let expanded = UserPath.expanded(word)
        let directory = expanded.hasSuffix("/") ? expanded : (expanded as NSString).deletingLastPathComponent
        let listing = (try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory)) ?? []
        let shownDirectory = word.hasSuffix("/") ? word : (word as NSString).deletingLastPathComponent
        return listing.filter { !$0.hasPrefix(".") }.map { name in
            let shown = shownDirectory.isEmpty ? name : (shownDirectory.hasSuffix("/") ? shownDirectory + name : shownDirectory + "/" + name)
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: (directory.isEmpty ? "." : directory) + "/" + name, isDirectory: &isDirectory)
            return isDirectory.boolValue ? shown + "/" : shown
        }
    }

    /// Rough words of a statement for context: quoted strings count as one word, punctuation stands alone.
    static func words(in text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inString = false
        for character in text {
            if inString {
                current.append(character)
                if character == "\"" || character == "”" { words.append(current); current = ""; inString = false }
            } else if character == "\"" || character == "“" {
                if !current.isEmpty { words.append(current) }
                current = String(character)
                inString = true
            } else if character.isWhitespace {
                if !current.isEmpty { words.append(current); current = "" }
            } else if "(),|;".contains(character) {
                if !current.isEmpty { words.append(current); current = "" }
                words.append(String(character))
            } else if "=<>!".contains(character) {
                if !current.isEmpty && !"=<>!".contains(current.last!) { words.append(current); current = "" }
                current.append(character)
            } else {
                if !current.isEmpty && "=<>!".contains(current.last!) { words.append(current); current = "" }
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}

private extension Array where Element == String {
    var sortedUnique: [String] {
        var seen = Set<String>()
        return filter { seen.insert($0).inserted }
    }
}
