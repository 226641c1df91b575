#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file with POSIX calls, so that anything that is not a regular file (a FIFO that would block
/// forever, a device, a directory named `x.txt`) is refused before it is read, and a failure says why.
/// Articles, gazetteers and scripts are all read through it.
package enum FileReader {
    package enum Failure: Error, Equatable, CustomStringConvertible {
        case notRegularFile
        case folder
        case notUTF8
        case reason(String)

        package var description: String {
            switch self {
            case .notRegularFile: "it is not a regular file (a pipe or a device)"
            case .folder: "it is a folder, not a file"
            case .notUTF8: "it is not UTF-8 text (save it as UTF-8 and try again)"
            case .reason(let reason): reason
            }
        }
    }

    /// The file's text, which must be UTF-8.
    package static func text(atPath path: String) throws(Failure) -> String {
        guard let text = String(validating: try bytes(atPath: path), as: UTF8.self) else { throw .notUTF8 }
        return text
    }

    package static func bytes(atPath path: String) throws(Failure) -> [UInt8] {
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer that never comes.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw .reason(explanation(of: errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .reason(explanation(of: errno)) }
        guard status.st_mode & S_IFMT != S_IFDIR else { throw .folder }
        guard status.st_mode & S_IFMT == S_IFREG else { throw .notRegularFile }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw .reason(explanation(of: errno)) }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        // A file that grew while it was read is read to its new end.
        var tail = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(descriptor, &tail, tail.count)
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw .reason(explanation(of: errno)) }
            if count == 0 { return bytes }
            bytes += tail[..<count]
        }
    }

    private static func explanation(of error: CInt) -> String {
        switch error {
        case EACCES, EPERM: "permission denied (check the file's permissions)"
        case ENOENT: "there is no such file (or it is a link to a file that does not exist)"
        case ENOTDIR: "a part of its path is not a folder"
        case ELOOP: "it is a link that points back to itself"
        case EISDIR: "it is a folder, not a file"
        case EIO: "the disk reported an error while reading it"
        default: "it cannot be read (\(String(cString: strerror(error))))"
        }
    }
}
