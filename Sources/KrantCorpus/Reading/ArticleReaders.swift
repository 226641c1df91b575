import Foundation

/// Drafts and issues read from one input.
struct ReadOutcome: Sendable {
    /// Files and records seen, each of which becomes a draft or a skip.
    var inputs = 0
    var drafts: [ArticleDraft] = []
    var issues: [LoadReport.Issue] = []

    mutating func skip(_ location: SourceLocation, _ message: String) {
        issues.append(.init(location: location, severity: .skipped, message: message))
    }

    mutating func warn(_ location: SourceLocation, _ message: String) {
        issues.append(.init(location: location, severity: .warning, message: message))
    }

    /// Keeps a draft; positions inside an article are stored in 32 bits, so a text of 2 GB or more is skipped.
    mutating func add(_ draft: ArticleDraft) {
        guard draft.text.utf8.count < Int(Int32.max) else {
            skip(draft.origin, "the article is 2 GB or larger; split it into smaller articles")
            return
        }
        drafts.append(draft)
    }
}

/// Reads one article in the plain-text seed format: an optional `date YYYY[-MM[-DD]]` header, then the text.
enum PlainTextReader {
    static func read(text: String, id: String, location: SourceLocation, into outcome: inout ReadOutcome) {
        outcome.inputs += 1
        guard text.contains(where: { !$0.isWhitespace }) else {
            outcome.skip(location, "the file is empty")
            return
        }
        var draft = ArticleDraft(id: id, text: text, bodyStart: 0, headerDate: nil, hasExplicitTitle: false,
                                 source: nil, url: nil, origin: location)
        switch DateHeader.read(text) {
        case .absent: break
        case .valid(let date, let bodyStart):
            draft.headerDate = date
            draft.bodyStart = bodyStart
        case .invalid(let message, let bodyStart):
            draft.bodyStart = bodyStart
            outcome.warn(SourceLocation(path: location.path, line: 1), message + "; the date is inferred from the text instead")
        }
        outcome.add(draft)
    }
}

/// Reads JSON Lines: one article a line with `id`, `text`, and optional `date`, `title`, `source`, `url`.
enum JSONLinesReader {
    static func read(text: String, path: String, into outcome: inout ReadOutcome) {
        guard text.contains(where: { !$0.isWhitespace }) else {
            outcome.inputs += 1
            outcome.skip(SourceLocation(path: path, line: nil), "the file is empty")
            return
        }
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { !$0.isWhitespace }) else { continue }
            outcome.inputs += 1
            let location = SourceLocation(path: path, line: lineNumber)
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                outcome.skip(location, "this line is not a JSON object (it may be cut off)")
                continue
            }
            read(object, location: location, into: &outcome)
        }
    }

    private static func read(_ object: [String: Any], location: SourceLocation, into outcome: inout ReadOutcome) {
        let id: String
        switch object["id"] {
        case let text as String where !text.isEmpty: id = text
        case let number as NSNumber: id = number.stringValue
        default:
            outcome.skip(location, "the record has no 'id' (a string)")
            return
        }
        guard let body = object["text"] as? String, body.contains(where: { !$0.isWhitespace }) else {
            outcome.skip(location, "the record '\(id)' has no 'text' (a non-empty string)")
            return
        }
        func optionalString(_ key: String) -> String? {
            guard let value = object[key], !(value is NSNull) else { return nil }
            guard let text = value as? String else {
                outcome.warn(location, "'\(key)' of '\(id)' is not a string and is ignored")
                return nil
            }
            return text
        }
        var draft = ArticleDraft(id: id, text: body, bodyStart: 0, headerDate: nil, hasExplicitTitle: false,
                                 source: optionalString("source"), url: optionalString("url"), origin: location)
        if let date = optionalString("date") {
            do { draft.headerDate = try CorpusDate(parsing: date) } catch {
                outcome.warn(location, "the date '\(date)' of '\(id)' is not valid: \(error); the date is inferred from the text instead")
            }
        }
        if let title = optionalString("title")?.trimmingCharacters(in: .whitespacesAndNewlines), !title.isEmpty,
           !title.contains("\n") {
            draft.text = title + "\n\n" + body
            draft.hasExplicitTitle = true
        }
        outcome.add(draft)
    }
}
