import Foundation

/// Where the shell writes: results to one place, messages to another.
public protocol TextSink: AnyObject {
    func write(_ text: String)
}

/// A file handle as a sink (standard output, standard error, or a file from `.output`).
public final class FileSink: TextSink, @unchecked Sendable {
    let handle: FileHandle
    let closesOnDeinit: Bool

    public init(_ handle: FileHandle, closesOnDeinit: Bool = false) {
        self.handle = handle
        self.closesOnDeinit = closesOnDeinit
    }

    public static let standardOutput = FileSink(.standardOutput)
    public static let standardError = FileSink(.standardError)

    public func write(_ text: String) {
        do {
            try handle.write(contentsOf: Data(text.utf8))
        } catch where handle === FileHandle.standardOutput {
            // The reader went away (`krant … | head`): stop quietly, as Unix filters do.
            exit(0)
        } catch {}
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
