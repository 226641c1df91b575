extension Parser {
    // condition = conjunction { "or" conjunction } ;
    mutating func parseCondition() throws(Diagnostic) -> Condition {
        try enterNesting()
        defer { depth -= 1 }
        var operands = [try parseConjunction()]
        while match(.keyword(.or)) {
            operands.append(try parseConjunction())
        }
        return operands.count == 1 ? operands[0] : .or(operands)
    }

    // conjunction = negation { "and" negation } ;
    mutating func parseConjunction() throws(Diagnostic) -> Condition {
        var operands = [try parseNegation()]
        while match(.keyword(.and)) {
            operands.append(try parseNegation())
        }
        return operands.count == 1 ? operands[0] : .and(operands)
    }

    // negation = "not" negation | primary ;
    mutating func parseNegation() throws(Diagnostic) -> Condition {
        let start = current.range.lowerBound
        if match(.keyword(.not)) {
            try enterNesting()
            defer { depth -= 1 }
            let inner = try parseNegation()
            return .not(inner, range: start..<inner.range.upperBound)
        }
        return try parsePrimary()
    }

    // primary = "(" condition ")" | test ;
    mutating func parsePrimary() throws(Diagnostic) -> Condition {
        let opener = current
        if match(.leftParen) {
            let inner = try parseCondition()
            guard match(.rightParen) else {
                throw Diagnostic(.syntax, "expected ')' to close '(' at \(location(opener)), found \(current.displayName)",
                                 at: current.range)
            }
            return inner
        }
        return .test(try parseTest())
    }

    // test = field ( compare_op value
    //              | [ "not" ] "in" "(" value { "," value } ")"
    //              | "between" value "and" value
    //              | "contains" [ "~" ] string [ proximity ]
    //              | "matches" regex ) ;
    mutating func parseTest() throws(Diagnostic) -> Test {
        let field: Name
        switch current.kind {
        case .identifier, .keyword(.articles), .keyword(.mentions), .keyword(.sentences), .keyword(.count):
            field = try parseField()
        case .string, .integer, .date:
            throw Diagnostic(.syntax, "a condition starts with a field name, not \(current.displayName)", at: current.range,
                             help: "write for example: text contains \"kernwapens\"")
        default:
            throw unexpected(expecting: "a condition, such as actor = \"NAVO\"")
        }
        let operatorToken = current
        let kind: Test.Kind
        switch current.kind {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
            advance()
            kind = .compare(Self.comparison(operatorToken.kind), try parseValue())
        case .keyword(.in):
            advance()
            kind = .member(try parseValueList())
        case .keyword(.between):
            advance()
            let low = try parseValue()
            try consume(.keyword(.and), "'and' between the two ends of 'between'")
            kind = .between(low, try parseValue())
        case .keyword(.contains):
            advance()
            let stemmed = match(.tilde)
            let value = try parseValue()
            guard case .string = value.kind else {
                throw Diagnostic(.syntax, "'contains' takes text in double quotes", at: value.range,
                                 help: "write contains \"\(source.slice(value.range))\"")
            }
            if case .identifier(let word) = current.kind, word.lowercased() == "within" {
                kind = .near(try parseProximity(first: value, stemmed: stemmed))
            } else {
                kind = .contains(value, stemmed: stemmed)
            }
        case .keyword(.matches):
            advance()
            guard case .regex(let pattern, let flags) = current.kind else {
                throw unexpected(expecting: "a regular expression between slashes, such as /kern(wapen|oorlog)/i")
            }
            advance()
            kind = .matches(pattern: pattern, caseInsensitive: flags.contains("i"), range: previousRange)
        case .identifier(let word):
            throw Diagnostic(.syntax, "expected an operator after '\(field.text)', found '\(word)'", at: current.range,
                             help: Suggestions.didYouMean(word, among: ["in", "between", "contains", "matches"])
                                ?? "operators are =, !=, <, <=, >, >=, in, between, contains and matches")
        default:
            throw unexpected(expecting: "an operator after '\(field.text)' (=, !=, <, <=, >, >=, in, between, contains, matches)")
        }
        return Test(field: field, kind: kind, range: field.range.lowerBound..<previousEnd)
    }

    // proximity = "within" integer "of" [ "~" ] string [ "in" ( "sentence" | "article" ) ] ;
    mutating func parseProximity(first: Literal, stemmed: Bool) throws(Diagnostic) -> Proximity {
        advance()
        let distance = try parseInteger(after: "within")
        guard case .identifier(let word) = current.kind, word.lowercased() == "of" else {
            throw unexpected(expecting: "'of' and the other words, as in within \(source.slice(distance.range)) of \"kernwapens\"")
        }
        advance()
        let secondStemmed = match(.tilde)
        guard case .string = current.kind else {
            throw unexpected(expecting: "text in double quotes after 'of'")
        }
        let second = try parseValue()
        var unit: Name?
        if match(.keyword(.in)) {
            guard case .identifier(let word) = current.kind else { throw unexpected(expecting: "'sentence' or 'article' after 'in'") }
            unit = Name(text: word, range: current.range)
            advance()
        }
        return Proximity(first: first, firstStemmed: stemmed, second: second, secondStemmed: secondStemmed, distance: distance, unit: unit)
    }

    // value = string | integer | date | identifier ;
    mutating func parseValue() throws(Diagnostic) -> Literal {
        let kind: Literal.Kind
        switch current.kind {
        case .string(let text): kind = .string(text)
        case .integer(let value): kind = .integer(value)
        case .date(let date): kind = .date(date)
        case .identifier(let word): kind = .word(word)
        case .keyword(let keyword) where ![.and, .or, .not, .where].contains(keyword): kind = .word(keyword.rawValue)
        default: throw unexpected(expecting: "a value: \"text\", a number, a date or a word")
        }
        advance()
        return Literal(kind: kind, range: previousRange)
    }

    // value_list = "(" value { "," value } ")" ;
    mutating func parseValueList() throws(Diagnostic) -> [Literal] {
        let opener = current
        try consume(.leftParen, "'(' after 'in'")
        var values = [try parseValue()]
        while match(.comma) { values.append(try parseValue()) }
        guard match(.rightParen) else {
            throw Diagnostic(.syntax, "expected ',' or ')' to close '(' at \(location(opener)), found \(current.displayName)",
                             at: current.range)
        }
        return values
    }

    static func comparison(_ kind: Token.Kind) -> Test.Operator {
        switch kind {
        case .notEqual: .notEqual
        case .less: .less
        case .lessEqual: .lessOrEqual
        case .greater: .greater
        case .greaterEqual: .greaterOrEqual
        default: .equal
        }
    }

    mutating func enterNesting() throws(Diagnostic) {
        depth += 1
        if depth > Self.maximumDepth {
            throw Diagnostic(.syntax, "the condition is nested too deeply", at: current.range,
                             notes: ["krant allows at most \(Self.maximumDepth) levels of parentheses and 'not'"])
        }
    }
}
