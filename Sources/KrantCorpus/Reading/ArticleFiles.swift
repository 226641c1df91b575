import Foundation

/// The article files under the paths a researcher gives: listed in one order, each once.
enum ArticleFiles {
    /// One file to read, and whether it holds one article per JSON line.
    struct InputFile: Sendable {
        let path: String
        let isJSONLines: Bool
    }

    /// The article files under `paths` (folders are walked), sorted by path; throws when a path does not
    /// exist or holds no article files, or when `isCancelled` answers true.
    static func list(_ paths: [String], isCancelled: (@Sendable () -> Bool)?) throws(CorpusLoadError) -> [InputFile] {
        var files: [InputFile] = []
        for path in paths {
            files += try inputFiles(at: path, isCancelled: isCancelled)
        }
        // One order whatever order the paths were given in, so that results never depend on it; a file named
        // twice (directly and through its folder) is read once. Standardising a path resolves its links, one
        // system call per folder in it: on all cores, and answering Ctrl-C, since a large archive has many.
        files.sort { $0.path < $1.path }
        guard let standardized = ParallelMap.map(files, isCancelled: isCancelled, { ($0.path as NSString).standardizingPath }) else {
            throw .interrupted(paths)
        }
        var seen = Set<String>()
        return zip(files, standardized).filter { seen.insert($1).inserted }.map(\.0)
    }

    private static func inputFiles(at path: String, isCancelled: (@Sendable () -> Bool)?) throws(CorpusLoadError) -> [InputFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CorpusLoadError(path: path, reason: "there is no such file or directory")
        }
        guard isDirectory.boolValue else {
            return [InputFile(path: path, isJSONLines: ArticleFileKind(name: path) == .jsonLines)]
        }
        guard let enumerator = FileManager.default.enumerator(atPath: path) else {
            throw CorpusLoadError(path: path, reason: "the directory cannot be read")
        }
        var files: [InputFile] = []
        var others = 0, entries = 0
        while let relative = enumerator.nextObject() as? String {
            entries += 1
            if entries & 0xFFF == 0, isCancelled?() == true { throw .interrupted([path]) }
            let full = (path as NSString).appendingPathComponent(relative)
            let name = (relative as NSString).lastPathComponent
            guard !name.hasPrefix(".") else { continue }
            switch ArticleFileKind(name: name) {
            case .plainText: files.append(InputFile(path: full, isJSONLines: false))
            case .jsonLines: files.append(InputFile(path: full, isJSONLines: true))
            case nil: if enumerator.fileAttributes?[.type] as? FileAttributeType != .typeDirectory { others += 1 }
            }
        }
        guard !files.isEmpty else {
            throw CorpusLoadError(path: path, reason: others == 0 ? "the folder holds no files"
                                  : "none of its \(others) \(others == 1 ? "file is an article" : "files are articles"): krant reads .txt and .jsonl files")
        }
        return files.sorted { $0.path < $1.path }
    }

}

/// The kinds of file krant reads as articles, told by the name's extension in any case (`.TXT` too).
enum ArticleFileKind {
    case plainText, jsonLines

    init?(name: String) {
        switch (name as NSString).pathExtension.lowercased() {
        case "txt": self = .plainText
        case "jsonl", "ndjson": self = .jsonLines
        default: return nil
        }
    }
}
