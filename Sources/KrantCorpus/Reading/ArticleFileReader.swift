import Foundation

/// Reads one article file into drafts: a plain-text article or a JSON-lines file of them. A file that cannot
/// be read is one skipped input with its reason, never an error that stops the load.
enum ArticleFileReader {
    static func read(_ file: ArticleFiles.InputFile) -> ReadOutcome {
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
