/// `| where CONDITION`: keeps the rows that satisfy it.
package struct WhereStage: PipelineStage {
    package let condition: Condition

    package static let help = StageHelp(starts: ["where"], usage: "where CONDITION", summary: "keep the rows that satisfy it")

    // (after "where") condition
    package static func parse(_ parser: inout Parser, after word: String) throws(Diagnostic) -> WhereStage {
        WhereStage(condition: try parser.parseCondition())
    }

    package func run(_ input: StageInput) throws(Diagnostic) -> StageOutput {
        .rows(try input.runner.filter(input.relation, by: condition))
    }
}
