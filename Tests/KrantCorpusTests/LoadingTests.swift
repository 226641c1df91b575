import Foundation
import Testing
@testable import KrantCorpus
import KrantTestSupport

@Suite("Loading files")
struct LoadingTests {
    let temporary = TemporaryFolders()

    /// A fresh directory with the given files.
    func directory(_ files: [String: Data]) throws -> String {
        let root = try temporary.make("loading").url
        for (name, data) in files {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        return root.path
    }

    @Test func badFilesAreReportedAndTheRestLoads() throws {
        let path = try directory([
            "good.txt": Data("date 2022-03 De NAVO vergadert.".utf8),
            "nested/deeper/also-good.txt": Data("date 2022-04-02 Rusland zwijgt.".utf8),
            "empty.txt": Data(),
            "latin1.txt": Data([0x4F, 0x65, 0x6B, 0x72, 0x61, 0xEF, 0x6E, 0x65]),
            "binary.txt": Data([0x00, 0x01, 0x02]),
            "baddate.txt": Data("date 2022-13 Het ging mis.".utf8),
            "ignored.md": Data("not an article".utf8),
        ])
        let corpus = try Corpus.load([path])
        #expect(Set(corpus.articles.map(\.id)) == ["good", "also-good", "baddate"])
        #expect(corpus.report.skipped == 3)
        let messages = corpus.report.issues.map(\.description)
        #expect(messages.contains { $0.contains("empty.txt") && $0.contains("empty") })
        #expect(messages.contains { $0.contains("latin1.txt") && $0.contains("UTF-8") })
        #expect(messages.contains { $0.contains("binary.txt") && $0.contains("binary") })
        #expect(messages.contains { $0.contains("baddate.txt:1") && $0.contains("2022-13") })
        #expect(corpus.article(withID: "baddate")?.date == nil)
        #expect(corpus.article(withID: "baddate")?.text.utf8Slice(corpus.article(withID: "baddate")!.paragraphs[0].range) == "Het ging mis.")
    }

    @Test func jsonLinesRecordsLoadWithTheirLineNumbers() throws {
        let lines = [
            #"{"id": "a", "text": "De NAVO vergadert.", "date": "2022-03", "title": "NAVO vergadert", "source": "NRC"}"#,
            #"{"id": "b", "text": "Rusland zwijgt.", "date": "2022-13"}"#,
            #"{"id": "a", "text": "Tweede met dezelfde id."}"#,
            #"{"id": "c", "text": 42}"#,
            #"{"id": "d", "text": "Geen bron.", "source": 7}"#,
            #"{"id": "e", "text": "afgebroken"#,
        ].joined(separator: "\n")
        let path = try directory(["feed.jsonl": Data(lines.utf8)])
        let corpus = try Corpus.load([path + "/feed.jsonl"])
        #expect(corpus.articles.map(\.id) == ["a", "b", "a~2", "d"])
        let first = try #require(corpus.article(withID: "a"))
        #expect(first.title == "NAVO vergadert")
        #expect(first.source == "NRC")
        #expect(first.date?.description == "2022-03")
        #expect(first.paragraphs.map(\.kind) == [.title, .lead])
        let messages = corpus.report.issues.map(\.description)
        #expect(messages.contains { $0.hasSuffix("feed.jsonl:2: warning: the date '2022-13' of 'b' is not valid: month 13 does not exist; months run from 01 to 12; the date is inferred from the text instead") })
        #expect(messages.contains { $0.contains("feed.jsonl:3") && $0.contains("'a~2'") })
        #expect(messages.contains { $0.contains("feed.jsonl:4: skipped") })
        #expect(messages.contains { $0.contains("feed.jsonl:5: warning") && $0.contains("source") })
        #expect(messages.contains { $0.contains("feed.jsonl:6: skipped") })
        #expect(corpus.report.loaded == 4)
        #expect(corpus.report.skipped == 2)
    }

    /// A large archive takes seconds to list: Ctrl-C is answered while the folder is walked (every 4,096
    /// entries), before a single file is read. Folders alone: without that check the listing would end in
    /// "the folder holds no files" instead.
    @Test func ctrlCStopsTheListingOfALargeFolder() throws {
        let root = try temporary.make("listing").url
        for number in 0..<4_100 {
            try FileManager.default.createDirectory(at: root.appendingPathComponent("d\(number)"), withIntermediateDirectories: false)
        }
        do {
            _ = try ArticleFiles.list([root.path], isCancelled: { true })
            Issue.record("the listing was not interrupted")
        } catch {
            #expect(error.wasInterrupted)
        }
    }

    /// Ctrl-C while the file names are standardised (their links resolved, on both cores).
    @Test func ctrlCStopsTheStandardisingOfFileNames() throws {
        let path = try directory(["a.txt": Data("De NAVO.".utf8), "b.txt": Data("Rusland.".utf8)])
        do {
            _ = try ArticleFiles.list([path], isCancelled: { true })
            Issue.record("the listing was not interrupted")
        } catch {
            #expect(error.wasInterrupted)
        }
    }

    @Test func aMissingPathIsAnError() {
        #expect(throws: CorpusLoadError.self) { try Corpus.load(["/no/such/corpus"]) }
    }
}
