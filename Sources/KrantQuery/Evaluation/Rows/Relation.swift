import KrantCorpus

/// The rows flowing through a pipeline: references to corpus records (article numbers, sentence and mention
/// positions) or, for the actor table and groups, computed records.
struct Relation: Sendable {
    var kind: RowKind
    /// Row references in display order: corpus positions, or the row numbers that `columns` read.
    var rows: [Int32]
    /// The columns of computed rows (actor table, groups, …), each reading a row by its number.
    var columns: [Field] = []
    /// Chosen by `select`; nil shows the kind's default columns.
    var selected: [String]?
    /// Sorting by these columns compares a derived value: `left` of a concordance by its words nearest the hit.
    var sortKeys: [String: @Sendable (Value) -> Value] = [:]
    /// What the user should know to read the rows right (a base, rows left out); later stages that keep the
    /// rows keep these too.
    var notes: [String] = []

    init(kind: RowKind, rows: [Int32], columns: [Field] = []) {
        self.kind = kind
        self.rows = rows
        self.columns = columns
    }

    /// Computed rows held as values, row `n` being `records[n]`.
    init(kind: RowKind, rows: [Int32], records: [[Value]], recordColumns: [(name: String, type: FieldType)]) {
        let columns = recordColumns.enumerated().map { column, entry in
            Field(name: entry.name, type: entry.type, summary: "") { records[$0][column] }
        }
        self.init(kind: kind, rows: rows, columns: columns)
    }

    /// Every field a row of this relation has, with `year`, `month` and `day` of its date.
    func fields(in corpus: Corpus) -> [Field] {
        var fields: [Field]
        switch kind {
        case .articles, .sentences, .mentions:
            fields = FieldCatalog.fields(of: kind, in: corpus)
        case .actors, .groups, .concordance, .timeline, .cooccurrences, .words, .explanation:
            fields = columns
        }
        if let date = fields.first(where: { $0.type == .date && ($0.name == "date" || $0.name == "first") }) {
            for precision in CorpusDate.Precision.allCases where !fields.contains(where: { $0.name == precision.rawValue }) {
                var field = Field(name: precision.rawValue, type: .date, summary: "the \(precision.rawValue) of the \(date.name)") {
                    if case .date(let value) = date.value($0) { return .date(value.truncated(to: precision)) }
                    return .null
                }
                if let code = date.dateCode {
                    field.dateCode = { DateCode.truncate(code($0), to: precision) }
                }
                fields.append(field)
            }
        }
        return fields
    }

    /// The columns to show.
    var displayColumns: [String] {
        if let selected { return selected }
        switch kind {
        case .actors: return columns.map(\.name).filter { FieldCatalog.defaultColumns(of: .actors).contains($0) }
        case .groups, .concordance, .timeline, .cooccurrences, .words, .explanation: return columns.map(\.name)
        case .articles, .sentences, .mentions: return FieldCatalog.defaultColumns(of: kind)
        }
    }
}

/// Looks up fields by name, with the messages for names that do not exist.
package struct FieldResolver {
    let fields: [Field]
    let kind: RowKind

    func field(_ name: Name) throws(Diagnostic) -> Field {
        if let field = fields.first(where: { $0.name == name.text.lowercased() }) { return field }
        throw Self.unknownField(name, of: kind, among: fields.map(\.name))
    }

    /// The error for a field that rows of `kind`, whose fields are `names`, do not have; other backends give it too.
    package static func unknownField(_ name: Name, of kind: RowKind, among names: [String]) -> Diagnostic {
        let elsewhere = RowKind.allCases.filter { FieldCatalog.names(of: $0).contains(name.text.lowercased()) }
        if let other = elsewhere.first {
            return Diagnostic(.semantic, "\(kind.rawValue) have no field '\(name.text)'; \(other.rawValue) do", at: name.range,
                              notes: ["\(kind.rawValue) have: \(names.joined(separator: ", "))"],
                              help: Suggestions.didYouMean(name.text, among: names))
        }
        return Diagnostic(.semantic, "unknown field '\(name.text)'", at: name.range,
                          notes: ["\(kind.rawValue) have: \(names.joined(separator: ", "))"],
                          help: Suggestions.didYouMean(name.text, among: names))
    }
}
