import Foundation
@preconcurrency import Glibc

/// A pager process reading a long result from a pipe: `$PAGER`, else `less -FRSX` (quit at once when the
/// text fits the screen, keep colours, do not wrap long lines, leave the text on the screen).
final class Pager {
    /// The command to start, or nil when there is none: `$PAGER` if set, else less when it is installed.
    static func command(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let pager = environment["PAGER"], !pager.trimmingCharacters(in: .whitespaces).isEmpty { return pager }
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        let hasLess = path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/less") }
        return hasLess ? "less -FRSX" : nil
    }

    private let process: pid_t
    private var input: Int32

    init(command: String) throws(ShellError) {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { throw ShellError("cannot start the pager: \(String(cString: strerror(errno)))") }
        // The writing end stays with krant only.
        _ = fcntl(pipeEnds[1], F_SETFD, FD_CLOEXEC)
        defer { close(pipeEnds[0]) }
        do {
            process = try ChildProcess.start(command, input: pipeEnds[0])
        } catch {
            close(pipeEnds[1])
            throw error
        }
        input = pipeEnds[1]
    }

    /// Sends text to the pager; false once the reader has quit (q in less), so the rest need not be made.
    func write(_ text: String) -> Bool {
        guard input >= 0 else { return false }
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(input, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return false }
            bytes = bytes.dropFirst(written)
        }
        return true
    }

    /// Ends the input and waits until the reader leaves the pager.
    func finish() {
        guard input >= 0 else { return }
        close(input)
        input = -1
        ChildProcess.wait(process)
    }

    deinit { finish() }
}
