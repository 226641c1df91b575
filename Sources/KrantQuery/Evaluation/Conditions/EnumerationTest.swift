/// `=`, `!=` or `in` over a field that holds one of a fixed set of words (a segment, a kind, a provenance): the
/// words asked for, read and checked in one place for the in-memory evaluator and the PostgreSQL backend.
package struct EnumerationTest: Sendable {
    /// The words asked for, lowercased, each one of the field's.
    package let words: [String]
    /// `!=`: the field is none of `words`.
    package let negated: Bool

    /// Fails with a caret on a word that is not one of `cases` (suggesting the nearest) and on any other test.
    package init(_ test: Test, cases: [String]) throws(Diagnostic) {
        let field = test.field.text
        guard let (literals, negated) = test.equalityLiterals else {
            throw Diagnostic(.semantic, "'\(field)' takes =, != or in", at: test.range,
                             help: "write for example \(field) = \(cases[0])")
        }
        var words: [String] = []
        for literal in literals {
            switch literal.kind {
            case .word(let text), .string(let text):
                guard cases.contains(text.lowercased()) else {
                    throw Diagnostic(.semantic, "'\(text)' is not a \(field)", at: literal.range,
                                     notes: ["\(field) is one of: \(cases.joined(separator: ", "))"],
                                     help: Suggestions.didYouMean(text, among: cases))
                }
                words.append(text.lowercased())
            default:
                throw Diagnostic(.semantic, "'\(field)' is one of: \(cases.joined(separator: ", "))", at: literal.range)
            }
        }
        self.words = words
        self.negated = negated
    }
}

extension Test {
    /// The values of `=` (one), `!=` (one, negated) and `in` (a list); nil for any other test.
    package var equalityLiterals: (literals: [Literal], negated: Bool)? {
        switch kind {
        case .compare(.equal, let literal): ([literal], false)
        case .compare(.notEqual, let literal): ([literal], true)
        case .member(let list): (list, false)
        default: nil
        }
    }
}
