import KrantCorpus

/// One stage of the language, written in one file: how it is written and what it does (which the parser,
/// completion and `.help` read from `StageCatalog`), how it reads after its first word, and how it runs.
///
/// A new stage is a type conforming to this, in a file of its own, and its line in `StageCatalog.stages`.
public protocol PipelineStage: Sendable, Hashable {
    /// Its words, usage and summary.
    static var help: StageHelp { get }
    /// Reads the stage after its first word, which is given in lower case (`order` for `order by …`).
    static func parse(_ parser: inout Parser, after word: String) throws(Diagnostic) -> Self
    /// Runs the stage over the rows before it.
    func run(_ input: StageInput) throws(Diagnostic) -> StageOutput
}

/// How a stage is written and what it does, for the parser, completion and `.help`.
public struct StageHelp: Sendable {
    /// The words that start it, in lower case: `sort` and `order` both start a sort. They need not be reserved.
    public let starts: [String]
    /// How it begins, as completion offers it and messages list it: `sort by`, `count`, `count by`.
    public let words: [String]
    /// Its form, for `.help stages`: `limit N [offset M]`.
    public let usage: String
    /// What it does, in a line or two.
    public let summary: String

    init(starts: [String], words: [String]? = nil, usage: String, summary: String) {
        self.starts = starts
        self.words = words ?? starts
        self.usage = usage
        self.summary = summary
    }
}

/// What a stage runs with: the rows before it and what it may know of the statement around it.
public struct StageInput {
    let relation: Relation
    let runner: StageRunner
    /// Where the stage stands in the statement, for its messages.
    let range: Range<Int>
    let source: QuerySource
    /// Whether it is the statement's last stage (`explain` and `plot` must be).
    let isLast: Bool
    /// How many first rows a `limit` right after it keeps, so that they can be picked out instead of ordering
    /// every row; nil when all are wanted.
    let rowsWanted: Int?
    /// Present when the statement ends in `explain`.
    let trace: ExplainTrace?

    var corpus: Corpus { runner.corpus }
}

/// What a stage gives: rows for the next stage, one number, or the rows and where to draw them.
public struct StageOutput {
    enum Content {
        case rows(Relation)
        /// `count`: nothing can follow, and `let` cannot bind it.
        case count(Int)
        /// `plot`: the rows, and the chart the shell is to write of them.
        case plot(Relation, PlotStage)
    }

    let content: Content

    static func rows(_ relation: Relation) -> StageOutput { StageOutput(content: .rows(relation)) }
}
