/// `| kwic [actor|~] "TEXT" [width N]`: each hit with its context, keyword in context.
package struct ConcordanceStage: PipelineStage {
    package let target: ConcordanceTarget
    package let width: Literal?

    package static let help = StageHelp(starts: ["kwic"], usage: "kwic \"TEXT\" [width N]", summary: "each hit with its context (see .help analysis)")

    // (after "kwic") target [ "width" integer ]
    package static func parse(_ parser: inout Parser, after word: String) throws(Diagnostic) -> ConcordanceStage {
        let target = try parser.parseTarget(after: "kwic", example: "kwic \"kernwapens\"")
        return ConcordanceStage(target: target, width: try parser.parseNamedInteger("width"))
    }

    package func run(_ input: StageInput) throws(Diagnostic) -> StageOutput {
        .rows(try input.runner.concordance(input.relation, of: target, width: width, range: input.range, keeping: input.rowsWanted))
    }
}
