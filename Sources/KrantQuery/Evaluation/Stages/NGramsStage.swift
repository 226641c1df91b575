/// `| ngrams N [top K]`: frequent runs of N words within a sentence.
package struct NGramsStage: PipelineStage {
    package let size: Literal
    package let top: Literal?

    package static let help = StageHelp(starts: ["ngrams"], usage: "ngrams N", summary: "frequent sequences of N words")

    // (after "ngrams") integer [ "top" integer ]
    package static func parse(_ parser: inout Parser, after word: String) throws(Diagnostic) -> NGramsStage {
        let size = try parser.parseInteger(after: "ngrams")
        return NGramsStage(size: size, top: try parser.parseTop())
    }

    package func run(_ input: StageInput) throws(Diagnostic) -> StageOutput {
        // Stop words and numbers are words of a sequence like any other.
        .rows(try input.runner.wordList(.ngrams, of: input.relation, size: size, top: top,
                                        options: WordListOptions(keepsStopwords: true, keepsNumbers: true), range: input.range))
    }
}
