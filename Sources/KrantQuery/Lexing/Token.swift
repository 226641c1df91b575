import KrantCorpus

/// The reserved words of the language, matched case-insensitively.
public enum Keyword: String, Sendable, Hashable, CaseIterable {
    case articles, sentences, mentions, actors
    case `let`, `where`, and, or, not, `in`, between, contains, matches
    case sort, order, by, asc, desc, limit, offset, select, count
    case kwic, timeline, cooccur, collocates, terms, keywords, ngrams, explain, plot
}

/// One lexical unit of a query, with its place in the source.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case keyword(Keyword)
        case identifier(String)
        /// A quoted string, escapes resolved.
        case string(String)
        case integer(Int)
        case date(CorpusDate)
        case regex(pattern: String, flags: String)
        case pipe, leftParen, rightParen, comma, semicolon, tilde
        case equal, notEqual, less, lessEqual, greater, greaterEqual
        case newline
        case end
    }

    public let kind: Kind
    /// UTF-8 byte offsets in the source.
    public let range: Range<Int>

    /// How a message names this token: `'where'`, `string "NAVO"`, `end of input`.
    var displayName: String {
        switch kind {
        case .keyword(let keyword): "'\(keyword.rawValue)'"
        case .identifier(let name): "'\(name)'"
        case .string(let text): "string \"\(text)\""
        case .integer(let value): "number \(value)"
        case .date(let date): "date \(date)"
        case .regex(let pattern, _): "regex /\(pattern)/"
        case .pipe: "'|'"
        case .leftParen: "'('"
        case .rightParen: "')'"
        case .comma: "','"
        case .semicolon: "';'"
        case .tilde: "'~'"
        case .equal: "'='"
        case .notEqual: "'!='"
        case .less: "'<'"
        case .lessEqual: "'<='"
        case .greater: "'>'"
        case .greaterEqual: "'>='"
        case .newline: "end of line"
        case .end: "end of input"
        }
    }
}
