import Foundation

/// The prompt's history on disk: UTF-8, one entry a line (a newline inside an entry is written `\n`, a
/// backslash `\\`). krant reads and writes it itself rather than through libedit, whose writer reports
/// success on a full disk and whose reader gives up on a damaged file that its writer would then overwrite.
public struct HistoryFile: Sendable {
    public let path: String
    /// Entries kept in the file, the newest last.
    public let limit: Int

    public init(path: String, limit: Int = 1000) {
        self.path = path
        self.limit = limit
    }

    /// What opening the file found: the entries, and whether new ones can be saved.
    public struct Contents: Sendable, Equatable {
        public var entries: [String] = []
        public var isWritable = true
        /// Said once, on standard error, when the file cannot be used as it is.
        public var warning: String?
    }

    public func load() -> Contents {
        var status = stat()
        guard stat(path, &status) == 0 else {
            return errno == ENOENT ? Contents() : Contents(isWritable: false, warning: sessionOnly("cannot be read"))
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            return Contents(isWritable: false, warning: sessionOnly("is not a regular file"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return Contents(isWritable: false, warning: sessionOnly("cannot be read"))
        }
        let writable = access(path, W_OK) == 0
        guard !data.contains(0), let text = String(data: data, encoding: .utf8) else {
            // Damaged: keep it for whoever wants it back, and start a new one.
            // Never over an earlier damaged copy.
            let kept = ([""] + (2...99).map { "-\($0)" }).map { path + ".damaged" + $0 }
                .first { !FileManager.default.fileExists(atPath: $0) } ?? path + ".damaged-last"
            guard writable, rename(path, kept) == 0 else {
                return Contents(isWritable: false, warning: sessionOnly("is damaged (not UTF-8 text)"))
            }
            return Contents(warning: "warning: the history file '\(path)' was damaged; it is kept as '\(kept)' and a new one is started")
        }
        let entries = text.split(separator: "\n").map(Self.decode).suffix(limit)
        return Contents(entries: Array(entries), isWritable: writable,
                        warning: writable ? nil : sessionOnly("is read-only"))
    }

    /// Replaces the file with `entries` (the newest `limit`), all or nothing: written beside it, then renamed.
    public func save(_ entries: [String]) throws(HistoryFileError) {
        let text = entries.suffix(limit).map { Self.encode($0) + "\n" }.joined()
        let temporary = path + ".new"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw HistoryFileError(path: path, code: errno) }
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else {
                let code = errno
                close(descriptor)
                unlink(temporary)
                throw HistoryFileError(path: path, code: code)
            }
            bytes = bytes.dropFirst(written)
        }
        // A full disk may only show when the data is flushed or the file closed.
        if fsync(descriptor) != 0 || close(descriptor) != 0 {
            let code = errno
            unlink(temporary)
            throw HistoryFileError(path: path, code: code)
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw HistoryFileError(path: path, code: code)
        }
    }

    private func sessionOnly(_ problem: String) -> String {
        "warning: the history file '\(path)' \(problem); history is kept for this session only"
    }

    static func encode(_ entry: String) -> String {
        entry.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
    }

    static func decode(_ line: Substring) -> String {
        var entry = ""
        var escaped = false
        for character in line {
            if escaped {
                entry.append(character == "n" ? "\n" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                entry.append(character)
            }
        }
        return entry
    }
}

/// Saving the history failed; the entries stay in memory for the session.
public struct HistoryFileError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let code: Int32

    public var description: String {
        let reason = switch code {
        case ENOSPC, EDQUOT: "the disk is full"
        case EACCES, EPERM, EROFS: "it is read-only"
        default: String(cString: strerror(code))
        }
        return "warning: cannot write the history file '\(path)' (\(reason)); history is kept for this session only"
    }
}
