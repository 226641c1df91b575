import Foundation
@testable import KrantPostgres
import KrantTestSupport
import Testing

/// Reading a database address as libpq does, without a server.
@Suite("PostgreSQL: addresses and credentials")
struct EndpointTests {
    let temporary = TemporaryFolders()

    @Test func theURLWinsOverTheEnvironment() throws {
        let endpoint = try PostgresEndpoint(url: "postgresql://ana:geheim@db.local:5439/kranten",
                                            environment: ["PGUSER": "other", "PGPASSWORD": "x", "PGHOST": "elsewhere"])
        #expect(endpoint.host == "db.local" && endpoint.port == 5439 && endpoint.username == "ana" && endpoint.database == "kranten")
        #expect(endpoint.password == "geheim")
        #expect(!endpoint.description.contains("geheim"))
    }

    @Test func whatTheURLLeavesOutComesFromTheEnvironment() throws {
        let endpoint = try PostgresEndpoint(url: "postgresql://", environment: ["PGHOST": "h", "PGPORT": "6000", "PGUSER": "u",
                                                                             "PGDATABASE": "d", "PGPASSWORD": "p"])
        #expect(endpoint.description == "postgresql://u@h:6000/d")
        #expect(endpoint.password == "p")
    }

    @Test func thePasswordFileMatchesHostPortDatabaseAndUser() throws {
        let folder = try temporary.make("pgpass")
        let file = folder.appending("pgpass")
        try "other:5432:*:ana:wrong\n# comment\ndb.local:*:kranten:ana:pa\\:ss\n".write(toFile: file, atomically: true, encoding: .utf8)
        let endpoint = try PostgresEndpoint(url: "postgresql://ana@db.local/kranten", environment: ["PGPASSFILE": file])
        #expect(endpoint.password == "pa:ss")
    }

    @Test func aBadAddressIsRefusedWithoutItsPassword() {
        #expect(throws: PostgresBackendError.self) { try PostgresEndpoint(url: "mysql://ana:geheim@host/db") }
        do {
            _ = try PostgresEndpoint(url: "postgresql://ana:geheim@host:notaport/db")
        } catch {
            #expect(!error.description.contains("geheim"))
        }
    }
}
