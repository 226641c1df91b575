import Foundation
@preconcurrency import Glibc

/// Programs the user names, such as a pager or an editor, started through `/bin/sh` so that the command may
/// carry its own arguments (`PAGER="less -R"`), in krant's process group so that they may use the terminal.
enum ChildProcess {
    /// Starts `command` with `arguments` after it, its standard input read from `input` if given.
    static func start(_ command: String, arguments: [String] = [], input: Int32? = nil) throws(ShellError) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let input { posix_spawn_file_actions_adddup2(&actions, input, STDIN_FILENO) }
        // "$@" passes the arguments on unchanged, whatever characters a file name holds.
        let words: [String] = ["/bin/sh", "-c", command + " \"$@\"", "sh"] + arguments
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, "/bin/sh", &actions, nil, argv, environ)
        guard status == 0 else { throw ShellError("cannot start '\(command)': \(String(cString: strerror(status)))") }
        return pid
    }

    /// Waits for a started program to end; its exit status.
    @discardableResult
    static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    /// Runs a program to its end, as `.edit` does with the editor.
    static func run(_ command: String, arguments: [String]) throws(ShellError) -> Int32 {
        wait(try start(command, arguments: arguments))
    }

    /// The first of the environment's editors, else vi where it is installed.
    static func editor(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        for name in ["VISUAL", "EDITOR"] {
            if let command = environment[name], !command.trimmingCharacters(in: .whitespaces).isEmpty { return command }
        }
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/vi") } ? "vi" : nil
    }
}
