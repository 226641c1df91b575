import Foundation
import KrantCorpus

/// `.show ID`: an article in full, each paragraph labelled with its segment, mentions marked.
public struct ArticleViewer: Sendable {
    public let corpus: Corpus
    public let colors: Bool

    public init(corpus: Corpus, colors: Bool) {
        self.corpus = corpus
        self.colors = colors
    }

    public func render(_ article: Article) -> String {
        var lines = [
            "id:     \(article.id)",
            "title:  \(article.title)",
            "date:   " + (article.date.map { "\($0) (\($0.precision.rawValue) precision, from the \(article.dateProvenance == .header ? "date header" : "text"))" } ?? "undated"),
        ]
        if let source = article.source { lines.append("source: \(source)") }
        if let url = article.url { lines.append("url:    \(url)") }
        lines.append("file:   \(article.origin)")
        lines.append("")
        let mentions = Array(corpus.mentions[article.mentions])
        for paragraph in article.paragraphs {
            let label = "[\(paragraph.kind.rawValue)]".padding(toLength: 10, withPad: " ", startingAt: 0)
            lines.append(label + marked(article.text, range: paragraph.range, mentions: mentions))
        }
        var counts: [Int: Int] = [:]
        for mention in mentions { counts[mention.actor, default: 0] += 1 }
        let summary = counts.sorted { ($1.value, corpus.actors[$0.key].name) < ($0.value, corpus.actors[$1.key].name) }
            .map { "\(corpus.actors[$0.key].name) ×\($0.value)" }
        lines.append("")
        lines.append("actors: " + (summary.isEmpty ? "none" : summary.joined(separator: ", ")))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The paragraph with each mention in colour, or in [brackets] without colour.
    private func marked(_ text: String, range: Range<Int>, mentions: [Mention]) -> String {
        var result = ""
        var position = range.lowerBound
        for mention in mentions where mention.range.lowerBound >= position && mention.range.upperBound <= range.upperBound {
            result += text.utf8Slice(position..<mention.range.lowerBound)
            let form = String(text.utf8Slice(mention.range))
            result += colors ? TerminalStyle.yellow.apply(to: form) : "[\(form)]"
            position = mention.range.upperBound
        }
        result += text.utf8Slice(position..<range.upperBound)
        return result.replacingOccurrences(of: "\n", with: " ")
    }
}

import Foundation
