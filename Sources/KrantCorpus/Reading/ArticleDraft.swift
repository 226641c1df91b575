/// An article as read from a file, before analysis.
struct ArticleDraft: Sendable {
    var id: String
    /// The full text; every offset in the model points into it.
    var text: String
    /// Where the text after any date header begins.
    var bodyStart: Int
    var headerDate: CorpusDate?
    /// A headline given outside the text (JSON Lines `title`), which `text` then begins with.
    var hasExplicitTitle: Bool
    var source: String?
    var url: String?
    var origin: SourceLocation
}

/// A place in the input files, for reports.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public let path: String
    public let line: Int?

    public var description: String { line.map { "\(path):\($0)" } ?? path }
}

extension ArticleDraft {
    /// Ids must be unique; a repeated id gets a suffix (`id~2`) so that no article is lost.
    static func withUniqueIDs(_ drafts: [ArticleDraft], report: inout LoadReport) -> [ArticleDraft] {
        var seen: [String: Int] = [:]
        return drafts.map { draft in
            var draft = draft
            let count = (seen[draft.id] ?? 0) + 1
            seen[draft.id] = count
            if count > 1 {
                let renamed = "\(draft.id)~\(count)"
                report.issues.append(.init(location: draft.origin, severity: .warning,
                                           message: "the id '\(draft.id)' is used before; this article is loaded as '\(renamed)'"))
                draft.id = renamed
            }
            return draft
        }
    }
}
