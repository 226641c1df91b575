// libFuzzer target: arbitrary bytes as a script of statements, through lexer, parser, evaluator and every
// renderer, over the sample corpus. Built by scripts/fuzz.sh, not by SwiftPM (libFuzzer brings its own main).
import Foundation
import KrantCorpus
import KrantQuery
import KrantRender

private let sampleCorpus: Corpus = {
    let root = ProcessInfo.processInfo.environment["KRANT_FUZZ_CORPUS"] ?? "samples/corpus"
    guard let corpus = try? Corpus.load([root]) else { fatalError("the fuzzer needs the sample corpus at \(root)") }
    return corpus
}()

private let renderers = OutputFormat.allCases.map { ResultRenderer(format: $0, width: 60, showsBars: true) }

@_cdecl("LLVMFuzzerTestOneInput")
public func queryFuzzerTestOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    var session = QuerySession(corpus: sampleCorpus)
    do {
        for result in try session.run(text) {
            for renderer in renderers { _ = renderer.render(result) }
        }
    } catch {
        _ = DiagnosticRenderer(showsLocation: true).render(error)
    }
    return 0
}
