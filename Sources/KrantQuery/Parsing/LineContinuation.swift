/// The one rule for when a statement goes on past the end of a line, read by the parser (scripts) and the
/// prompt alike: a statement continues after a line ending in `and`, `or`, `not`, `where`, `by`, `offset`,
/// `,` or `|`, while a parenthesis is open, and before a line starting with `|`.
public enum LineContinuation {
    /// The rule in words, for `.help` and messages.
    public static let summary = """
        A statement continues on the next line after a line ending in and, or, not, where, by, offset, ',' or '|', \
        while a parenthesis is open, and before a line starting with '|'.
        """

    /// Tokens after which a line end never ends the statement.
    static func continuesAfter(_ kind: Token.Kind) -> Bool {
        switch kind {
        case .keyword(.and), .keyword(.or), .keyword(.not), .keyword(.where), .keyword(.by), .keyword(.offset),
             .comma, .pipe, .leftParen:
            true
        default:
            false
        }
    }

    /// The tokens with every line end that the rule joins removed; the line ends left separate statements.
    static func joiningLines(_ tokens: [Token]) -> [Token] {
        var result: [Token] = []
        var depth = 0
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .leftParen: depth += 1
            case .rightParen: depth = max(0, depth - 1)
            case .newline:
                let previous = result.last?.kind
                let next = tokens[(index + 1)...].first { $0.kind != .newline }?.kind
                if depth > 0 || next == .pipe || previous == nil || previous == .newline || previous.map(continuesAfter) == true {
                    continue
                }
            default: break
            }
            result.append(token)
        }
        return result
    }

    /// Whether text typed so far stops where the rule says the statement goes on, so a prompt should read
    /// another line: it ends after a continuing word or inside parentheses.
    ///
    ///     LineContinuation.isUnfinished("articles where")   // true
    ///     LineContinuation.isUnfinished("articles | count") // false
    public static func isUnfinished(_ text: String) -> Bool {
        guard let tokens = try? Lexer.tokenize(QuerySource(text)) else { return false }
        var depth = 0
        var last: Token.Kind?
        for token in tokens {
            switch token.kind {
            case .leftParen: depth += 1
            case .rightParen: depth = max(0, depth - 1)
            case .newline, .end: continue
            default: break
            }
            last = token.kind
        }
        return depth > 0 || last.map(continuesAfter) == true
    }
}
