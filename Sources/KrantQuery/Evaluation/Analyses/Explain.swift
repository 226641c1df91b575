import KrantCorpus

/// What `explain` reports: each step of the pipeline with the index it used and its row counts, then for
/// each result row (the first twenty) where each condition matched it.
struct ExplainTrace {
    let source: QuerySource
    private var plan: [[Value]] = []
    private var tests: [Test] = []

    static let columns: [(name: String, type: FieldType)] = [
        ("part", .text), ("step", .text), ("how", .text), ("estimated", .integer), ("rows", .integer),
        ("article", .text), ("match", .text), ("sentence", .text),
    ]
    static let evidenceRows = 20

    init(source: QuerySource) {
        self.source = source
    }

    mutating func record(_ node: SourceNode, rows: Relation) {
        let name: String = switch node.kind {
        case .table(let keyword): keyword.rawValue
        case .variable(let variable): variable
        }
        plan.append(line(step: name, how: "all \(rows.kind.rawValue)", estimated: nil, rows: rows.rows.count))
    }

    /// A `where`, then one line per test in it.
    mutating func record(_ condition: Condition, input: Relation, output: Relation, stages: StageRunner) throws(Diagnostic) {
        plan.append(line(step: "where " + String(source.slice(condition.range)), how: "the rows that satisfy the condition",
                         estimated: input.rows.count, rows: output.rows.count))
        try recordCondition(condition, stages: stages, input: input)
    }

    mutating func record(_ stage: Stage, input: Relation, output: Relation, stages: StageRunner) throws(Diagnostic) {
        if let filter = stage.operation as? WhereStage {
            try record(filter.condition, input: input, output: output, stages: stages)
        } else {
            plan.append(line(step: String(source.slice(stage.range)), how: "stage", estimated: input.rows.count, rows: output.rows.count))
        }
    }

    /// One plan line per test: the index it used (or a scan), the rows the index offered, and the rows it kept.
    private mutating func recordCondition(_ condition: Condition, stages: StageRunner, input universe: Relation) throws(Diagnostic) {
        let rows = universe.rows.isSortedAscending ? universe.rows : universe.rows.sorted()
        let resolver = FieldResolver(fields: universe.fields(in: stages.corpus), kind: universe.kind)
        let compiler = ConditionCompiler(corpus: stages.corpus, kind: universe.kind, resolver: resolver, usesIndexes: stages.usesIndexes)
        for test in Self.tests(in: condition) {
            tests.append(test)
            let filter = try compiler.compile(.test(test))
            let (how, estimate) = Self.describe(filter, test: test, rows: rows.count)
            let kept = try filter.apply(to: rows, checking: stages.cancellation).count
            plan.append(line(step: "  " + String(source.slice(test.range)), how: how, estimated: estimate, rows: kept))
        }
    }

    private static func tests(in condition: Condition) -> [Test] {
        switch condition {
        case .and(let operands), .or(let operands): operands.flatMap { tests(in: $0) }
        case .not(let inner, _): tests(in: inner)
        case .test(let test): [test]
        }
    }

    private static func indexName(of test: Test) -> String {
        switch test.field.text.lowercased() {
        case "actor": "actor index"
        case "date": "article dates"
        default: "word index"
        }
    }

    private static func describe(_ filter: Filter, test: Test, rows: Int) -> (String, Int?) {
        switch filter {
        case .postings(let list): (Self.indexName(of: test), list.count)
        case .not(.postings(let list)): ("actor index, rows without", list.count)
        default: ("checked row by row", rows)
        }
    }

    /// The plan, then where each test matched each of the first result rows.
    func explanation(of relation: Relation, stages: StageRunner) throws(Diagnostic) -> Relation {
        var records = plan.map { $0 }
        if [.articles, .sentences].contains(relation.kind) {
            for row in relation.rows.prefix(Self.evidenceRows) {
                records += try evidence(for: Int(row), kind: relation.kind, stages: stages)
            }
        }
        return Relation(kind: .explanation, rows: records.indices.map(Int32.init), records: records, recordColumns: Self.columns)
    }

    private func evidence(for row: Int, kind: RowKind, stages: StageRunner) throws(Diagnostic) -> [[Value]] {
        let corpus = stages.corpus
        let article = kind == .articles ? corpus.articles[row] : corpus.articles[corpus.sentences[row].article]
        let words = kind == .articles ? article.words : corpus.sentences[row].words
        let mentions = kind == .articles ? article.mentions : corpus.sentences[row].mentions
        var lines: [[Value]] = []
        for test in tests {
            let step = String(source.slice(test.range))
            switch (test.field.text.lowercased(), test.kind) {
            case ("actor", .compare(.equal, _)), ("actor", .member):
                let literals: [Literal] = switch test.kind {
                case .member(let list): list
                case .compare(_, let single): [single]
                default: []
                }
                var actors = Set<Int>()
                for literal in literals { actors.formUnion(try ActorResolver(corpus: corpus).actors(named: literal)) }
                for mention in corpus.mentions[mentions].filter({ actors.contains($0.actor) }).prefix(3) {
                    lines.append(evidenceLine(article: article, step: step,
                                              match: "\(corpus.actors[mention.actor].name) “\(corpus.form(of: mention))” at \(mention.range.lowerBound)–\(mention.range.upperBound)"
                                                + (mention.roleTerm.map { ", the \(corpus.actors[mention.actor].roles[$0]) on the article's date" } ?? ""),
                                              sentence: corpus.text(of: corpus.sentences[mention.sentence])))
                }
            case (_, .contains(let literal, let stemmed)):
                guard case .string(let text) = literal.kind, let pattern = TextPattern(text, stemmed: stemmed) else { continue }
                for match in pattern.matches(in: corpus.index).filter({ words.contains(Int($0.first)) }).prefix(3) {
                    let start = match.first
                    guard let range = stages.byteRange(ofWords: Int(start), count: Int(match.last - start) + 1) else { continue }
                    lines.append(evidenceLine(article: article, step: step,
                                              match: "“\(article.text.utf8Slice(range))” at \(range.lowerBound)–\(range.upperBound)",
                                              sentence: corpus.text(of: corpus.sentences[corpus.index.sentence(ofWord: Int(start))])))
                }
            case (_, .near(let proximity)):
                // The first words with a partner near them, as the index found them.
                guard let near = try? ConditionCompiler.proximity(proximity) else { continue }
                for start in near.anchors(in: corpus).filter({ words.contains(Int($0)) }).prefix(3) {
                    guard let range = stages.byteRange(ofWords: Int(start), count: 1) else { continue }
                    lines.append(evidenceLine(article: article, step: step,
                                              match: "“\(article.text.utf8Slice(range))” at \(range.lowerBound)–\(range.upperBound), the other words near it",
                                              sentence: corpus.text(of: corpus.sentences[corpus.index.sentence(ofWord: Int(start))])))
                }
            case ("date", _):
                let date = article.date.map { "\($0), \($0.precision.rawValue) precision, from the \(article.dateProvenance == .header ? "date header" : "text")" }
                lines.append(evidenceLine(article: article, step: step, match: date ?? "undated", sentence: nil))
            default:
                continue
            }
        }
        return lines
    }

    private func line(step: String, how: String, estimated: Int?, rows: Int?) -> [Value] {
        [.text("plan"), .text(step), .text(how), estimated.map(Value.integer) ?? .null, rows.map(Value.integer) ?? .null, .null, .null, .null]
    }

    private func evidenceLine(article: Article, step: String, match: String, sentence: Substring?) -> [Value] {
        [.text("match"), .text(step), .null, .null, .null, .text(article.id), .text(match),
         sentence.map { .text(StageRunner.singleLine($0)) } ?? .null]
    }
}
