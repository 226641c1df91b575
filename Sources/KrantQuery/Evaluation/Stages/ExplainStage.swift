/// `| explain`, last: how the pipeline before it ran, and why each result row is there.
package struct ExplainStage: PipelineStage {
    package static let help = StageHelp(starts: ["explain"], usage: "explain",
                                        summary: "last: which index each test used, row counts, and where each row matched")

    package static func parse(_ parser: inout Parser, after word: String) throws(Diagnostic) -> ExplainStage {
        ExplainStage()
    }

    package func run(_ input: StageInput) throws(Diagnostic) -> StageOutput {
        guard input.isLast, let trace = input.trace else {
            throw Diagnostic(.semantic, "'explain' comes last, after the pipeline it explains", at: input.range)
        }
        return .rows(try trace.explanation(of: input.relation, stages: input.runner))
    }
}
