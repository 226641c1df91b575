import KrantCorpus
import KrantQuery
import KrantRender
let corpus = try Corpus.load(["samples/corpus"])
var session = QuerySession(corpus: corpus)
for q in CommandLine.arguments.dropFirst() {
    print("> \(q)")
    do {
        for r in try session.run(q) { print(ResultRenderer(width: 110).render(r), terminator: "") }
    } catch {
        print(DiagnosticRenderer().render(error))
    }
}
