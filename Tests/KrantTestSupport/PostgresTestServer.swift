import Foundation
import Glibc

/// The PostgreSQL server the tests run against, named by `KRANT_TEST_POSTGRES_URL`
/// (`scripts/postgres-test-server.sh start DIR` starts one and prints its URL), and throw-away servers of a
/// test's own, for tests that stop a server on purpose.
///
/// Without the URL the server tests are skipped with `skipMessage`, except in CI (`CI=true`), where a test
/// fails the run: CI starts a server, and tests that silently did not run prove nothing.
public enum PostgresTestServer {
    public static let url: String? = ProcessInfo.processInfo.environment["KRANT_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    public static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"
    public static let isAvailable = url != nil
    public static let skipMessage = """
        KRANT_TEST_POSTGRES_URL is not set, so the PostgreSQL tests are skipped; start a throw-away server with \
        `scripts/postgres-test-server.sh start /tmp/krant-pg` and export the URL it prints
        """

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts/postgres-test-server.sh").path

    /// Starts a server of the test's own in `folder`, on a port beside the shared server's; gives its URL.
    public static func start(in folder: TemporaryFolder) throws -> String {
        let port = (url.flatMap { URLComponents(string: $0)?.port } ?? 55432) + 17
        return try run(["start", folder.appending("server"), String(port)]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Stops the server started in `folder` and removes its files.
    public static func stop(in folder: TemporaryFolder) throws {
        _ = try run(["stop", folder.appending("server")])
    }

    /// Runs the script and reads what it prints. Spawned and waited for directly: Foundation's `Process` did
    /// not see the script end when waited for from an async test, and the test hung.
    private static func run(_ arguments: [String]) throws -> String {
        var pipe: [Int32] = [0, 0]
        // Close-on-exec, so that the server the script starts holds no end of it and the reading below ends.
        guard Glibc.pipe(&pipe) == 0 else { throw ServerScriptError(description: "cannot make a pipe for \(script)") }
        for end in pipe { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipe[1], STDOUT_FILENO)
        let words = ["/bin/bash", script] + arguments
        var argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { for word in argv { free(word) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, "/bin/bash", &actions, nil, &argv, environ)
        close(pipe[1])
        defer { close(pipe[0]) }
        guard spawned == 0 else { throw ServerScriptError(description: "cannot run \(script): error \(spawned)") }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(pipe[0], &buffer, buffer.count)
            if count <= 0 { break }
            output += buffer[..<count]
        }
        var status: Int32 = 0
        while waitpid(child, &status, 0) == -1 && errno == EINTR {}
        // WIFEXITED and WEXITSTATUS, which Swift does not import: exited normally, with status 0.
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else {
            throw ServerScriptError(description: "\(script) \(arguments.joined(separator: " ")) failed (wait status \(status))")
        }
        return String(decoding: output, as: UTF8.self)
    }
}

/// The test server script failed.
public struct ServerScriptError: Error, CustomStringConvertible {
    public let description: String
}
