/// `| plot [network] "FILE"`, last: the rows as a chart in a file (`.svg`, or `.dot` for a network). The
/// evaluator records it on the result and the shell writes the file.
package struct PlotStage: PipelineStage {
    package let network: Name?
    package let file: Literal

    package static let help = StageHelp(starts: ["plot"], usage: "plot [network] \"FILE\"",
                                        summary: "last: the rows of timeline, count by, terms or cooccur as an SVG chart in FILE;\n"
                                            + "cooccur also as a network ('network', or a .dot file for Graphviz)")

    // (after "plot") [ "network" ] string
    package static func parse(_ parser: inout Parser, after word: String) throws(Diagnostic) -> PlotStage {
        var network: Name?
        if case .identifier(let word) = parser.current.kind, word.lowercased() == "network" {
            network = Name(text: word, range: parser.current.range)
            parser.advance()
        }
        guard case .string = parser.current.kind else {
            throw parser.unexpected(expecting: "a file name in quotes after 'plot', such as plot \"timeline.svg\"")
        }
        return PlotStage(network: network, file: try parser.parseValue())
    }

    package func run(_ input: StageInput) throws(Diagnostic) -> StageOutput {
        guard input.isLast else {
            throw Diagnostic(.semantic, "'plot' comes last, after the rows it draws", at: input.range,
                             help: "move '| \(input.source.slice(input.range))' to the end of the statement")
        }
        return StageOutput(content: .plot(input.relation, self))
    }

    /// The chart asked for, titled by the statement before it; what cannot be plotted is refused at the stage,
    /// or at the file name when its extension is at fault.
    func request(for result: QueryResult, in statement: Statement, source: QuerySource, range: Range<Int>) throws(Diagnostic) -> PlotRequest {
        guard case .string(let path) = file.kind, !path.isEmpty else {
            throw Diagnostic(.semantic, "'plot' needs a file name", at: file.range, help: "write plot \"chart.svg\"")
        }
        let stages = statement.pipeline.stages.dropLast()
        let title = source.slice(statement.pipeline.range.lowerBound..<(stages.last?.range.upperBound ?? statement.pipeline.source.range.upperBound))
        do {
            return try PlotRequest(path: path, network: network != nil, title: String(title), result: result)
        } catch {
            throw Diagnostic(.semantic, error.message, at: error.pointsAtFile ? file.range : range, help: error.help)
        }
    }
}
