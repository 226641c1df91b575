import Foundation
@testable import KrantCorpus

/// The seed corpus in `samples/corpus`, loaded once for every test.
enum SampleCorpus {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("samples/corpus").path

    static let corpus: Corpus = try! Corpus.load([directory])

    static func article(_ prefix: String) -> Article {
        corpus.articles.first { $0.id.hasPrefix(prefix) }!
    }

    /// Canonical names of the actors an article mentions.
    static func actorNames(in article: Article, of corpus: Corpus = corpus) -> Set<String> {
        Set(corpus.mentions[article.mentions].map { corpus.actors[$0.actor].name })
    }
}
