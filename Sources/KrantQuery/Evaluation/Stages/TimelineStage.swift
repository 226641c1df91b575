/// `| timeline [by PERIOD] [of "ACTOR", …] [per N articles|sentences] [share]`: counts per period, every
/// period listed.
package struct TimelineStage: PipelineStage {
    package let period: Name?
    package let actors: [Literal]
    package let normalisation: Normalisation

    package static let help = StageHelp(starts: ["timeline"], usage: "timeline [by day|month|year]",
                                        summary: "counts per period, every period listed; 'per 1000 articles' and 'share' as for count")

    // (after "timeline") [ "by" period ] [ "of" value { "," value } ] normalisation
    // period = "day" | "month" | "year" ;   (checked when the stage runs, so the message can suggest one)
    package static func parse(_ parser: inout Parser, after word: String) throws(Diagnostic) -> TimelineStage {
        var period: Name?
        if parser.match(.keyword(.by)) { period = try parser.parseField() }
        var actors: [Literal] = []
        if case .identifier(let word) = parser.current.kind, word.lowercased() == "of" {
            parser.advance()
            actors.append(try parser.parseValue())
            while parser.match(.comma) { actors.append(try parser.parseValue()) }
        }
        return TimelineStage(period: period, actors: actors, normalisation: try parser.parseNormalisation())
    }

    package func run(_ input: StageInput) throws(Diagnostic) -> StageOutput {
        .rows(try input.runner.timeline(input.relation, by: period, of: actors, normalisation, range: input.range))
    }
}
