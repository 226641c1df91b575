import KrantCorpus

/// What krant says about a corpus when it opens it.
struct CorpusSummary {
    let corpus: Corpus

    private var words: Int { corpus.articles.reduce(0) { $0 + $1.wordCount } }
    private var dated: [CorpusDate] { corpus.articles.compactMap(\.date) }
    private var inferred: Int { corpus.articles.count { $0.dateProvenance == .text } }
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

    /// `5 articles, 3,208 words, 2021-12 to 2024-06-20 (1 date inferred); top actors: …`
    var oneLine: String {
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

    /// A screenful: counts, dates, load problems and the most mentioned actors.
    var screen: String {
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
        for summary in topActors.prefix(10) {
            lines.append("  " + summary.actor.name.padding(toLength: 16, withPad: " ", startingAt: 0)
                         + "\(summary.articles)".padded(toWidth: 3) + "  " + "\(summary.mentions)".padded(toWidth: 5))
        }
        return lines.joined(separator: "\n") + "\n"
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
