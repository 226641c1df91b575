import Foundation
import Synchronization

/// A new empty folder under the temporary directory.
public struct TemporaryFolder: Sendable {
    public let path: String

    fileprivate init(_ purpose: String) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("krant-\(purpose)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    public var url: URL { URL(fileURLWithPath: path) }

    /// A path inside the folder.
    public func appending(_ name: String) -> String { path + "/" + name }
}

/// The temporary folders of one test, removed with all they hold when the test's suite instance goes: a suite
/// keeps one as a stored property (`let temporary = TemporaryFolders()`), and Swift Testing makes a new suite
/// instance for every test.
public final class TemporaryFolders: Sendable {
    private let made = Mutex<[String]>([])

    public init() {}

    public func make(_ purpose: String) throws -> TemporaryFolder {
        let folder = try TemporaryFolder(purpose)
        made.withLock { $0.append(folder.path) }
        return folder
    }

    deinit {
        for path in made.withLock({ $0 }) { try? FileManager.default.removeItem(atPath: path) }
    }
}
