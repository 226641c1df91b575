import KrantCorpus
import KrantQuery
import PostgresNIO

/// Runs statements of krant's language on a database written by `krant export`: each statement is compiled to
/// one SQL query with its values bound, and only the result rows come back.
///
///     let session = try await PostgresSession.open(PostgresEndpoint(url: "postgresql://localhost/news"))
///     let result = try await session.run("articles where actor = \"NAVO\" | count by year")
///     try await session.close()
///
/// The server runs a subset of the language so far (see `StatementCompiler`); a statement outside it fails
/// with a message that names the part it does not run. When the server closes the connection, the statement
/// fails with a message saying so, and the next one connects again; names bound with `let` are kept here, so
/// they survive that.
public actor PostgresSession {
    public nonisolated let endpoint: PostgresEndpoint
    /// Nil after the connection was lost, until the next statement connects again.
    private var connection: PostgresConnection?
    private var variables: [String: BoundRows] = [:]

    private init(connection: PostgresConnection, endpoint: PostgresEndpoint) {
        self.connection = connection
        self.endpoint = endpoint
    }

    /// Connects, and checks that the database holds an export this krant reads.
    public static func open(_ endpoint: PostgresEndpoint) async throws -> PostgresSession {
        let connection = try await PostgresDatabase.connect(endpoint)
        let session = PostgresSession(connection: connection, endpoint: endpoint)
        do {
            try await Self.configure(connection)
            try await session.checkSchema()
        } catch {
            try? await connection.close()
            throw error
        }
        return session
    }

    public func close() async throws {
        try await connection?.close()
        connection = nil
    }

    /// The names bound with `let`, with the kind and number of their rows.
    public var bindings: [(name: String, kind: RowKind, count: Int)] {
        variables.keys.sorted().map { ($0, variables[$0]!.kind, variables[$0]!.rows.count) }
    }

    /// Parses and runs every statement of `text`, in order; stops at the first error.
    public func run(_ text: String, name: String = "<query>") async throws -> [ServerResult] {
        let source = QuerySource(text, name: name)
        var results: [ServerResult] = []
        for statement in try Parser.parse(source) {
            results.append(try await run(statement, in: source))
        }
        return results
    }

    /// Runs one parsed statement. A statement the server does not run, or a wrong one, throws a `QueryError`
    /// pointing into `source`; a failure of the server or the connection, a `PostgresBackendError`.
    public func run(_ statement: Statement, in source: QuerySource) async throws -> ServerResult {
        let plan: ServerPlan
        do {
            let compiler = StatementCompiler(resolveActors: { try await self.actors(named: $0) }, variables: variables)
            plan = try await compiler.compile(statement)
        } catch let diagnostic as Diagnostic {
            throw QueryError(diagnostic: diagnostic, source: source)
        }
        if plan.explains { return try await explain(plan) }
        let rows = try await query(plan.text.query(plan.sql))
        switch plan.output {
        case .count(let kind):
            return ServerResult(content: .count(try rows.first?[0].decode(Int.self) ?? 0), kind: kind, sql: plan.sql)
        case .binding(let name, let kind):
            let bound = BoundRows(kind: kind, rows: try rows.map { try $0[0].decode(Int.self) })
            variables[name] = bound
            return ServerResult(kind: kind, sql: plan.sql, binding: name, boundCount: bound.rows.count)
        case .records(let kind, let fields):
            var values: [[Value]] = []
            for row in rows {
                var cells = row.makeIterator()
                values.append(try fields.map { field in
                    field.value(try field.columns.map { try Self.decode(cells.next()!, as: $0.cell) })
                })
            }
            return ServerResult(kind: kind, columns: fields.map(\.name), columnTypes: fields.map(\.type), rows: values, sql: plan.sql)
        case .timeline(let timeline):
            return try await self.timeline(timeline, plan: plan)
        case .cooccurrences(let cooccurrence, let limit):
            var result = try await self.cooccurrences(cooccurrence, pairs: rows, plan: plan)
            if let (take, skip) = limit { result = result.limited(to: take, skipping: skip) }
            return result
        case .groups(let keys, let limit):
            var ordered = GroupOrder.ordered(try Self.groupCounts(rows, keys: keys), keys: keys.map { ($0.name, $0.type) })
            var columns = zip(GroupOrder.columnNames(keys.map(\.name)), keys).map { (name: $0, type: $1.type) }
                + [(name: "count", type: FieldType.integer)]
            var notes: [String] = []
            if let normalisation = plan.normalisation {
                try await normalise(&ordered, columns: &columns, notes: &notes, normalisation, plan: plan)
            }
            if let (take, skip) = limit { ordered = Array(ordered.dropFirst(min(skip, ordered.count)).prefix(take)) }
            return ServerResult(kind: .groups, columns: columns.map(\.name), columnTypes: columns.map(\.type),
                                rows: ordered, sql: plan.sql, notes: notes)
        }
    }

    /// The count of each combination of key values, from rows of key columns and a count; a key value met
    /// twice (an actor list joined row by row) adds up.
    private static func groupCounts(_ rows: [PostgresRandomAccessRow], keys: [ServerField]) throws -> [[Value]: Int] {
        var counts: [[Value]: Int] = [:]
        for row in rows {
            var cells = row.makeIterator()
            let key: [Value] = try keys.map { key in
                guard let columns = key.groupColumns else { return try Self.decode(cells.next()!, as: .text).value }
                return key.value(try columns.indices.map { try Self.decode(cells.next()!, as: key.columns[$0].cell) })
            }
            counts[key, default: 0] += try cells.next()!.decode(Int.self)
        }
        return counts
    }

    /// Adds the rate and share columns of `per` and `share` to ordered groups, from the base table's groups and
    /// the number of rows counted, which the server counts in queries of their own.
    private func normalise(_ records: inout [[Value]], columns: inout [(name: String, type: FieldType)], notes: inout [String],
                           _ normalisation: ServerPlan.Normalisation, plan: ServerPlan) async throws {
        var rate: (per: Int, base: RowKind, baseCounts: [[Value]: Int])?
        if let asked = normalisation.rate {
            let baseCounts = try Self.groupCounts(try await query(PostgresQuery(unsafeSQL: asked.sql)), keys: asked.keys)
            rate = (asked.per, asked.base, baseCounts)
        }
        var share: (total: Int, counted: RowKind)?
        if let totalSQL = normalisation.totalSQL {
            let total = try await query(plan.text.query(totalSQL)).first?[0].decode(Int.self) ?? 0
            share = (total, normalisation.counted)
        }
        GroupRates.append(to: &records, columns: &columns, notes: &notes, keys: normalisation.keys, rate: rate, share: share)
    }

    /// A timeline's counts from the server, made into the in-memory table.
    private func timeline(_ timeline: TimelineSQL, plan: ServerPlan) async throws -> ServerResult {
        var names: [String] = []
        for actor in timeline.actors {
            var text = SQLText()
            let placeholder = text.bind(actor)
            let rows = try await query(text.query("SELECT name FROM krant.actors WHERE actor = \(placeholder)"))
            names.append(try rows.first?[0].decode(String.self) ?? "")
        }
        var table = TimelineTable(precision: timeline.precision, columns: timeline.actors.isEmpty ? ["count"] : names,
                                  byActor: !timeline.actors.isEmpty)
        let period = timeline.period
        func date(_ cells: inout PostgresRandomAccessRow.Iterator) throws -> CorpusDate? {
            let value = period.value(try (0..<3).map { _ in try Self.decode(cells.next()!, as: .integer) })
            if case .date(let date) = value { return date }
            return nil
        }
        for row in try await query(plan.text.query(timeline.countSQL)) {
            var cells = row.makeIterator()
            let column = try cells.next()!.decode(Int.self)
            guard let date = try date(&cells) else { continue }
            table.counts[date, default: Array(repeating: 0, count: table.columns.count)][column] += try cells.next()!.decode(Int.self)
        }
        if let leftOut = try await query(plan.text.query(timeline.leftOutSQL)).first {
            (table.undated, table.coarser) = (try leftOut[0].decode(Int.self), try leftOut[1].decode(Int.self))
        }
        var rate: (per: Int, base: RowKind, sizes: [CorpusDate: Int])?
        if let asked = timeline.rate {
            var sizes: [CorpusDate: Int] = [:]
            for row in try await query(PostgresQuery(unsafeSQL: asked.sql)) {
                var cells = row.makeIterator()
                guard let date = try date(&cells) else { continue }
                sizes[date] = try cells.next()!.decode(Int.self)
            }
            rate = (asked.per, asked.base, sizes)
        }
        let (records, columns, notes) = table.table(of: timeline.kind, rate: rate, share: timeline.share)
        return ServerResult(kind: .timeline, columns: columns.map(\.name), columnTypes: columns.map(\.type), rows: records,
                            sql: plan.sql, notes: notes)
    }

    /// The pairs counted on the server, with each actor's units, the base, names and name ranks, made into the
    /// in-memory table.
    private func cooccurrences(_ cooccurrence: CooccurrenceSQL, pairs rows: [PostgresRandomAccessRow], plan: ServerPlan) async throws -> ServerResult {
        var single: [Int: Int] = [:]
        var units = 0
        for row in try await query(plan.text.query(cooccurrence.singleSQL)) {
            single[try row[0].decode(Int.self)] = try row[1].decode(Int.self)
            units = try row[2].decode(Int.self)
        }
        let pairs = try rows.map { (first: try $0[0].decode(Int.self), second: try $0[1].decode(Int.self), together: try $0[2].decode(Int.self)) }
        var names: [Int: (name: String, rank: Int32)] = [:]
        let named = Array(Set(pairs.flatMap { [$0.first, $0.second] } + (cooccurrence.focus ?? []))).sorted()
        if !named.isEmpty {
            var text = SQLText()
            let list = text.bind(named)
            for row in try await query(text.query("SELECT actor, name, name_rank FROM krant.actors WHERE actor = ANY(\(list)::bigint[])")) {
                names[try row[0].decode(Int.self)] = (try row[1].decode(String.self), Int32(try row[2].decode(Int.self)))
            }
        }
        let records = CooccurrenceTable.rows(pairs: pairs, single: { single[$0] ?? 0 }, units: units, minimum: cooccurrence.minimum,
                                             focus: cooccurrence.focus, name: { names[$0]?.name ?? "" }, rank: { names[$0]?.rank ?? 0 })
        let notes = CooccurrenceTable.notes(units: units, single: { single[$0] ?? 0 }, focus: cooccurrence.focus,
                                            name: { names[$0]?.name ?? "" }, byArticle: cooccurrence.byArticle, kind: cooccurrence.kind)
        let columns = CooccurrenceTable.columns
        return ServerResult(kind: .cooccurrences, columns: columns.map(\.name), columnTypes: columns.map(\.type), rows: records,
                            sql: plan.sql, notes: notes)
    }

    /// `| explain`: the SQL with its placeholders, each bound value beside its placeholder, and the plan the
    /// server would follow, without running the statement.
    private func explain(_ plan: ServerPlan) async throws -> ServerResult {
        var rows: [[Value]] = []
        for (number, line) in SQLLayout.lines(of: plan.sql).enumerated() {
            rows.append([.text(number == 0 ? "sql" : ""), .text(line)])
        }
        for (number, value) in plan.text.shownValues.enumerated() {
            rows.append([.text("$\(number + 1)"), .text(value.shown)])
        }
        for (number, row) in try await query(plan.text.query("EXPLAIN " + plan.sql)).enumerated() {
            rows.append([.text(number == 0 ? "plan" : ""), .text(try row[0].decode(String.self))])
        }
        return ServerResult(kind: .explanation, columns: ["part", "text"], columnTypes: [.text, .text], rows: rows, sql: plan.sql)
    }

    /// The actors a name stands for, as krant resolves it: the actor whose canonical name it is, else every
    /// actor with that form, compared folded.
    func actors(named name: String) async throws -> [Int] {
        let key = Folding.fold(name.trimmingCharacters(in: .whitespaces))
        var text = SQLText()
        let name = text.bind(key)
        let canonical = try await query(text.query("SELECT actor FROM krant.actors WHERE name_folded = \(name) ORDER BY actor LIMIT 1"))
        if let row = canonical.first { return [try row[0].decode(Int.self)] }
        let rows = try await query(text.query("SELECT DISTINCT actor FROM krant.actor_forms WHERE form_folded = \(name) ORDER BY actor"))
        return try rows.map { try $0[0].decode(Int.self) }
    }

    /// What the export recorded: `schema_version`, `format_version`, `gazetteer_fingerprint`, `articles`, `exported_at`.
    public func metadata() async throws -> [String: String] {
        var entries: [String: String] = [:]
        for row in try await query("SELECT key, value FROM krant.krant_meta") {
            entries[try row[0].decode(String.self)] = try row[1].decode(String.self)
        }
        return entries
    }

    private func checkSchema() async throws {
        let rows: [PostgresRandomAccessRow]
        do {
            rows = try await query("SELECT value FROM krant.krant_meta WHERE key = 'schema_version'")
        } catch {
            throw PostgresBackendError.schema("\(endpoint) holds no krant export; write one with: krant export --corpus PATH --to \(endpoint)")
        }
        let version = try rows.first.map { try $0[0].decode(String.self) }
        guard version == String(PostgresSchema.version) else {
            throw PostgresBackendError.schema("\(endpoint) holds a krant export of schema version \(version ?? "unknown"), and this krant reads version \(PostgresSchema.version); export the corpus again")
        }
    }

    /// Settings for every statement of the session. A coordinator whose partitions are foreign tables was seen to
    /// wait without end (wait event `AppendReady`, PostgreSQL 15) when a condition such as `text contains "…" or …`
    /// became a subplan over asynchronous foreign scans inside another asynchronous foreign scan's filter; without
    /// asynchronous appends it answers at once. On a single server the setting changes nothing.
    private static func configure(_ connection: PostgresConnection) async throws(PostgresBackendError) {
        do {
            try await connection.query("SET enable_async_append = off", logger: PostgresDatabase.logger)
        } catch {
            throw PostgresDatabase.describe(error)
        }
    }

    /// The open connection, or a new one when the server closed the last.
    private func openConnection() async throws -> PostgresConnection {
        if let connection, !connection.isClosed { return connection }
        connection = nil
        do {
            let fresh = try await PostgresDatabase.connectOnce(endpoint)
            try await Self.configure(fresh)
            connection = fresh
            return fresh
        } catch {
            throw PostgresBackendError.connection(
                "the database server closed the connection to \(endpoint), and connecting again failed: \(PostgresDatabase.message(of: error)); "
                + "the next statement tries again")
        }
    }

    /// Runs a query and reads all its rows; a failure becomes a `PostgresBackendError` with the server's message.
    private func query(_ query: PostgresQuery) async throws -> [PostgresRandomAccessRow] {
        let connection = try await openConnection()
        do {
            var rows: [PostgresRandomAccessRow] = []
            for try await row in try await connection.query(query, logger: PostgresDatabase.logger) {
                rows.append(row.makeRandomAccess())
            }
            return rows
        } catch {
            guard PostgresDatabase.isConnectionLost(error) || connection.isClosed else { throw PostgresDatabase.describe(error) }
            self.connection = nil
            try? await connection.close()
            throw PostgresBackendError.connection(
                "the database server closed the connection to \(endpoint) (\(PostgresDatabase.message(of: error))); the next statement connects again")
        }
    }

    private static func decode(_ cell: PostgresCell, as kind: ServerField.Cell) throws -> DecodedCell {
        switch kind {
        case .text: .text(try cell.decode(String?.self))
        case .integer: .integer(try cell.decode(Int?.self))
        case .textList: .textList(try cell.decode([String].self))
        }
    }
}
