import Foundation
import Testing
@testable import KrantCorpus
import KrantTestSupport

/// Corpora built to break the loader: each bad input is reported by path (and line) with a reason, every good
/// article still loads, and the report's counts add up.
@Suite("Hostile corpora")
struct HostileCorpusTests {
    let temporary = TemporaryFolders()
    private let good = "date 2022-03-01 De NAVO vergadert in Brussel over Oekraïne."

    private func folder() throws -> URL {
        try temporary.make("hostile").url
    }

    private func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url)
    }

    private func expectCountsAddUp(_ report: LoadReport, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(report.loaded + report.skipped == report.inputs, sourceLocation: sourceLocation)
    }

    private func issue(_ report: LoadReport, about file: String) -> String? {
        report.issues.map(\.description).first { $0.contains(file) }
    }

    @Test func badDatesWarnAndTheArticlesLoadUndated() throws {
        let root = try folder()
        try write("date 2022-13 Het ging mis.", to: root.appendingPathComponent("month13.txt"))
        try write("date 0000-00 Niemand weet wanneer.", to: root.appendingPathComponent("zeros.txt"))
        try write("date\nEen kop zonder datum\n\nDe tekst.", to: root.appendingPathComponent("bare.txt"))
        try write("date", to: root.appendingPathComponent("only-date.txt"))
        let corpus = try Corpus.load([root.path])
        #expect(Set(corpus.articles.map(\.id)) == ["month13", "zeros", "bare", "only-date"])
        #expect(corpus.articles.allSatisfy { $0.date == nil })
        #expect(issue(corpus.report, about: "month13.txt:1")?.contains("month 13") == true)
        #expect(issue(corpus.report, about: "zeros.txt:1")?.contains("0000") == true)
        #expect(issue(corpus.report, about: "bare.txt:1")?.contains("date") == true)
        expectCountsAddUp(corpus.report)
    }

    @Test func aFiftyMegabyteArticleLoads() throws {
        let root = try folder()
        let paragraph = "De NAVO en Rusland praten in Genève over kernwapens, zegt Poetin.\n\n"
        let text = "date 2022-02\n" + String(repeating: paragraph, count: 50_000_000 / paragraph.utf8.count + 1)
        try write(text, to: root.appendingPathComponent("huge.txt"))
        try write(good, to: root.appendingPathComponent("small.txt"))
        let corpus = try Corpus.load([root.path])
        #expect(corpus.articles.count == 2)
        let huge = try #require(corpus.article(withID: "huge"))
        #expect(huge.text.utf8.count > 50_000_000)
        #expect(corpus.sentences.count > 700_000)
        expectCountsAddUp(corpus.report)
    }

    @Test func twentyThousandTinyFilesAllLoad() throws {
        let root = try folder()
        for number in 0..<20_000 {
            let sub = root.appendingPathComponent("batch-\(number / 1000)")
            if number % 1000 == 0 { try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true) }
            let month = number % 12 + 1
            try write("date 2022-\(month < 10 ? "0" : "")\(month) Artikel \(number) over de NAVO.",
                      to: sub.appendingPathComponent("a\(number).txt"))
        }
        let corpus = try Corpus.load([root.path])
        #expect(corpus.articles.count == 20_000)
        #expect(corpus.report.issues.count == 0)
        let everyFileLoaded = Set(corpus.articles.map(\.id)) == Set((0..<20_000).map { "a\($0)" })
        #expect(everyFileLoaded)
        #expect(corpus.articles.filter { $0.date != nil }.count == 20_000)
        expectCountsAddUp(corpus.report)
    }

    @Test func linksThatLoopOrPointNowhereAreReported() throws {
        let root = try folder()
        try write(good, to: root.appendingPathComponent("good.txt"))
        let manager = FileManager.default
        try manager.createDirectory(at: root.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("sub/loop").path, withDestinationPath: root.path)
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("self.txt").path,
                                       withDestinationPath: root.appendingPathComponent("self.txt").path)
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("gone.txt").path, withDestinationPath: "/no/such/file.txt")
        let corpus = try Corpus.load([root.path])
        #expect(corpus.articles.map(\.id) == ["good"])
        #expect(issue(corpus.report, about: "self.txt")?.contains("points back to itself") == true)
        #expect(issue(corpus.report, about: "gone.txt")?.contains("does not exist") == true)
        expectCountsAddUp(corpus.report)
    }

    @Test func unreadableFilesPipesAndFoldersNamedLikeArticlesAreReported() throws {
        let root = try folder()
        try write(good, to: root.appendingPathComponent("good.txt"))
        let locked = root.appendingPathComponent("locked.txt")
        try write(good, to: locked)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
        #expect(mkfifo(root.appendingPathComponent("pipe.txt").path, 0o644) == 0)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("folder.txt"), withIntermediateDirectories: true)
        let corpus = try Corpus.load([root.path])
        // Root reads any file whatever its permissions, so the locked file either loads or is reported.
        if geteuid() == 0 {
            #expect(corpus.articles.map(\.id) == ["good", "locked"])
        } else {
            #expect(corpus.articles.map(\.id) == ["good"])
            #expect(issue(corpus.report, about: "locked.txt")?.contains("permission denied") == true)
        }
        #expect(issue(corpus.report, about: "pipe.txt")?.contains("not a regular file") == true)
        // A folder is walked, not read, whatever its name.
        #expect(issue(corpus.report, about: "folder.txt") == nil)
        expectCountsAddUp(corpus.report)
    }

    @Test func binaryLatin1AndEmptyFilesAmongGoodOnes() throws {
        let root = try folder()
        for number in 1...3 { try write(good, to: root.appendingPathComponent("good\(number).txt")) }
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x02]).write(to: root.appendingPathComponent("program.txt"))
        try Data("De Navo en Oekra\u{EF}ne".unicodeScalars.map { UInt8($0.value) }).write(to: root.appendingPathComponent("latin1.txt"))
        try Data().write(to: root.appendingPathComponent("empty.txt"))
        try Data("\n\n".utf8).write(to: root.appendingPathComponent("empty.jsonl"))
        let corpus = try Corpus.load([root.path])
        #expect(corpus.articles.map(\.id) == ["good1", "good2", "good3"])
        #expect(issue(corpus.report, about: "program.txt")?.contains("binary") == true)
        #expect(issue(corpus.report, about: "latin1.txt")?.contains("not UTF-8") == true)
        #expect(issue(corpus.report, about: "empty.txt")?.contains("empty") == true)
        #expect(issue(corpus.report, about: "empty.jsonl")?.contains("empty") == true)
        #expect(corpus.report.skipped == 4)
        expectCountsAddUp(corpus.report)
    }

    @Test func jsonLinesWithATruncatedLineADuplicateAndAWrongType() throws {
        let root = try folder()
        let lines = [
            #"{"id": "a", "text": "De NAVO vergadert.", "date": "2022-03"}"#,
            #"{"id": "a", "text": "Dezelfde id."}"#,
            #"{"id": "b", "text": ["geen", "tekst"]}"#,
            #"{"id": "c", "text": "Rusland", "date": 2022}"#,
            #"{"id": "d", "text": "afgebro"#,
        ]
        try write(lines.joined(separator: "\n"), to: root.appendingPathComponent("feed.jsonl"))
        let corpus = try Corpus.load([root.path])
        #expect(corpus.articles.map(\.id) == ["a", "a~2", "c"])
        #expect(issue(corpus.report, about: "feed.jsonl:2")?.contains("a~2") == true)
        #expect(issue(corpus.report, about: "feed.jsonl:3")?.contains("no 'text'") == true)
        #expect(issue(corpus.report, about: "feed.jsonl:4")?.contains("'date'") == true)
        #expect(issue(corpus.report, about: "feed.jsonl:5")?.contains("cut off") == true)
        #expect(corpus.report.inputs == 5)
        expectCountsAddUp(corpus.report)
    }
}
