/// What went wrong talking to PostgreSQL, in words for the user; never holds a password.
public enum PostgresBackendError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The `--corpus`/`--to` address cannot be read.
    case badURL(String)
    /// The server could not be reached, or refused the login.
    case connection(String)
    /// The database holds no krant export, or one written by another version.
    case schema(String)
    /// The server failed a statement.
    case server(String)
    /// A statement uses a part of the language the server does not run yet; names that part.
    case unsupported(String)
    /// The statement is wrong, as the in-memory evaluator would also say.
    case query(String)

    public var description: String {
        switch self {
        case .badURL(let message), .connection(let message), .schema(let message), .server(let message), .query(let message):
            message
        case .unsupported(let part): "\(part) is not supported on PostgreSQL yet"
        }
    }
}
