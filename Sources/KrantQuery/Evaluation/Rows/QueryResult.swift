import KrantCorpus

/// The typed result of one statement. Renderers turn it into text; tests and embedders read it directly.
///
///     let result = try Query.run("articles where actor = \"NAVO\"", on: corpus)
///     result.articleIDs   // ["002_…", "003_…", …]
public struct QueryResult: Sendable {
    /// What the statement produced.
    public enum Content: Sendable {
        /// Rows of a table, in order.
        case rows
        /// One number, from `count`.
        case count(Int)
    }

    public let content: Content
    /// Set when a `let` bound the rows to a name.
    public let binding: String?
    /// What looks like a mistake in the statement, though it ran: `text = "kernwapens"` compares whole texts.
    public internal(set) var warnings: [Diagnostic] = []
    /// Set by a final `plot "FILE"`: the chart to write instead of showing the rows.
    public internal(set) var plot: PlotRequest?
    /// Lines to show with the rows: the base of a measure, rows a stage left out and why.
    public var notes: [String] { relation.notes }
    let relation: Relation
    let corpus: Corpus
    let fields: [Field]

    init(relation: Relation, corpus: Corpus, count: Int? = nil, binding: String? = nil) {
        self.relation = relation
        self.corpus = corpus
        self.binding = binding
        content = count.map(Content.count) ?? .rows
        let all = relation.fields(in: corpus)
        fields = relation.displayColumns.compactMap { name in all.first { $0.name == name } }
    }

    /// The kind of the rows.
    public var kind: RowKind { relation.kind }

    /// The number from `count`, or else the number of rows.
    public var count: Int {
        if case .count(let value) = content { return value }
        return relation.rows.count
    }

    /// The column names shown for the rows.
    public var columns: [String] { fields.map(\.name) }

    /// The types of the columns, for renderers that align numbers or format dates.
    public var columnTypes: [FieldType] { fields.map(\.type) }

    public var rowCount: Int { relation.rows.count }

    /// The value in a row and column.
    public func value(row: Int, column: Int) -> Value {
        fields[column].value(Int(relation.rows[row]))
    }

    /// Every row's values, in column order.
    public var rows: [[Value]] {
        (0..<rowCount).map { row in (0..<fields.count).map { value(row: row, column: $0) } }
    }

    /// The ids of the result's articles, in order (empty unless the rows are articles).
    public var articleIDs: [String] {
        kind == .articles ? relation.rows.map { corpus.articles[Int($0)].id } : []
    }

    /// The result's articles, sentences or mentions as corpus records.
    public var articles: [Article] { kind == .articles ? relation.rows.map { corpus.articles[Int($0)] } : [] }
    public var sentences: [Sentence] { kind == .sentences ? relation.rows.map { corpus.sentences[Int($0)] } : [] }
    public var mentions: [Mention] { kind == .mentions ? relation.rows.map { corpus.mentions[Int($0)] } : [] }

    /// The article a row comes from: the article itself, or the article of a sentence, mention or concordance
    /// line, whatever columns were selected; nil for rows that are not from one article (counts, actors).
    public func article(ofRow row: Int) -> Article? {
        guard case .rows = content, relation.rows.indices.contains(row) else { return nil }
        let record = Int(relation.rows[row])
        switch kind {
        case .articles: return corpus.articles[record]
        case .sentences: return corpus.articles[corpus.sentences[record].article]
        case .mentions: return corpus.articles[corpus.mentions[record].article]
        default:
            guard let field = relation.fields(in: corpus).first(where: { $0.name == "article" }),
                  case .text(let id) = field.value(record) else { return nil }
            return corpus.article(withID: id)
        }
    }

    /// The values of one named column, in row order.
    public func column(_ name: String) -> [Value] {
        guard let index = fields.firstIndex(where: { $0.name == name }) else { return [] }
        return (0..<rowCount).map { value(row: $0, column: index) }
    }
}
