/// A recursive-descent parser for krant's query language; each rule quotes `grammar/krant.ebnf`.
///
/// It stops at the first error, which it reports precisely. Where a statement goes on past a line end is
/// `LineContinuation`'s rule, which the prompt reads too.
public struct Parser {
    /// Nesting deeper than this is refused with a message instead of exhausting the stack.
    public static let maximumDepth = 200

    let source: QuerySource
    var tokens: [Token]
    var position = 0
    var depth = 0

    init(source: QuerySource, tokens: [Token]) {
        self.source = source
        self.tokens = LineContinuation.joiningLines(tokens)
    }

    /// Parses a whole script: statements separated by new lines or `;`.
    ///
    ///     let statements = try Parser.parse(QuerySource("articles | count"))
    public static func parse(_ source: QuerySource) throws(QueryError) -> [Statement] {
        let tokens = try Lexer.tokenize(source)
        var parser = Parser(source: source, tokens: tokens)
        do {
            return try parser.parseScript()
        } catch {
            throw QueryError(diagnostic: error, source: source)
        }
    }

    // script = { statement ( ";" | NEWLINE ) } ;
    mutating func parseScript() throws(Diagnostic) -> [Statement] {
        var statements: [Statement] = []
        while true {
            while check(.semicolon) || check(.newline) { advance() }
            if check(.end) { return statements }
            statements.append(try parseStatement())
            guard check(.semicolon) || check(.newline) || check(.end) else {
                var diagnostic = unexpected(expecting: "'|', ';' or the end of the statement")
                if case .identifier(let word) = current.kind,
                   let help = Suggestions.didYouMean(word, among: ["where", "and", "or"]) {
                    diagnostic = Diagnostic(.syntax, diagnostic.message, at: diagnostic.range, help: help)
                } else if case .keyword(let keyword) = current.kind, Self.stageWords.contains(where: { $0.hasPrefix(keyword.rawValue) }) {
                    diagnostic = Diagnostic(.syntax, diagnostic.message, at: diagnostic.range,
                                            help: "each stage starts with '|': write | \(source.slice(current.range.lowerBound..<source.text.utf8.count).split(separator: "\n").first ?? "")")
                }
                throw diagnostic
            }
        }
    }

    // statement = [ "let" identifier "=" ] pipeline ;
    mutating func parseStatement() throws(Diagnostic) -> Statement {
        let start = current.range.lowerBound
        var binding: Name?
        if match(.keyword(.let)) {
            guard case .identifier(let name) = current.kind else {
                if case .keyword(let keyword) = current.kind {
                    throw Diagnostic(.syntax, "'\(keyword.rawValue)' is a reserved word and cannot name a result",
                                     at: current.range, help: "choose another name, such as 'my_\(keyword.rawValue)'")
                }
                throw unexpected(expecting: "a name after 'let'")
            }
            binding = Name(text: name, range: current.range)
            advance()
            try consume(.equal, "'=' after the name")
        }
        let pipeline = try parsePipeline()
        return Statement(binding: binding, pipeline: pipeline, range: start..<pipeline.range.upperBound)
    }

    // pipeline = source { "|" stage } ;
    mutating func parsePipeline() throws(Diagnostic) -> Pipeline {
        let source = try parseSource()
        var stages: [Stage] = []
        while match(.pipe) {
            stages.append(try parseStage())
        }
        return Pipeline(source: source, stages: stages,
                        range: source.range.lowerBound..<(stages.last?.range.upperBound ?? source.range.upperBound))
    }

    // source = ( "articles" | "sentences" | "mentions" | "actors" | identifier ) [ "where" condition ] ;
    mutating func parseSource() throws(Diagnostic) -> SourceNode {
        let start = current.range
        let kind: SourceNode.Kind
        switch current.kind {
        case .keyword(let keyword) where [.articles, .sentences, .mentions, .actors].contains(keyword):
            kind = .table(keyword)
        case .identifier(let name):
            kind = .variable(name)
        case .end, .newline, .semicolon:
            throw unexpected(expecting: "a source: articles, sentences, mentions, actors or a name from 'let'")
        default:
            throw Diagnostic(.syntax, "a statement starts with a source, not \(current.displayName)", at: current.range,
                             help: "start with articles, sentences, mentions, actors or a name from 'let'")
        }
        advance()
        var condition: Condition?
        if match(.keyword(.where)) { condition = try parseCondition() }
        return SourceNode(kind: kind, condition: condition, range: start.lowerBound..<previousEnd)
    }

    // stage = "where" condition
    //       | ( "sort" | "order" ) "by" sort_key { "," sort_key }
    //       | … one alternative per entry of StageCatalog, each read by its stage's `parse`
    mutating func parseStage() throws(Diagnostic) -> Stage {
        let start = current.range.lowerBound
        let word: String
        switch current.kind {
        case .keyword(let keyword): word = keyword.rawValue
        case .identifier(let name): word = name.lowercased()
        default:
            throw Diagnostic(.syntax, "expected a stage after '|', found \(current.displayName)", at: current.range,
                             help: "stages are: \(Self.stageWords.joined(separator: ", "))")
        }
        guard let stage = StageCatalog.stage(startingWith: word) else {
            let help: String? = if case .identifier = current.kind { Suggestions.didYouMean(word, among: Self.stageWords) } else { nil }
            let message = if case .keyword = current.kind { "'\(word)' cannot start a stage" } else { "expected a stage after '|', found \(current.displayName)" }
            throw Diagnostic(.syntax, message, at: current.range, help: help ?? "stages are: \(Self.stageWords.joined(separator: ", "))")
        }
        advance()
        let operation = try stage.parse(&self, after: word)
        return Stage(operation: operation, range: start..<previousEnd)
    }

    /// How each stage begins, for messages and completion: the words of `StageCatalog`.
    public static var stageWords: [String] { StageCatalog.words }

    /// `[ "top" integer ]`
    mutating func parseTop() throws(Diagnostic) -> Literal? {
        guard case .identifier(let word) = current.kind, word.lowercased() == "top" else { return nil }
        advance()
        return try parseInteger(after: "top")
    }

    // word_options = { "with" word_kind { "," word_kind } | "whole" "forms" } ;
    // word_kind = "stopwords" | "numbers" ;
    mutating func parseWordListOptions() throws(Diagnostic) -> WordListOptions {
        var options = WordListOptions()
        while case .identifier(let word) = current.kind {
            switch word.lowercased() {
            case "with":
                advance()
                repeat {
                    guard case .identifier(let kept) = current.kind, ["stopwords", "numbers"].contains(kept.lowercased()) else {
                        throw unexpected(expecting: "'stopwords' or 'numbers' after 'with'")
                    }
                    if kept.lowercased() == "stopwords" { options.keepsStopwords = true } else { options.keepsNumbers = true }
                    advance()
                } while match(.comma)
            case "whole":
                advance()
                guard case .identifier(let next) = current.kind, next.lowercased() == "forms" else {
                    throw unexpected(expecting: "'forms' after 'whole'")
                }
                advance()
                options.countsWholeForms = true
            default:
                return options
            }
        }
        return options
    }

    // target = [ "actor" | "~" ] string ;
    mutating func parseTarget(after stage: String, example: String) throws(Diagnostic) -> ConcordanceTarget {
        var isActor = false
        if case .identifier(let word) = current.kind, word.lowercased() == "actor" {
            isActor = true
            advance()
        }
        let stemmed = !isActor && match(.tilde)
        guard case .string = current.kind else {
            throw unexpected(expecting: isActor ? "an actor name in quotes after '\(stage) actor'" : "text in quotes after '\(stage)', such as \(example)")
        }
        let target = try parseValue()
        return isActor ? .actor(target) : .text(target, stemmed: stemmed)
    }

    /// `[ NAME integer ]`, for options named by a word that is not reserved (`width`, `window`, `min`).
    mutating func parseNamedInteger(_ name: String) throws(Diagnostic) -> Literal? {
        guard case .identifier(let word) = current.kind, word.lowercased() == name else { return nil }
        advance()
        return try parseInteger(after: name)
    }

    // normalisation = [ "per" integer ( "articles" | "sentences" ) ] [ "share" ] ;
    mutating func parseNormalisation() throws(Diagnostic) -> Normalisation {
        var normalisation = Normalisation()
        if case .identifier(let word) = current.kind, word.lowercased() == "per" {
            advance()
            let per = try parseInteger(after: "per")
            guard case .keyword(let table) = current.kind, table == .articles || table == .sentences else {
                throw unexpected(expecting: "'articles' or 'sentences' after 'per \(source.slice(per.range))'")
            }
            advance()
            normalisation.rate = Normalisation.Rate(per: per, base: Name(text: table.rawValue, range: previousRange))
        }
        if case .identifier(let word) = current.kind, word.lowercased() == "share" {
            advance()
            normalisation.share = Name(text: word, range: previousRange)
        }
        return normalisation
    }

    // sort_key = field [ "asc" | "desc" ] ;
    mutating func parseSortKey() throws(Diagnostic) -> SortKey {
        let field = try parseField()
        if match(.keyword(.desc)) { return SortKey(field: field, descending: true) }
        _ = match(.keyword(.asc))
        return SortKey(field: field, descending: false)
    }

    mutating func parseFieldList() throws(Diagnostic) -> [Name] {
        var fields = [try parseField()]
        while match(.comma) { fields.append(try parseField()) }
        return fields
    }

    // field = identifier ;   (words such as 'articles' and 'count' name fields too)
    mutating func parseField() throws(Diagnostic) -> Name {
        switch current.kind {
        case .identifier(let name):
            advance()
            return Name(text: name, range: previousRange)
        case .keyword(let keyword) where [.articles, .sentences, .mentions, .actors, .count].contains(keyword):
            advance()
            return Name(text: keyword.rawValue, range: previousRange)
        default:
            throw unexpected(expecting: "a field name")
        }
    }

    mutating func parseInteger(after word: String) throws(Diagnostic) -> Literal {
        guard case .integer(let value) = current.kind else {
            throw unexpected(expecting: "a whole number after '\(word)'")
        }
        advance()
        return Literal(kind: .integer(value), range: previousRange)
    }
}
