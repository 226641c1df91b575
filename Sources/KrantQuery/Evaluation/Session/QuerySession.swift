import KrantCorpus

/// Runs statements over a corpus and keeps the results bound with `let` for later statements.
///
///     var session = QuerySession(corpus: corpus)
///     _ = try session.run("let nato = articles where actor = \"NAVO\"")
///     let perYear = try session.run("nato | count by year")
public struct QuerySession: Sendable {
    public var corpus: Corpus {
        didSet { variables.removeAll() }
    }
    private var variables: [String: Relation] = [:]
    /// Asked now and then during evaluation; when it answers true the statement stops with an error.
    public var isCancelled: (@Sendable () -> Bool)?
    /// False makes every condition a scan of the rows instead of an index lookup: the deliberately naive
    /// evaluation that benchmarks compare against and differential tests check the indexes with.
    public var usesIndexes = true
    /// Every source gives no rows, so a pipeline shows its columns at no cost (for completion).
    private var runsOverNoRows = false

    public init(corpus: Corpus) {
        self.corpus = corpus
    }

    /// The names bound with `let`, with the kind and number of their rows.
    public var bindings: [(name: String, kind: RowKind, count: Int)] {
        variables.keys.sorted().map { ($0, variables[$0]!.kind, variables[$0]!.rows.count) }
    }

    /// Parses and runs every statement of `text`; the results are in statement order. Stops at the first error.
    public mutating func run(_ text: String, name: String = "<query>") throws(QueryError) -> [QueryResult] {
        let source = QuerySource(text, name: name)
        var results: [QueryResult] = []
        for statement in try Parser.parse(source) {
            results.append(try run(statement, in: source))
        }
        return results
    }

    /// The kind and columns of the rows a pipeline gives, found by running it over no rows; nil when it does
    /// not run (it is unfinished, or wrong). For completion, which offers the fields of the current rows.
    public func columns(ofPipeline text: String) -> (kind: RowKind, columns: [String])? {
        var probe = self
        probe.runsOverNoRows = true
        guard let result = try? probe.run(text).last, case .rows = result.content else { return nil }
        return (result.kind, result.columns)
    }

    /// Runs one parsed statement.
    public mutating func run(_ statement: Statement, in source: QuerySource) throws(QueryError) -> QueryResult {
        do {
            var result = try execute(statement, source: source)
            result.warnings = StatementWarnings.warnings(for: statement)
            return result
        } catch {
            throw QueryError(diagnostic: error, source: source)
        }
    }

    private mutating func execute(_ statement: Statement, source text: QuerySource) throws(Diagnostic) -> QueryResult {
        let stages = StageRunner(corpus: corpus, cancellation: Cancellation(isCancelled: isCancelled, range: statement.range),
                                 usesIndexes: usesIndexes)
        // Only a pipeline that ends in `explain` pays for tracing, which evaluates every test once more.
        var trace: ExplainTrace?
        if statement.pipeline.stages.last?.operation is ExplainStage { trace = ExplainTrace(source: text) }
        var relation: Relation
        if trace == nil, !runsOverNoRows, let condition = statement.pipeline.source.condition, case .table(let table) = statement.pipeline.source.kind,
           let kind = Self.rowKinds[table] {
            let filter = try stages.compile(condition, for: Relation(kind: kind, rows: []))
            // Answered by the indexes alone, the table's millions of rows are never listed.
            if let rows = filter.indexedRows {
                relation = Relation(kind: kind, rows: rows)
            } else {
                relation = try stages.apply(filter, to: try source(statement.pipeline.source))
            }
        } else {
            relation = try source(statement.pipeline.source)
            trace?.record(statement.pipeline.source, rows: relation)
            if let condition = statement.pipeline.source.condition {
                let input = relation
                relation = try stages.filter(relation, by: condition)
                try trace?.record(condition, input: input, output: relation, stages: stages)
            }
        }
        var count: Int?
        var plot: (stage: PlotStage, range: Range<Int>)?
        let pipelineStages = statement.pipeline.stages
        for (position, stage) in pipelineStages.enumerated() {
            if count != nil {
                throw Diagnostic(.semantic, "'count' gives one number, so nothing can follow it", at: stage.range,
                                 help: "use 'count by FIELD' for a table of counts")
            }
            let next = position + 1 < pipelineStages.count ? pipelineStages[position + 1].operation as? LimitStage : nil
            let input = StageInput(relation: relation, runner: stages, range: stage.range, source: text,
                                   isLast: position == pipelineStages.count - 1,
                                   rowsWanted: trace == nil ? next?.rowsKept : nil, trace: trace)
            switch try stage.operation.run(input).content {
            case .rows(let output): relation = output
            case .count(let number): count = number
            case .plot(let output, let request):
                relation = output
                plot = (request, stage.range)
            }
            if !(stage.operation is ExplainStage) { try trace?.record(stage, input: input.relation, output: relation, stages: stages) }
        }
        if let binding = statement.binding {
            if count != nil {
                throw Diagnostic(.semantic, "'let' binds rows, and 'count' gives a number", at: statement.range,
                                 help: "bind the rows, then count them: let x = …; x | count")
            }
            if let plot {
                throw Diagnostic(.semantic, "'let' binds rows, and 'plot' writes them to a file", at: plot.range,
                                 help: "bind the rows, then plot them: let x = …; x | plot \"FILE.svg\"")
            }
            variables[binding.text] = relation
        }
        var result = QueryResult(relation: relation, corpus: corpus, count: count, binding: statement.binding?.text)
        if let plot { result.plot = try plot.stage.request(for: result, in: statement, source: text, range: plot.range) }
        return result
    }

    private static let rowKinds: [Keyword: RowKind] = [.articles: .articles, .sentences: .sentences, .mentions: .mentions]

    /// All the rows of a source, before its `where`.
    private func source(_ node: SourceNode) throws(Diagnostic) -> Relation {
        var relation: Relation
        if runsOverNoRows, case .table(let table) = node.kind {
            return Self.rowKinds[table].map { Relation(kind: $0, rows: []) } ?? ActorTable.relation(mentions: [], in: corpus)
        }
        switch node.kind {
        case .table(.articles): relation = Relation(kind: .articles, rows: (0..<corpus.articles.count).map(Int32.init))
        case .table(.sentences): relation = Relation(kind: .sentences, rows: (0..<corpus.sentences.count).map(Int32.init))
        case .table(.mentions): relation = Relation(kind: .mentions, rows: (0..<corpus.mentions.count).map(Int32.init))
        case .table:
            relation = ActorTable.wholeCorpus(corpus, includeUnmentioned: true)
        case .variable(let name):
            guard let bound = variables[name] else {
                let range = node.range.lowerBound..<(node.range.lowerBound + name.utf8.count)
                throw Diagnostic(.semantic, "unknown source '\(name)'", at: range,
                                 notes: variables.isEmpty ? ["names made with 'let' are sources too; none is bound yet"] : [],
                                 help: Suggestions.didYouMean(name, among: ["articles", "sentences", "mentions", "actors"] + variables.keys))
            }
            relation = bound
        }
        return relation
    }
}

/// One-line entry points for embedders and tests.
public enum Query {
    /// Runs a query (one or more statements) over a corpus and returns the last statement's result.
    ///
    ///     let result = try Query.run("articles where actor = \"NAVO\" and date < 2022-03", on: corpus)
    ///     #expect(result.articleIDs.count == 3)
    public static func run(_ text: String, on corpus: Corpus) throws(QueryError) -> QueryResult {
        var session = QuerySession(corpus: corpus)
        let results = try session.run(text)
        guard let last = results.last else {
            throw QueryError(diagnostic: Diagnostic(.syntax, "the query is empty", at: 0..<0,
                                                    help: "write a statement such as: articles | count"),
                             source: QuerySource(text))
        }
        return last
    }
}
