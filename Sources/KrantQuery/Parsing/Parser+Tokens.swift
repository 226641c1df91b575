/// The small verbs every parse method is written in.
extension Parser {
    var current: Token { tokens[position] }

    var previousRange: Range<Int> { tokens[max(0, position - 1)].range }

    var previousEnd: Int { previousRange.upperBound }

    func check(_ kind: Token.Kind) -> Bool { current.kind == kind }

    /// Moves past the current token; never past `.end`, so every loop that advances terminates there.
    mutating func advance() {
        if position < tokens.count - 1 { position += 1 }
    }

    mutating func match(_ kind: Token.Kind) -> Bool {
        guard check(kind) else { return false }
        advance()
        return true
    }

    mutating func consume(_ kind: Token.Kind, _ expectation: String) throws(Diagnostic) {
        guard match(kind) else { throw unexpected(expecting: expectation) }
    }

    /// "expected X, found Y" at the current token; at the end of input, that the statement ends early.
    func unexpected(expecting expectation: String) -> Diagnostic {
        let atEnd = check(.end)
        let found = atEnd ? "the end of the statement" : current.displayName
        return Diagnostic(.syntax, atEnd ? "the statement ends early: expected \(expectation)" : "expected \(expectation), found \(found)",
                          at: current.range)
    }

    /// Where an opener stood, for messages about its missing closer: `1:9`.
    func location(_ token: Token) -> String {
        let (line, column) = source.location(of: token.range.lowerBound)
        return "\(line):\(column)"
    }
}
