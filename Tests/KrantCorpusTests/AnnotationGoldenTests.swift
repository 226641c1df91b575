import Foundation
import Testing
import KrantCorpus
import KrantSynthetic

/// The annotations of the seed corpus and of a generated one, held to their length and digest in
/// `Tests/Golden`, so that a rewrite of loading (issue 13) can show it annotates byte for byte as before. The
/// dumps themselves are not kept: they repeat the articles' words. To see what changed, write them before and
/// after with `KRANT_ANNOTATIONS=FOLDER swift test --filter AnnotationGolden` and compare the folders; after a
/// deliberate change, re-record the digests with `KRANT_RECORD=1`.
@Suite("Annotations against their golden digests")
struct AnnotationGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")
    static let environment = ProcessInfo.processInfo.environment

    @Test func theSeedCorpusIsAnnotatedAsBefore() throws {
        try check(SampleCorpus.corpus, name: "seed")
    }

    /// Two hundred generated articles, about a megabyte of dump.
    @Test func aGeneratedCorpusIsAnnotatedAsBefore() throws {
        try check(Corpus(texts: SyntheticCorpus(seed: 11, lexiconSize: 20_000, articleWords: 100...600).articles(count: 200)),
                  name: "generated")
    }

    private func check(_ corpus: Corpus, name: String) throws {
        let dump = AnnotationDump.text(of: corpus)
        if let keep = Self.environment["KRANT_ANNOTATIONS"] {
            try FileManager.default.createDirectory(atPath: keep, withIntermediateDirectories: true)
            try dump.write(toFile: keep + "/annotations-\(name).txt", atomically: true, encoding: .utf8)
        }
        let summary = "\(dump.utf8.count) bytes, FNV-1a \(AnnotationDump.digest(dump))\n"
        let file = Self.folder.appendingPathComponent("annotations-\(name).digest")
        if Self.environment["KRANT_RECORD"] == "1" { try summary.write(to: file, atomically: true, encoding: .utf8) }
        #expect(summary == (try String(contentsOf: file, encoding: .utf8)),
                "the \(name) corpus is annotated differently from before (Tests/Golden/annotations-\(name).digest)")
    }
}
