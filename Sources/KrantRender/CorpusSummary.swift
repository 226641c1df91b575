import KrantCorpus

/// What krant says about a corpus when it opens it, and about the problems met while loading it.
public struct CorpusSummary: Sendable {
    public let corpus: Corpus

    public init(corpus: Corpus) {
        self.corpus = corpus
    }

    /// Problems listed one by one after loading from text; more are counted.
    public static let listedIssues = 20

    private var words: Int { corpus.articles.reduce(0) { $0 + $1.wordCount } }
    private var dated: [CorpusDate] { corpus.articles.compactMap(\.date) }
    private var inferred: Int { corpus.articles.count { $0.dateProvenance.isInferred } }
    private var undated: Int { corpus.articles.count { $0.date == nil } }

    private var dateRange: String {
        guard let first = dated.min(by: { $0.firstDay < $1.firstDay }), let last = dated.max(by: { $0.lastDay < $1.lastDay }) else {
            return "no dates"
        }
        return "\(first) to \(last)"
    }

    private var topActors: [ActorSummary] {
        corpus.actorTable.filter { $0.actor.kind != .unknown }
    }

    /// Names found in the text that the gazetteer lacks, most widely mentioned first.
    private var topUnknownNames: [ActorSummary] {
        corpus.actorTable.filter { $0.actor.kind == .unknown }
    }

    /// `5 articles, 3,208 words, 2021-12 to 2024-06-20 (1 date inferred); top actors: …`
    public var oneLine: String {
        var text = "\(corpus.articles.count) \(corpus.articles.count == 1 ? "article" : "articles"), \(grouped(words)) words, \(dateRange)"
        var notes: [String] = []
        if inferred > 0 { notes.append("\(inferred) \(inferred == 1 ? "date" : "dates") inferred from the text") }
        if undated > 0 { notes.append("\(undated) undated") }
        if !notes.isEmpty { text += " (" + notes.joined(separator: ", ") + ")" }
        if !corpus.report.issues.isEmpty { text += "; \(corpus.report.issues.count) load \(corpus.report.issues.count == 1 ? "problem" : "problems")" }
        let top = topActors.prefix(5).map { "\($0.actor.name) (\($0.articles))" }
        if !top.isEmpty { text += "; top actors: " + top.joined(separator: ", ") }
        return text
    }

    /// The problems met while loading from text, each on a line, the first `limit` of them.
    public func issues(limit: Int = listedIssues) -> String {
        let issues = corpus.report.issues
        return issues.prefix(limit).map { "\($0)\n" }.joined() + (issues.count > limit ? "… and \(issues.count - limit) more\n" : "")
    }

    /// One line for the problems met when a saved index was made, which are not repeated each time it opens.
    public var issuesInOneLine: String? {
        let (skipped, warned) = (corpus.report.skipped, corpus.report.warned)
        guard skipped + warned > 0 else { return nil }
        let parts = [skipped > 0 ? "\(skipped) skipped" : nil, warned > 0 ? "\(warned) \(warned == 1 ? "warning" : "warnings")" : nil]
        return "when this index was made: " + parts.compactMap { $0 }.joined(separator: ", ") + "; .summary lists them\n"
    }

    /// A screenful: counts, dates, the most mentioned actors and the load problems.
    public var screen: String {
        var lines = [
            "Articles   \(grouped(corpus.articles.count))",
            "Sentences  \(grouped(corpus.sentences.count))",
            "Words      \(grouped(words))",
            "Dates      \(dateRange); \(dated.count) dated (\(inferred) inferred from the text), \(undated) undated",
            "Loading    \(grouped(corpus.report.inputs)) files and records: \(grouped(corpus.report.loaded)) loaded, "
                + "\(grouped(corpus.report.skipped)) skipped; \(grouped(corpus.report.warned)) warnings",
            "Actors     \(corpus.actors.filter { $0.kind != .unknown }.count) in the gazetteer, \(topActors.count) mentioned; "
                + "\(corpus.actors.filter { $0.kind == .unknown }.count) names not in the gazetteer",
            "",
            "Top actors (articles, mentions):",
        ]
        lines += table(topActors.prefix(10))
        let unknown = topUnknownNames.prefix(10)
        if !unknown.isEmpty {
            lines += ["", "Top names not in the gazetteer (articles, mentions, guessed kind):"]
            lines += table(unknown, guessed: true)
        }
        let problems = corpus.report.issues.isEmpty ? "" : "\nLoad problems:\n" + issues(limit: 100)
        return lines.joined(separator: "\n") + "\n" + problems
    }

    /// One line per actor, columns as wide as their longest entry so a long name never runs into its count.
    private func table(_ rows: ArraySlice<ActorSummary>, guessed: Bool = false) -> [String] {
        let nameWidth = rows.map(\.actor.name.count).max() ?? 0
        let articleWidth = max(3, rows.map { String($0.articles).count }.max() ?? 0)
        let mentionWidth = max(5, rows.map { String($0.mentions).count }.max() ?? 0)
        return rows.map { summary in
            let line = "  " + summary.actor.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  "
                + "\(summary.articles)".padded(toWidth: articleWidth) + "  " + "\(summary.mentions)".padded(toWidth: mentionWidth)
            return guessed ? summary.actor.guessedKind.map { line + "  " + $0.rawValue } ?? line : line
        }
    }

    private func grouped(_ number: Int) -> String {
        let digits = String(number)
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }
}

extension String {
    func padded(toWidth width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}

import Foundation
