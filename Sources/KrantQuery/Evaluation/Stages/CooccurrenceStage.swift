/// `| cooccur [with "ACTOR"] [in sentence|article] [min N]`: actors mentioned together, with association measures.
package struct CooccurrenceStage: PipelineStage {
    package let partner: Literal?
    package let unit: Name?
    package let minimum: Literal?

    package static let help = StageHelp(starts: ["cooccur"], usage: "cooccur [with \"ACTOR\"]",
                                        summary: "actors mentioned together, with G², PMI and logDice")

    // (after "cooccur") [ "with" value ] [ "in" identifier ] [ "min" integer ]
    package static func parse(_ parser: inout Parser, after word: String) throws(Diagnostic) -> CooccurrenceStage {
        var partner: Literal?
        if case .identifier(let word) = parser.current.kind, word.lowercased() == "with" {
            parser.advance()
            partner = try parser.parseValue()
        }
        var unit: Name?
        if parser.match(.keyword(.in)) {
            guard case .identifier(let word) = parser.current.kind else { throw parser.unexpected(expecting: "'sentence' or 'article' after 'in'") }
            unit = Name(text: word, range: parser.current.range)
            parser.advance()
        }
        return CooccurrenceStage(partner: partner, unit: unit, minimum: try parser.parseNamedInteger("min"))
    }

    package func run(_ input: StageInput) throws(Diagnostic) -> StageOutput {
        .rows(try input.runner.cooccurrence(input.relation, with: partner, in: unit, minimum: minimum, range: input.range))
    }
}
