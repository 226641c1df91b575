/// `| terms [top N] [with stopwords, numbers] [whole forms]`: word frequencies; `| keywords …` the same as
/// keyness against the rest of the corpus.
package struct TermsStage: PipelineStage {
    /// `.terms` or `.keywords`.
    package let kind: WordListKind
    package let top: Literal?
    package let options: WordListOptions

    package static let help = StageHelp(starts: ["terms", "keywords"], usage: "terms | keywords",
                                        summary: "word frequencies (per million, DP), keyness against the rest of the corpus")

    // (after "terms" or "keywords") [ "top" integer ] word_options
    package static func parse(_ parser: inout Parser, after word: String) throws(Diagnostic) -> TermsStage {
        let top = try parser.parseTop()
        return TermsStage(kind: word == "terms" ? .terms : .keywords, top: top, options: try parser.parseWordListOptions())
    }

    package func run(_ input: StageInput) throws(Diagnostic) -> StageOutput {
        .rows(try input.runner.wordList(kind, of: input.relation, size: nil, top: top, options: options, range: input.range))
    }
}
