import Foundation
import Synchronization

/// Finds article files, reads them and analyses them on every core.
enum CorpusLoader {
    /// One file to read, with the id its plain-text article gets.
    private struct InputFile: Sendable {
        let path: String
        let isJSONLines: Bool
    }

    static func load(paths: [String], gazetteer: Gazetteer, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?,
                     isCancelled: (@Sendable () -> Bool)?) throws(CorpusLoadError) -> Corpus {
        var report = LoadReport()
        let started = ContinuousClock.now
        var files: [InputFile] = []
        for path in paths {
            files += try inputFiles(at: path, report: &report, isCancelled: isCancelled)
        }
        // One order whatever order the paths were given in, so that results never depend on it; a file named
        // twice (directly and through its folder) is read once. Standardising a path resolves its links, one
        // system call per folder in it: on all cores, and answering Ctrl-C, since a large archive has many.
        files.sort { $0.path < $1.path }
        guard let standardized = ParallelMap.map(files, isCancelled: isCancelled, { ($0.path as NSString).standardizingPath }) else {
            throw .interrupted(paths)
        }
        var seen = Set<String>()
        files = zip(files, standardized).filter { seen.insert($1).inserted }.map(\.0)
        guard let outcomes = ParallelMap.map(files, isCancelled: isCancelled, read) else { throw .interrupted(paths) }
        var drafts: [ArticleDraft] = []
        for outcome in outcomes {
            drafts += outcome.drafts
            report.inputs += outcome.inputs
            report.issues += outcome.issues
        }
        report.phases.append(("read", ContinuousClock.now - started))
        guard let corpus = CorpusBuilder.build(drafts: drafts, gazetteer: gazetteer, report: report, progress: progress,
                                               isCancelled: isCancelled) else { throw .interrupted(paths) }
        return corpus
    }

    private static func inputFiles(at path: String, report: inout LoadReport,
                                   isCancelled: (@Sendable () -> Bool)?) throws(CorpusLoadError) -> [InputFile] {
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

    private static func read(_ file: InputFile) -> ReadOutcome {
        var outcome = ReadOutcome()
        let location = SourceLocation(path: file.path, line: nil)
        // A file that is not read is one input; a read file counts its own (one article, or one per JSON line).
        func skipFile(_ message: String) -> ReadOutcome {
            outcome.inputs += 1
            outcome.skip(location, message)
            return outcome
        }
        let bytes: [UInt8]
        do {
            bytes = try FileReader.bytes(atPath: file.path)
        } catch {
            switch error {
            case .folder: return outcome  // walked as a folder by `inputFiles`, whatever its name
            case .notRegularFile: return skipFile("it is not a regular file (a pipe, device or folder named like an article)")
            case .reason(let reason): return skipFile("the file cannot be read: \(reason)")
            case .notUTF8: return skipFile(error.description)
            }
        }
        guard !bytes.contains(0) else {
            return skipFile("the file looks binary (it contains NUL bytes)")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return skipFile("the file is not UTF-8 text (save it as UTF-8 and load it again)")
        }
        if file.isJSONLines {
            JSONLinesReader.read(text: text, path: file.path, into: &outcome)
        } else {
            let id = ((file.path as NSString).lastPathComponent as NSString).deletingPathExtension
            PlainTextReader.read(text: text, id: id, location: location, into: &outcome)
        }
        return outcome
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

/// `map` over both cores, keeping order.
enum ParallelMap {
    /// `transform` applied to every input on all cores, in input order; `alongside`, if given, runs once on
    /// one of the same threads while the others transform. Nil when `isCancelled` answered true: the inputs
    /// not yet begun are then left alone, so Ctrl-C is answered within one input's time.
    static func map<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], alongside: (@Sendable () -> Void)? = nil, isCancelled: (@Sendable () -> Bool)? = nil,
        _ transform: @Sendable (Input) -> Output
    ) -> [Output]? {
        guard inputs.count > 1 || alongside != nil else {
            return isCancelled?() == true ? nil : inputs.map(transform)
        }
        let results = Mutex<[Output?]>(Array(repeating: nil, count: inputs.count))
        let chunkSize = max(1, inputs.count / (ProcessInfo.processInfo.activeProcessorCount * 8))
        let chunks = (inputs.count + chunkSize - 1) / chunkSize
        let sideTasks = alongside == nil ? 0 : 1
        let stopped = Atomic<Bool>(false)
        // Iterations start in order, so the side task, iteration 0, begins first.
        DispatchQueue.concurrentPerform(iterations: chunks + sideTasks) { iteration in
            if iteration < sideTasks { alongside?(); return }
            let chunk = iteration - sideTasks
            let range = chunk * chunkSize..<min(inputs.count, (chunk + 1) * chunkSize)
            var outputs: [Output] = []
            outputs.reserveCapacity(range.count)
            for index in range {
                if stopped.load(ordering: .relaxed) { return }
                if isCancelled?() == true {
                    stopped.store(true, ordering: .relaxed)
                    return
                }
                outputs.append(transform(inputs[index]))
            }
            results.withLock { stored in
                for (offset, output) in zip(range, outputs) { stored[offset] = output }
            }
        }
        if stopped.load(ordering: .relaxed) { return nil }
        return results.withLock { $0.map { $0! } }
    }
}
