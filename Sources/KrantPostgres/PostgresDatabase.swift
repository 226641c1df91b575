import Logging
import PostgresNIO

/// Opening connections, and turning PostgresNIO's errors into messages for the user.
enum PostgresDatabase {
    /// PostgresNIO logs nothing krant shows; what goes wrong is thrown.
    static let logger = Logger(label: "krant.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    static func connect(_ endpoint: PostgresEndpoint) async throws(PostgresBackendError) -> PostgresConnection {
        do {
            return try await connectOnce(endpoint)
        } catch {
            throw .connection("cannot connect to \(endpoint): \(message(of: error))")
        }
    }

    /// A connection, or PostgresNIO's error, for callers that word the failure themselves.
    static func connectOnce(_ endpoint: PostgresEndpoint) async throws -> PostgresConnection {
        try await PostgresConnection.connect(configuration: endpoint.configuration, id: 1, logger: logger)
    }

    /// A thrown error as a `PostgresBackendError`, with the server's own message where it sent one.
    static func describe(_ error: any Error) -> PostgresBackendError {
        if let error = error as? PostgresBackendError { return error }
        return .server("the server failed: \(message(of: error))")
    }

    /// Whether an error means the connection is gone: the server closed it (a shutdown or restart ends every
    /// session with SQLSTATE class 57), or the network failed.
    static func isConnectionLost(_ error: any Error) -> Bool {
        guard let error = error as? PSQLError else { return false }
        switch error.code {
        case .serverClosedConnection, .clientClosedConnection, .connectionError, .uncleanShutdown: return true
        default: return error.serverInfo?[.sqlState]?.hasPrefix("57P0") ?? false
        }
    }

    /// The server's message (`relation "krant.articles" does not exist`), else the error's own words; never the
    /// query's bound values, which `PSQLError`'s description could hold.
    static func message(of error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            switch error.code {
            case .connectionError: return "no server answers at that address"
            case .serverClosedConnection, .uncleanShutdown: return "the server ended the connection"
            default: return "\(error.code)"
            }
        }
        return "\(error)"
    }
}
