/// `| select FIELD, …`: chooses the columns shown.
package struct SelectStage: PipelineStage {
    package let fields: [Name]

    package static let help = StageHelp(starts: ["select"], usage: "select FIELD, …", summary: "choose the columns shown")

    // (after "select") field { "," field }
    package static func parse(_ parser: inout Parser, after word: String) throws(Diagnostic) -> SelectStage {
        SelectStage(fields: try parser.parseFieldList())
    }

    package func run(_ input: StageInput) throws(Diagnostic) -> StageOutput {
        let resolver = FieldResolver(fields: input.relation.fields(in: input.corpus), kind: input.relation.kind)
        var result = input.relation
        var selected: [String] = []
        for name in fields { selected.append(try resolver.field(name).name) }
        result.selected = selected
        return .rows(result)
    }
}
