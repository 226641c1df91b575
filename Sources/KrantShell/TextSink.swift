import Foundation
import Glibc

/// Where the shell writes: results to one place, messages to another.
public protocol TextSink: AnyObject {
    func write(_ text: String)
}

/// A file handle as a sink (standard output, standard error, or a file from `.output`).
public final class FileSink: TextSink, @unchecked Sendable {
    let handle: FileHandle
    /// How messages name the destination: a path, or "standard output".
    let name: String
    let closesOnDeinit: Bool
    /// Why the last write failed (a full disk, say); writing stops until the shell has reported it.
    private(set) var failure: String?

    public init(_ handle: FileHandle, name: String, closesOnDeinit: Bool = false) {
        self.handle = handle
        self.name = name
        self.closesOnDeinit = closesOnDeinit
    }

    public static let standardOutput = FileSink(.standardOutput, name: "standard output")
    public static let standardError = FileSink(.standardError, name: "standard error")

    public func write(_ text: String) {
        guard failure == nil else { return }
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(handle.fileDescriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else {
                // The reader went away (`krant … | head`): stop quietly, as Unix filters do.
                if errno == EPIPE && handle === FileHandle.standardOutput { exit(0) }
                failure = errno == ENOSPC || errno == EDQUOT ? "the disk is full" : String(cString: strerror(errno))
                return
            }
            bytes = bytes.dropFirst(written)
        }
    }

    /// The failure since the last call, if any; writing resumes after it.
    func takeFailure() -> String? {
        defer { failure = nil }
        return failure
    }

    deinit {
        if closesOnDeinit { try? handle.close() }
    }
}

/// Collects what is written, for tests.
public final class StringSink: TextSink {
    public private(set) var text = ""

    public init() {}

    public func write(_ text: String) {
        self.text += text
    }
}
