import Foundation
import PostgresNIO

/// Where a PostgreSQL database is and who connects to it, from a `postgresql://` URL filled in from the
/// `PG*` environment and the password file, as libpq does.
///
///     let endpoint = try PostgresEndpoint(url: "postgresql://krant@localhost:5433/news")
///     print(endpoint)   // postgresql://krant@localhost:5433/news, never the password
public struct PostgresEndpoint: Sendable, CustomStringConvertible {
    public let host: String
    public let port: Int
    public let username: String
    public let database: String
    let password: String?

    /// Whether a `--corpus` argument names a database rather than files.
    public static func isDatabaseURL(_ text: String) -> Bool {
        text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
    }

    /// Reads `postgresql://[user[:password]@][host][:port][/database]`; what the URL leaves out comes from
    /// `PGHOST`, `PGPORT`, `PGUSER`, `PGDATABASE` and `PGPASSWORD`, else the password file (`PGPASSFILE`, else
    /// `~/.pgpass`), else libpq's defaults.
    public init(url text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(PostgresBackendError) {
        guard Self.isDatabaseURL(text), let components = URLComponents(string: text) else {
            throw .badURL("'\(Self.redacted(text))' is not a postgresql:// address")
        }
        func nonEmpty(_ value: String?) -> String? { value.flatMap { $0.isEmpty ? nil : $0 } }
        host = nonEmpty(components.host) ?? nonEmpty(environment["PGHOST"]) ?? "localhost"
        guard let port = components.port ?? nonEmpty(environment["PGPORT"]).map({ Int($0) }) ?? 5432 else {
            throw .badURL("PGPORT is not a port number")
        }
        self.port = port
        username = nonEmpty(components.user) ?? nonEmpty(environment["PGUSER"]) ?? nonEmpty(environment["USER"]) ?? "postgres"
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = nonEmpty(path) ?? nonEmpty(environment["PGDATABASE"]) ?? username
        password = nonEmpty(components.password) ?? nonEmpty(environment["PGPASSWORD"])
            ?? Self.passwordFromFile(environment: environment, host: host, port: port, database: database, username: username)
    }

    /// The address without its password, for messages.
    public var description: String { "postgresql://\(username)@\(host):\(port)/\(database)" }

    /// The settings PostgresNIO connects with; TLS is not asked for yet.
    var configuration: PostgresConnection.Configuration {
        PostgresConnection.Configuration(host: host, port: port, username: username, password: password, database: database, tls: .disable)
    }

    /// A URL as typed, its password replaced, for messages about a URL that could not be read.
    static func redacted(_ text: String) -> String {
        guard let components = URLComponents(string: text), components.password != nil else {
            return text.contains("@") ? "postgresql://…" : text
        }
        var copy = components
        copy.password = "…"
        return copy.string ?? "postgresql://…"
    }

    /// `text` with the password of every `postgresql://` or `postgres://` address in it replaced by `…`, for
    /// anything kept or shown that a user typed (the history file).
    ///
    ///     PostgresEndpoint.redactingPasswords(in: ".open postgresql://ann:secret@db/news")   // …//ann:…@db/news
    public static func redactingPasswords(in text: String) -> String {
        text.replacing(/(postgres(?:ql)?:\/\/[^\s:\/@]*):[^\s@\/]*@/) { "\($0.output.1):…@" }
    }

    /// The first line of the password file whose host, port, database and user fields match (`*` matches any).
    private static func passwordFromFile(environment: [String: String], host: String, port: Int, database: String, username: String) -> String? {
        let path = environment["PGPASSFILE"] ?? environment["HOME"].map { $0 + "/.pgpass" }
        guard let path, let contents = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        let wanted = [host, String(port), database, username]
        for line in contents.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = passFileFields(line)
            guard fields.count == 5 else { continue }
            if zip(fields, wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// A password file line split at `:`, with `\:` and `\\` standing for themselves.
    private static func passFileFields(_ line: Substring) -> [String] {
        var fields: [String] = [], current = "", escaped = false
        for character in line {
            if escaped { current.append(character); escaped = false }
            else if character == "\\" { escaped = true }
            else if character == ":" { fields.append(current); current = "" }
            else { current.append(character) }
        }
        fields.append(current)
        return fields
    }
}
