import Foundation

/// File names as users type them: `~` and `~/…` mean the home folder, in every file argument and in completion.
enum UserPath {
    static func expanded(_ path: String, home: String? = ProcessInfo.processInfo.environment["HOME"]) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        let home = home.flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + path.dropFirst()
    }
}
