/// Every stage in one table, in the order `.help` lists them: the parser dispatches through it on a stage's
/// first word, and completion and `.help` read its words and lines. Each stage is written in a file of its
/// own in `Evaluation/Stages`.
public enum StageCatalog {
    static let stages: [any PipelineStage.Type] = [
        WhereStage.self, SortStage.self, LimitStage.self, SelectStage.self, CountStage.self, ExpandStage.self,
        ConcordanceStage.self, TimelineStage.self, CooccurrenceStage.self, CollocatesStage.self, TermsStage.self,
        NGramsStage.self, ExplainStage.self, PlotStage.self,
    ]

    /// Each stage's words and lines, for `.help` and completion.
    public static let entries: [StageHelp] = stages.map { $0.help }

    /// The stage a word starts, if any.
    static func stage(startingWith word: String) -> (any PipelineStage.Type)? {
        stages.first { $0.help.starts.contains(word) }
    }

    /// How each stage begins, in table order, for messages and completion.
    public static let words = entries.flatMap(\.words)
}
