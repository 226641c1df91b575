import Foundation
import KrantCorpus
import KrantRender
import Testing
@testable import KrantShell

/// The same scripts over the same corpus print the same bytes: on every run, and whatever order the articles
/// were given in.
@Suite("Determinism")
struct DeterminismTests {
    /// Every sample script, one after the other, in every output format.
    static func transcript(over corpus: Corpus) -> String {
        var transcript = ""
        for format in OutputFormat.allCases {
            for name in SampleScriptTests.scripts {
                let script = (try? String(contentsOf: SampleScriptTests.folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
                let output = StringSink(), errors = StringSink()
                let shell = Shell(corpus: corpus, settings: ShellSettings(format: format, colors: false, width: 100),
                                  output: output, errors: errors)
                _ = shell.runScript(script, name: name)
                transcript += "== \(format) \(name)\n" + output.text + errors.text
            }
        }
        return transcript
    }

    @Test func twoRunsPrintTheSameBytes() throws {
        let first = Self.transcript(over: ShellFixtures.corpus)
        let second = Self.transcript(over: try Corpus.load([ShellFixtures.samplePath]))
        #expect(first.utf8.count > 10_000)
        let identical = first == second
        #expect(identical)
    }

    @Test func theOrderTheArticlesAreGivenInDoesNotMatter() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: ShellFixtures.samplePath)
            .filter { $0.hasSuffix(".txt") }.sorted().map { ShellFixtures.samplePath + "/" + $0 }
        let forwards = try Corpus.load(files)
        let backwards = try Corpus.load(files.reversed())
        let shuffled = try Corpus.load([files[2], ShellFixtures.samplePath, files[4], files[0]])
        #expect(backwards.articles.map(\.id) == forwards.articles.map(\.id))
        #expect(shuffled.articles.map(\.id) == forwards.articles.map(\.id))
        let reference = Self.transcript(over: forwards)
        let identical = Self.transcript(over: backwards) == reference && Self.transcript(over: shuffled) == reference
        #expect(identical)
    }
}

extension ProcessTests {
    /// Each process hashes with its own random seed, so only separate runs show an order taken from a hash table.
    @Suite("Determinism across processes")
    struct ProcessDeterminismTests {
        @Test func separateRunsPrintTheSameBytesWhateverTheArticleOrder() throws {
            let files = try FileManager.default.contentsOfDirectory(atPath: ShellFixtures.samplePath)
                .filter { $0.hasSuffix(".txt") }.sorted().map { "samples/corpus/" + $0 }
            let scripts = SampleScriptTests.scripts.flatMap { ["-f", "samples/queries/" + $0] }
            var outputs: [String] = []
            for (run, order) in [files, files, files.reversed(), files.reversed()].enumerated() {
                let format = run % 2 == 0 ? "json" : "table"
                let corpus = order.flatMap { ["--corpus", $0] }
                let result = try ShellFixtures.run(corpus + ["--format", format] + scripts)
                #expect(result.status == 0)
                outputs.append(result.output)
            }
            #expect(outputs[0].utf8.count > 10_000)
            let identical = outputs[0] == outputs[2] && outputs[1] == outputs[3]
            #expect(identical)
        }
    }
}
