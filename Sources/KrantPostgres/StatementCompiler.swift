import KrantCorpus
import KrantQuery

/// Compiles a statement of the server's subset of the language to one SQL query.
///
/// Rows flow between stages as `(row, ord)` (see `ServerRows`): the article number, sentence, mention or actor
/// position, and its place in the current order, which `sort` renumbers with the rows' old order as the last key,
/// so that ties keep their order as krant's stable sort keeps them.
struct StatementCompiler: Sendable {
    let resolveActors: @Sendable (String) async throws -> [Int]
    /// The rows bound with `let` so far, which later statements read as sources.
    var variables: [String: BoundRows] = [:]

    func compile(_ statement: Statement) async throws -> ServerPlan {
        var stages = statement.pipeline.stages[...]
        // `explain` shows the plan of the pipeline before it, so the rest compiles as if it were not there.
        let explains = stages.last.map(isExplain) ?? false
        if explains { stages = stages.dropLast() }
        let plan = try await compile(statement.pipeline.source, stages, text: SQLText())
        guard let binding = statement.binding else { return explains ? plan.explained() : plan }
        guard case .records(let kind, _) = plan.output, kind != .actors else {
            if case .records = plan.output {
                throw Diagnostic(.semantic, "'let' over actors is not supported on PostgreSQL yet", at: statement.range,
                                 notes: ["an actor table's counts belong to the rows it was made from; the server keeps only row numbers"])
            }
            if case .timeline = plan.output {
                throw Diagnostic(.semantic, "'let' over a timeline is not supported on PostgreSQL yet", at: statement.range)
            }
            if case .cooccurrences = plan.output {
                throw Diagnostic(.semantic, "'let' over 'cooccur' is not supported on PostgreSQL yet", at: statement.range)
            }
            throw Diagnostic(.semantic, plan.isCount ? "'let' binds rows, and 'count' gives a number"
                                : "'let' over the groups of 'count by' is not supported on PostgreSQL yet",
                             at: statement.range, help: plan.isCount ? "bind the rows, then count them: let x = …; x | count" : nil)
        }
        let bound = ServerPlan(sql: plan.rowSQL, text: plan.text, output: .binding(binding.text, kind))
        return explains ? bound.explained() : bound
    }

    private func compile(_ source: SourceNode, _ stages: ArraySlice<Stage>, text: SQLText) async throws -> ServerPlan {
        var text = text
        var rows: ServerRows
        var relation: String
        var condition = source.condition
        switch source.kind {
        case .table(let table):
            guard let kind = ServerRows.kinds.first(where: { $0.rawValue == table.rawValue }) else {
                throw Diagnostic(.semantic, "the source '\(sourceName(source))' is not supported on PostgreSQL yet", at: source.range,
                                 notes: ["the server reads articles, sentences, mentions and actors so far"])
            }
            rows = ServerRows(kind: kind)
            relation = rows.table
            if let tested = condition {
                relation = rows.table(where: try await test(tested, rows, into: &text))
                condition = nil
            }
        case .variable(let name):
            guard let bound = variables[name] else {
                let range = source.range.lowerBound..<(source.range.lowerBound + name.utf8.count)
                throw Diagnostic(.semantic, "unknown source '\(name)'", at: range,
                                 notes: variables.isEmpty ? ["names made with 'let' are sources too; none is bound yet"] : [],
                                 help: Suggestions.didYouMean(name, among: ["articles", "sentences", "mentions", "actors"] + variables.keys))
            }
            rows = ServerRows(kind: bound.kind)
            // The rows travel as one bound array, in their order: a name survives a reconnection, and no row
            // number is ever written into the SQL.
            relation = "SELECT v.row, v.ord FROM unnest(\(text.bind(bound.rows))::bigint[]) WITH ORDINALITY AS v(row, ord)"
        }
        if let condition {
            relation = try await filter(relation, rows, by: condition, into: &text)
        }
        var selected = Query.defaultColumns(of: rows.kind)
        var stages = stages
        while let stage = stages.first {
            let fields = ServerField.fields(of: rows.kind)
            switch stage.operation {
            case let filter as WhereStage:
                relation = try await self.filter(relation, rows, by: filter.condition, into: &text)
            case let sort as SortStage:
                var order: [String] = []
                for key in sort.keys {
                    let field = try self.field(key.field, in: fields, kind: rows.kind)
                    guard let sortKeys = field.sortKeys else {
                        throw Diagnostic(.semantic, "sorting by '\(field.name)' is not supported on PostgreSQL yet", at: key.field.range)
                    }
                    order += sortKeys.map { $0 + (key.descending ? " DESC" : " ASC") + " NULLS LAST" }
                }
                relation = """
                    SELECT q.row, row_number() OVER (ORDER BY \((order + ["q.ord"]).joined(separator: ", "))) AS ord\(rows.carried) \
                    \(rows.join(relation))
                    """
            case let limit as LimitStage:
                let (take, skip) = try amounts(limit.count, limit.offset)
                relation = "SELECT q.row, q.ord\(rows.carried) FROM (\(relation)) q ORDER BY q.ord LIMIT \(text.bind(take)) OFFSET \(text.bind(skip))"
            case let select as SelectStage:
                selected = []
                for name in select.fields { selected.append(try field(name, in: fields, kind: rows.kind).name) }
            case let expand as ExpandStage:
                guard rows.kind != .actors else {
                    throw Diagnostic(.semantic, "'\(expand.target.rawValue)' needs articles, sentences or mentions, but these rows are actors",
                                     at: stage.range)
                }
                if expand.target == .actors {
                    relation = ServerRows.actorTable(mentions: rows.expanded(relation, to: .mentions), includingUnmentioned: false)
                } else {
                    relation = rows.expanded(relation, to: expand.target)
                }
                rows = ServerRows(kind: expand.target)
                selected = Query.defaultColumns(of: rows.kind)
            case let count as CountStage where count.keys.isEmpty:
                try nothingFollows(stages.dropFirst(), what: "'count' gives one number, so nothing can follow it")
                return ServerPlan(sql: "SELECT count(*) FROM (\(relation)) q", text: text, output: .count(rows.kind))
            case let count as CountStage:
                var keys: [ServerField] = []
                for name in count.keys { keys.append(try field(name, in: fields, kind: rows.kind)) }
                var plan = try groups(by: keys, relation: relation, rows: rows, after: stages.dropFirst(), text: text)
                plan.normalisation = try normalisation(count, counting: relation, of: rows.kind)
                return plan
            case let timeline as TimelineStage:
                let translator = ConditionTranslator(kind: rows.kind, resolveActors: resolveActors)
                let plan = try await TimelineSQL.plan(timeline, over: relation, rows: rows, translator: translator, at: stage.range, text: &text)
                try nothingFollows(stages.dropFirst(), what: "stages after 'timeline' are not supported on PostgreSQL yet")
                return ServerPlan(sql: plan.countSQL, text: text, output: .timeline(plan))
            case let cooccurrence as CooccurrenceStage:
                let translator = ConditionTranslator(kind: rows.kind, resolveActors: resolveActors)
                let plan = try await CooccurrenceSQL.plan(cooccurrence, over: relation, rows: rows, translator: translator,
                                                          at: stage.range, text: &text)
                let limit = try limitOnly(after: stages.dropFirst(), of: "cooccur")
                return ServerPlan(sql: plan.pairSQL, text: text, output: .cooccurrences(plan, limit: limit))
            case is ExplainStage:
                throw Diagnostic(.semantic, "'explain' comes last, after the pipeline it explains", at: stage.range)
            default:
                throw Diagnostic(.semantic, "the stage '\(stageName(stage))' is not supported on PostgreSQL yet", at: stage.range,
                                 notes: ["the server runs where, sort by, limit, select, count, count by, sentences, mentions, actors, "
                                         + "timeline, cooccur and explain so far"])
            }
            stages = stages.dropFirst()
        }
        let fields = ServerField.fields(of: rows.kind)
        let shown = selected.compactMap { name in fields.first { $0.name == name } }
        let columns = shown.flatMap { $0.columns.map(\.sql) }
        let sql = "SELECT \(columns.joined(separator: ", ")) \(rows.join(relation)) ORDER BY q.ord"
        return ServerPlan(sql: sql, text: text, output: .records(rows.kind, shown), rowSQL: "SELECT q.row FROM (\(relation)) q ORDER BY q.ord")
    }

    /// The rows of `relation` that satisfy `condition`, in their order.
    private func filter(_ relation: String, _ rows: ServerRows, by condition: Condition, into text: inout SQLText) async throws -> String {
        "SELECT q.row, q.ord\(rows.carried) \(rows.join(relation)) WHERE \(try await test(condition, rows, into: &text))"
    }

    private func test(_ condition: Condition, _ rows: ServerRows, into text: inout SQLText) async throws -> String {
        try await ConditionTranslator(kind: rows.kind, resolveActors: resolveActors).translate(condition, into: &text)
    }

    /// `count by FIELD, …`, then at most a `limit`, which applies to the groups in krant's order.
    private func groups(by keys: [ServerField], relation: String, rows: ServerRows, after rest: ArraySlice<Stage>,
                        text: SQLText) throws -> ServerPlan {
        let limit = try limitOnly(after: rest, of: "count by")
        return ServerPlan(sql: groupSQL(keys, relation: relation, rows: rows), text: text, output: .groups(keys, limit: limit))
    }

    /// After a stage whose rows are made on the client (`count by`, `cooccur`): at most a `limit`, which applies to
    /// those rows in krant's order.
    private func limitOnly(after rest: ArraySlice<Stage>, of name: String) throws -> (Int, Int)? {
        guard let stage = rest.first else { return nil }
        guard let limitStage = stage.operation as? LimitStage else {
            throw Diagnostic(.semantic, "stages after '\(name)' other than 'limit' are not supported on PostgreSQL yet", at: stage.range)
        }
        try nothingFollows(rest.dropFirst(), what: "stages after '\(name) … | limit' are not supported on PostgreSQL yet")
        return try amounts(limitStage.count, limitStage.offset)
    }

    /// Each combination of key values with its count; a row counts once for every distinct actor it mentions.
    private func groupSQL(_ keys: [ServerField], relation: String, rows: ServerRows) -> String {
        var columns: [String] = []
        var joins: [String] = []
        let unit = rows.kind == .articles ? "article" : "sentence"
        for (number, key) in keys.enumerated() {
            if let keyColumns = key.groupColumns {
                columns += keyColumns
            } else {
                joins.append("""
                    JOIN (SELECT DISTINCT m.\(unit), m.actor FROM krant.mentions m) m\(number) ON m\(number).\(unit) = q.row \
                    JOIN krant.actors ac\(number) ON ac\(number).actor = m\(number).actor
                    """)
                columns.append("ac\(number).name")
            }
        }
        let list = columns.joined(separator: ", ")
        let positions = columns.indices.map { String($0 + 1) }.joined(separator: ", ")
        return "SELECT \(list), count(*) \(rows.join(relation)) \(joins.joined(separator: " ")) GROUP BY \(positions)"
    }

    /// `per N articles|sentences` and `share` after `count by`: the queries for the base table's groups and for
    /// the number of rows counted, which the session divides by.
    private func normalisation(_ count: CountStage, counting relation: String, of kind: RowKind) throws -> ServerPlan.Normalisation? {
        let asked = count.normalisation
        guard asked.rate != nil || asked.share != nil else { return nil }
        var normalisation = ServerPlan.Normalisation(keys: count.keys.map(\.text), counted: kind)
        if let rate = asked.rate {
            let (per, base) = try GroupRates.checked(rate)
            let baseFields = ServerField.fields(of: base)
            var keys: [ServerField] = []
            for key in count.keys {
                guard let field = baseFields.first(where: { $0.name == key.text.lowercased() }) else {
                    throw GroupRates.missingKey(key, per: per, base: base, at: rate.base.range)
                }
                keys.append(field)
            }
            let baseRows = ServerRows(kind: base)
            normalisation.rate = .init(per: per, base: base, sql: groupSQL(keys, relation: baseRows.table, rows: baseRows), keys: keys)
        }
        if asked.share != nil { normalisation.totalSQL = "SELECT count(*) FROM (\(relation)) q" }
        return normalisation
    }

    private func field(_ name: Name, in fields: [ServerField], kind: RowKind) throws -> ServerField {
        if let field = fields.first(where: { $0.name == name.text.lowercased() }) { return field }
        throw FieldResolver.unknownField(name, of: kind, among: fields.map(\.name))
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

    private func isExplain(_ stage: Stage) -> Bool {
        stage.operation is ExplainStage
    }

    private func stageName(_ stage: Stage) -> String {
        switch stage.operation {
        case let expand as ExpandStage: expand.target.rawValue
        case let terms as TermsStage: "\(terms.kind)"
        default: type(of: stage.operation).help.starts[0]
        }
    }
}
