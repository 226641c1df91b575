import Logging
import PostgresNIO

/// Opening connections, and turning PostgresNIO's errors into messages for the user.
enum PostgresDatabase {
    /// PostgresNIO logs nothing krant shows; what goes wrong is thrown.
    static let logger = Logger(label: "krant.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    static func connect(_ endpoint: PostgresEndpoint) async throws(PostgresBackendError) -> PostgresConnection {
        do {
            return try await PostgresConnection.connect(configuration: endpoint.configuration, id: 1, logger: logger)
        } catch {
            throw .connection("cannot connect to \(endpoint): \(message(of: error))")
        }
    }

    /// A thrown error as a `PostgresBackendError`, with the server's own message where it sent one.
    static func describe(_ error: any Error) -> PostgresBackendError {
        if let error = error as? PostgresBackendError { return error }
        return .server("the server failed: \(message(of: error))")
    }

    /// The server's message (`relation "krant.articles" does not exist`), else the error's own words; never the
    /// query's bound values, which `PSQLError`'s description could hold.
    static func message(of error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            return "\(error.code)"
        }
        return "\(error)"
    }
}
