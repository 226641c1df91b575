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
/// with a message that names the part it does not run.
public final class PostgresSession: Sendable {
    private let connection: PostgresConnection
    public let endpoint: PostgresEndpoint

    private init(connection: PostgresConnection, endpoint: PostgresEndpoint) {
        self.connection = connection
        self.endpoint = endpoint
    }

    /// Connects, and checks that the database holds an export this krant reads.
    public static func open(_ endpoint: PostgresEndpoint) async throws -> PostgresSession {
        let connection = try await PostgresDatabase.connect(endpoint)
        let session = PostgresSession(connection: connection, endpoint: endpoint)
        do {
            try await session.checkSchema()
        } catch {
            try? await connection.close()
            throw error
        }
        return session
    }

    public func close() async throws {
        try await connection.close()
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

    /// Runs one parsed statement.
    public func run(_ statement: Statement, in source: QuerySource) async throws -> ServerResult {
        let plan: ServerPlan
        do {
            plan = try await StatementCompiler(resolveActors: { try await self.actors(named: $0) }).compile(statement)
        } catch let diagnostic as Diagnostic {
            throw QueryError(diagnostic: diagnostic, source: source)
        }
        let rows = try await query(plan.text.query(plan.sql))
        switch plan.output {
        case .count:
            let count = try rows.first?[0].decode(Int.self) ?? 0
            return ServerResult(content: .count(count), kind: statement.pipeline.source.kind == .table(.sentences) ? .sentences : .articles,
                                columns: [], rows: [], sql: plan.sql)
        case .records(let kind, let fields):
            var values: [[Value]] = []
            for row in rows {
                var cells = row.makeIterator()
                values.append(try fields.map { field in
                    field.value(try field.columns.map { try Self.decode(cells.next()!, as: $0.cell) })
                })
            }
            return ServerResult(content: .rows, kind: kind, columns: fields.map(\.name), rows: values, sql: plan.sql)
        case .groups(let key, let limit):
            var counts: [Value: Int] = [:]
            for row in rows {
                let cells = Array(row)
                let keyValue: Value = if let columns = key.groupColumns {
                    key.value(try columns.indices.map { try Self.decode(cells[$0], as: key.columns[$0].cell) })
                } else {
                    try Self.decode(cells[0], as: .text).value
                }
                counts[keyValue, default: 0] += try cells[cells.count - 1].decode(Int.self)
            }
            var ordered = GroupOrder.ordered(counts, key: key)
            if let (take, skip) = limit { ordered = Array(ordered.dropFirst(min(skip, ordered.count)).prefix(take)) }
            return ServerResult(content: .rows, kind: .groups, columns: [key.name, "count"], rows: ordered, sql: plan.sql)
        }
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

    /// Runs a query and reads all its rows; a failure becomes a `PostgresBackendError` with the server's message.
    private func query(_ query: PostgresQuery) async throws -> [PostgresRandomAccessRow] {
        do {
            var rows: [PostgresRandomAccessRow] = []
            for try await row in try await connection.query(query, logger: PostgresDatabase.logger) {
                rows.append(row.makeRandomAccess())
            }
            return rows
        } catch {
            throw PostgresDatabase.describe(error)
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
