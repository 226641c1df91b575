/// `| collocates [actor|~] "TEXT" [window N] [min N] [with stopwords, numbers] [whole forms]`: the words near
/// a word or an actor, with association measures.
package struct CollocatesStage: PipelineStage {
    package let target: ConcordanceTarget
    package let window: Literal?
    package let minimum: Literal?
    package let options: WordListOptions

    package static let help = StageHelp(starts: ["collocates"], usage: "collocates \"WORD\" [window N]",
                                        summary: "words near a word (or collocates actor \"NAME\"), with G², PMI, logDice and DP")

    // (after "collocates") target [ "window" integer ] [ "min" integer ] word_options
    package static func parse(_ parser: inout Parser, after word: String) throws(Diagnostic) -> CollocatesStage {
        let target = try parser.parseTarget(after: "collocates", example: "collocates \"kernwapens\"")
        let window = try parser.parseNamedInteger("window")
        let minimum = try parser.parseNamedInteger("min")
        return CollocatesStage(target: target, window: window, minimum: minimum, options: try parser.parseWordListOptions())
    }

    package func run(_ input: StageInput) throws(Diagnostic) -> StageOutput {
        .rows(try input.runner.collocates(input.relation, of: target, window: window, minimum: minimum, options: options, range: input.range))
    }
}
