import KrantCorpus
import KrantQuery

/// Compiles a statement of the server's subset of the language to one SQL query.
///
/// Rows flow between stages as `(row, ord)`: the article number or sentence position, and its place in the
/// current order, which `sort` renumbers with the rows' old order as the last key, so that ties keep their
/// order as krant's stable sort keeps them.
struct StatementCompiler {
    let resolveActors: (String) async throws -> [Int]

    func compile(_ statement: Statement) async throws -> ServerPlan {
        if let binding = statement.binding {
            throw Diagnostic(.semantic, "'let' is not supported on PostgreSQL yet", at: binding.range)
        }
        let source = statement.pipeline.source
        guard case .table(let table) = source.kind, table == .articles || table == .sentences else {
            throw Diagnostic(.semantic, "the source '\(sourceName(source))' is not supported on PostgreSQL yet", at: source.range,
                             notes: ["the server reads articles and sentences so far"])
        }
        let kind: RowKind = table == .articles ? .articles : .sentences
        var text = SQLText()
        let conditions = ConditionTranslator(kind: kind, resolveActors: resolveActors)
        var relation = kind == .articles
            ? "SELECT a.article AS row, a.article AS ord FROM krant.articles a"
            : "SELECT s.sentence AS row, s.sentence AS ord FROM krant.sentences s JOIN krant.articles a ON a.article = s.article"
        if let condition = source.condition {
            relation += " WHERE " + (try await conditions.translate(condition, into: &text))
        }
        let fields = ServerField.fields(of: kind)
        var selected = Query.defaultColumns(of: kind)
        var stages = statement.pipeline.stages[...]
        while let stage = stages.first {
            switch stage.operation {
            case let filter as WhereStage:
                relation = "SELECT q.row, q.ord \(join(relation, kind)) WHERE " + (try await conditions.translate(filter.condition, into: &text))
            case let sort as SortStage:
                var order: [String] = []
                for key in sort.keys {
                    let field = try self.field(key.field, in: fields, kind: kind)
                    guard let sortKeys = field.sortKeys else {
                        throw Diagnostic(.semantic, "sorting by '\(field.name)' is not supported on PostgreSQL yet", at: key.field.range)
                    }
                    order += sortKeys.map { $0 + (key.descending ? " DESC" : " ASC") + " NULLS LAST" }
                }
                relation = "SELECT q.row, row_number() OVER (ORDER BY \((order + ["q.ord"]).joined(separator: ", "))) AS ord \(join(relation, kind))"
            case let limit as LimitStage:
                let (take, skip) = try amounts(limit.count, limit.offset)
                relation = "SELECT q.row, q.ord FROM (\(relation)) q ORDER BY q.ord LIMIT \(text.bind(take)) OFFSET \(text.bind(skip))"
            case let select as SelectStage:
                selected = []
                for name in select.fields { selected.append(try field(name, in: fields, kind: kind).name) }
            case let count as CountStage where count.keys.isEmpty:
                try nothingFollows(stages.dropFirst(), what: "'count' gives one number, so nothing can follow it")
                return ServerPlan(sql: "SELECT count(*) FROM (\(relation)) q", text: text, output: .count)
            case let count as CountStage:
                let keys = count.keys
                guard count.normalisation.rate == nil, count.normalisation.share == nil else {
                    throw Diagnostic(.semantic, "'per' and 'share' after 'count by' are not supported on PostgreSQL yet", at: stage.range)
                }
                guard keys.count == 1 else {
                    throw Diagnostic(.semantic, "'count by' several fields is not supported on PostgreSQL yet", at: stage.range)
                }
                let key = try field(keys[0], in: fields, kind: kind)
                return try groups(by: key, relation: relation, kind: kind, after: stages.dropFirst(), text: &text)
            default:
                throw Diagnostic(.semantic, "the stage '\(stageName(stage))' is not supported on PostgreSQL yet", at: stage.range,
                                 notes: ["the server runs where, sort by, limit, select, count and count by so far"])
            }
            stages = stages.dropFirst()
        }
        let shown = selected.compactMap { name in fields.first { $0.name == name } }
        let columns = shown.flatMap { $0.columns.map(\.sql) }
        let sql = "SELECT \(columns.joined(separator: ", ")) \(join(relation, kind)) ORDER BY q.ord"
        return ServerPlan(sql: sql, text: text, output: .records(kind, shown))
    }

    /// `count by FIELD`, then at most a `limit`, which applies to the groups in krant's order.
    private func groups(by key: ServerField, relation: String, kind: RowKind, after rest: ArraySlice<Stage>,
                        text: inout SQLText) throws -> ServerPlan {
        var limit: (Int, Int)?
        if let stage = rest.first {
            guard let limitStage = stage.operation as? LimitStage else {
                throw Diagnostic(.semantic, "stages after 'count by' other than 'limit' are not supported on PostgreSQL yet", at: stage.range)
            }
            limit = try amounts(limitStage.count, limitStage.offset)
            try nothingFollows(rest.dropFirst(), what: "stages after 'count by … | limit' are not supported on PostgreSQL yet")
        }
        let sql: String
        if let columns = key.groupColumns {
            let list = columns.joined(separator: ", ")
            sql = "SELECT \(list), count(*) \(join(relation, kind)) GROUP BY \(columns.indices.map { String($0 + 1) }.joined(separator: ", "))"
        } else {
            // The actor list: each row counts once for every distinct actor it mentions.
            let unit = kind == .articles ? "article" : "sentence"
            sql = """
                SELECT ac.name, count(*) FROM (\(relation)) q JOIN (SELECT DISTINCT m.\(unit), m.actor FROM krant.mentions m) m \
                ON m.\(unit) = q.row JOIN krant.actors ac ON ac.actor = m.actor GROUP BY ac.name
                """
        }
        return ServerPlan(sql: sql, text: text, output: .groups(key, limit: limit))
    }

    private func join(_ relation: String, _ kind: RowKind) -> String {
        kind == .articles
            ? "FROM (\(relation)) q JOIN krant.articles a ON a.article = q.row"
            : "FROM (\(relation)) q JOIN krant.sentences s ON s.sentence = q.row JOIN krant.articles a ON a.article = s.article"
    }

    private func field(_ name: Name, in fields: [ServerField], kind: RowKind) throws -> ServerField {
        if let field = fields.first(where: { $0.name == name.text.lowercased() }) { return field }
        throw Diagnostic(.semantic, "unknown field '\(name.text)'", at: name.range,
                         notes: ["\(kind.rawValue) have: \(fields.map(\.name).joined(separator: ", "))"])
    }

    private func amounts(_ count: Literal, _ offset: Literal?) throws -> (Int, Int) {
        func amount(_ literal: Literal, _ word: String) throws -> Int {
            guard case .integer(let value) = literal.kind, value >= 0 else {
                throw Diagnostic(.semantic, "'\(word)' takes a whole number of 0 or more", at: literal.range)
            }
            return value
        }
        return (try amount(count, "limit"), try offset.map { try amount($0, "offset") } ?? 0)
    }

    private func nothingFollows(_ rest: ArraySlice<Stage>, what message: String) throws {
        if let stage = rest.first {
            throw Diagnostic(.semantic, message, at: stage.range)
        }
    }

    private func sourceName(_ node: SourceNode) -> String {
        switch node.kind {
        case .table(let keyword): keyword.rawValue
        case .variable(let name): name
        }
    }

    private func stageName(_ stage: Stage) -> String {
        switch stage.operation {
        case let expand as ExpandStage: expand.target.rawValue
        case let terms as TermsStage: "\(terms.kind)"
        default: type(of: stage.operation).help.starts[0]
        }
    }
}
