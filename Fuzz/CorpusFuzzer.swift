// libFuzzer target: arbitrary bytes as an article file and as a JSON Lines file, through the real loader
// (files on disk, as users give them), then a query over whatever loaded. Built by scripts/fuzz.sh.
import Foundation
import KrantCorpus
import KrantQuery

private let folder: String = {
    let path = NSTemporaryDirectory() + "krant-corpus-fuzzer-\(getpid())"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    // libFuzzer ends with exit(), which runs this: the run leaves nothing behind.
    atexit { try? FileManager.default.removeItem(atPath: NSTemporaryDirectory() + "krant-corpus-fuzzer-\(getpid())") }
    return path
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func corpusFuzzerTestOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    for name in ["article.txt", "articles.jsonl"] {
        let path = folder + "/" + name
        guard FileManager.default.createFile(atPath: path, contents: data) else { fatalError("cannot write \(path)") }
        guard let corpus = try? Corpus.load([path]) else { fatalError("a written file did not load: \(path)") }
        let loaded = corpus.articles.count
        let skipped = corpus.report.issues.filter { $0.severity == .skipped }.count
        // Nothing is lost quietly: every input either gives articles or says why it gave none.
        if loaded == 0 && skipped == 0 && String(decoding: data, as: UTF8.self).contains(where: { !$0.isWhitespace }) {
            fatalError("\(name): no article and no reason")
        }
        _ = try? Query.run("articles | actors | sort by articles desc | limit 5", on: corpus)
        _ = try? Query.run("sentences | cooccur", on: corpus)
    }
    return 0
}
