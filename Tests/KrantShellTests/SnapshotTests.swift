import Foundation
import Testing
import KrantTestSupport
@testable import KrantCorpus
@testable import KrantShell
import KrantSynthetic

/// `krant index` snapshots: the same answers as the text they came from, and every unusable file refused with
/// a reason, never a crash.
@Suite("Saved indexes")
struct SnapshotTests {
    let temporary = TemporaryFolders()

    /// A copy of the sample corpus and a snapshot of it.
    private func snapshot() throws -> (sources: String, file: String) {
        let root = try temporary.make("snapshot").path
        try FileManager.default.copyItem(atPath: ShellFixtures.samplePath, toPath: root + "/corpus")
        let corpus = try Corpus.load([root + "/corpus"])
        try CorpusSnapshot.write(corpus, sources: [root + "/corpus"], to: root + "/corpus.krantindex")
        return (root + "/corpus", root + "/corpus.krantindex")
    }

    private func refusal(_ path: String, gazetteer: Gazetteer = .standard) -> String? {
        do {
            _ = try CorpusSnapshot.open(path, gazetteer: gazetteer)
            return nil
        } catch {
            return error.reason
        }
    }

    @Test func aSnapshotAnswersEveryScriptAsTheTextDoes() throws {
        let (sources, file) = try snapshot()
        #expect(CorpusSnapshot.isSnapshot(file))
        #expect(!CorpusSnapshot.isSnapshot(sources + "/000_7d7a0e2b2ca19402.txt"))
        let opened = try CorpusSnapshot.open(file, gazetteer: .standard)
        let loaded = try Corpus.load([sources])
        #expect(opened.report.phases.map(\.name) == ["open the index"])
        let identical = DeterminismTests.transcript(over: opened) == DeterminismTests.transcript(over: loaded)
        #expect(identical)
        #expect(opened.report.inputs == loaded.report.inputs && opened.report.issues.count == loaded.report.issues.count)
    }

    /// A large corpus is written in many pieces; the checksum must not depend on where they break.
    @Test func aSnapshotWrittenInManyPiecesOpens() throws {
        let (sources, file) = try snapshot()
        let corpus = try Corpus.load([sources])
        for flushSize in [1, 7, 1000, 4093] {
            try CorpusSnapshot.write(corpus, sources: [sources], to: file, flushSize: flushSize)
            #expect(refusal(file) == nil, "flush size \(flushSize)")
        }
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        var whole = SnapshotChecksum()
        bytes.withUnsafeBytes { whole.add($0) }
        // Pieces shorter than a word, than the four words taken at once, and longer.
        for size in [1, 3, 8, 13, 31, 33, 100] {
            var pieces = SnapshotChecksum()
            for cut in stride(from: 0, to: bytes.count, by: size) {
                bytes[cut..<min(bytes.count, cut + size)].withUnsafeBytes { pieces.add($0) }
            }
            #expect(whole.value == pieces.value, "pieces of \(size) bytes")
        }
        var changed = bytes
        changed[517] ^= 1
        #expect(changed.withUnsafeBytes { var other = SnapshotChecksum(); other.add($0); return other.value } != whole.value)
    }

    @Test func foreignTruncatedDamagedAndStaleFilesAreRefused() throws {
        let (sources, file) = try snapshot()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        let root = (file as NSString).deletingLastPathComponent

        try Data("date 2022 Geen index.".utf8).write(to: URL(fileURLWithPath: root + "/foreign"))
        #expect(refusal(root + "/foreign")?.hasPrefix("it is not a krant index") == true)
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: root + "/truncated"))
        #expect(refusal(root + "/truncated") == "it is cut off (the file is incomplete)")
        try bytes.prefix(20).write(to: URL(fileURLWithPath: root + "/stub"))
        #expect(refusal(root + "/stub") == "it is cut off (the file is incomplete)")
        var damaged = bytes
        damaged[damaged.count - 100] ^= 0x40
        try damaged.write(to: URL(fileURLWithPath: root + "/damaged"))
        #expect(refusal(root + "/damaged") == "it is damaged (its checksum does not match)")
        var future = bytes
        future[CorpusSnapshot.magic.count] = 99
        try future.write(to: URL(fileURLWithPath: root + "/future"))
        #expect(refusal(root + "/future")?.hasPrefix("it was made by another version of krant (index format 99") == true)

        let other = Gazetteer(actors: Array(Gazetteer.standard.actors.dropLast()))
        #expect(refusal(file, gazetteer: other)?.hasPrefix("it was made with other actors") == true)
        try Data("date 2022-05 Een nieuw artikel over de NAVO.".utf8).write(to: URL(fileURLWithPath: sources + "/new.txt"))
        #expect(refusal(file)?.hasPrefix("its articles have changed since it was made") == true)
    }

    /// `Corpus.open` is the one policy: an index opens as itself, text loads, a stale index falls back to its
    /// sources (saying so before loading), and an index without sources, or among other paths, is refused.
    @Test func corpusOpenDecidesBetweenIndexAndText() throws {
        let (sources, file) = try snapshot()
        #expect(try Corpus.open([file]).origin == .index(file))
        let fromText = try Corpus.open([sources])
        #expect(fromText.origin == .text([sources]) && fromText.refusedIndex == nil && fromText.corpus.articles.count == 5)

        try Data("date 2022-05 Een nieuw artikel over de NAVO.".utf8).write(to: URL(fileURLWithPath: sources + "/new.txt"))
        var heard: [String] = []
        let stale = try Corpus.open([file], refused: { heard.append($0.reason) })
        #expect(stale.origin == .text([sources]) && stale.corpus.articles.count == 6)
        #expect(heard.count == 1 && heard.first?.hasPrefix("its articles have changed since it was made") == true)
        #expect(stale.refusedIndex?.sources == [sources])

        do {
            _ = try Corpus.open([file, sources])
            Issue.record("an index among other paths was opened")
        } catch {
            #expect(error.description == "the index '\(file)' is opened on its own, not together with other --corpus paths")
        }
        try FileManager.default.removeItem(atPath: sources)
        do {
            _ = try Corpus.open([file])
            Issue.record("an index whose sources are gone was opened")
        } catch {
            guard case .unusableIndex(let refusal) = error else { Issue.record("\(error)"); return }
            #expect(refusal.reason.hasPrefix("its articles have changed"))
        }
    }

    /// Damage that the checksum would catch, with the checksum made to match: the contents are checked too.
    @Test func damageBehindAMatchingChecksumIsRefusedNotACrash() throws {
        let (_, file) = try snapshot()
        let original = try Data(contentsOf: URL(fileURLWithPath: file))
        var generator = SystemRandomNumberGenerator()
        var refused = 0
        for attempt in 0..<300 {
            var bytes = [UInt8](original)
            let position = CorpusSnapshot.headerSize + Int.random(in: 0..<(bytes.count - CorpusSnapshot.headerSize), using: &generator)
            bytes[position] = attempt % 3 == 0 ? 0xFF : UInt8.random(in: 0...255, using: &generator)
            var checksum = SnapshotChecksum()
            bytes[CorpusSnapshot.headerSize...].withUnsafeBytes { checksum.add($0) }
            withUnsafeBytes(of: Int64(Int(bitPattern: UInt(checksum.value))).littleEndian) { field in
                for (offset, byte) in field.enumerated() { bytes[CorpusSnapshot.magic.count + 16 + offset] = byte }
            }
            let path = file + ".\(attempt)"
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            if refusal(path) != nil { refused += 1 }
            try FileManager.default.removeItem(atPath: path)
        }
        // Many bytes are text, where a change is just different text; the rest must be refused.
        #expect(refused > 0)
    }
}

extension ProcessTests {
    @Suite("krant index")
    struct IndexCommandTests {
        let temporary = TemporaryFolders()

        @Test func indexThenOpenAndFallBackToTextWhenStale() throws {
            let root = try temporary.make("index").path
            try FileManager.default.copyItem(atPath: ShellFixtures.samplePath, toPath: root + "/corpus")
            let written = try ShellFixtures.run(["index", "--corpus", root + "/corpus", "--output", root + "/x.krantindex"])
            #expect(written.status == 0)
            #expect(written.errors.contains("wrote \(root)/x.krantindex: 5 articles"))
            let opened = try ShellFixtures.run(["--corpus", root + "/x.krantindex", "-e", "articles | count"])
            #expect(opened.status == 0 && opened.output == "5\n" && opened.errors.isEmpty)

            try Data("date 2022-05 Een nieuw artikel over de NAVO.".utf8).write(to: URL(fileURLWithPath: root + "/corpus/new.txt"))
            let stale = try ShellFixtures.run(["--corpus", root + "/x.krantindex", "-e", "articles | count"])
            #expect(stale.status == 0 && stale.output == "6\n")
            #expect(stale.errors.contains("warning: cannot use the index '\(root)/x.krantindex': its articles have changed since it was made"))
            #expect(stale.errors.contains("loading its articles from text instead"))

            try FileManager.default.removeItem(atPath: root + "/corpus")
            let gone = try ShellFixtures.run(["--corpus", root + "/x.krantindex", "-e", "articles | count"])
            #expect(gone.status == 3)
            let usage = try ShellFixtures.run(["index", "--output", root + "/y.krantindex"])
            #expect(usage.status == 2)
        }

        @Test func anIndexSaysItsLoadProblemsInOneLineAndSummaryListsThem() throws {
            let root = try temporary.make("problems")
            try FileManager.default.copyItem(atPath: ShellFixtures.samplePath, toPath: root.appending("corpus"))
            try Data().write(to: URL(fileURLWithPath: root.appending("corpus/leeg.txt")))
            let written = try ShellFixtures.run(["index", "--corpus", root.appending("corpus"), "--output", root.appending("x.krantindex")])
            #expect(written.errors.contains("leeg.txt: skipped: "), "made from text, each problem is listed")
            let opened = try ShellFixtures.run(["--corpus", root.appending("x.krantindex"), "-e", "articles | count"], input: "")
            #expect(opened.errors == "when this index was made: 1 skipped; .summary lists them\n")
            let summary = try ShellFixtures.run(["--corpus", root.appending("x.krantindex"), "-f", "-"], input: ".summary\n")
            #expect(summary.output.contains("Load problems:\n\(root.appending("corpus/leeg.txt")): skipped: "))
        }

        @Test func anInterruptedIndexLeavesNoFileBehind() throws {
            let root = try temporary.make("interrupted")
            // Large enough that loading it takes a good part of a second.
            let synthetic = SyntheticCorpus(seed: 7, lexiconSize: 20_000)
            try FileManager.default.createDirectory(atPath: root.appending("corpus"), withIntermediateDirectories: true)
            for number in 0..<1_500 {
                try synthetic.article(number).write(toFile: root.appending("corpus/\(number).txt"), atomically: false, encoding: .utf8)
            }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: ShellFixtures.binary)
            process.arguments = ["index", "--corpus", root.appending("corpus"), "--output", root.appending("x.krantindex")]
            process.standardError = Pipe()
            try process.run()
            usleep(300_000)
            kill(process.processIdentifier, SIGINT)
            process.waitUntilExit()
            // Stopped by krant (130) or, if the signal came before krant listened for it, by the signal itself.
            #expect(process.terminationStatus == 130 || process.terminationReason == .uncaughtSignal)
            #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["corpus"])
        }
    }
}
