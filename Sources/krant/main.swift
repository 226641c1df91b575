import KrantCorpus
let corpus = try Corpus.load(["samples/corpus"])
for a in corpus.articles {
    print("== \(a.id) \(a.date?.description ?? "-") \(a.dateProvenance) words=\(a.wordCount) title=\(a.title)")
    for p in a.paragraphs where p.kind != .body { print("   [\(p.kind)] \(a.text.utf8Slice2(p.range).prefix(70))") }
    var counts: [String: Int] = [:]
    for m in corpus.mentions[a.mentions] { counts[corpus.actors[m.actor].name + "/" + String(corpus.form(of: m)), default: 0] += 1 }
    print("   ", counts.sorted { $0.key < $1.key }.map { "\($0.key)×\($0.value)" }.joined(separator: ", "))
}
for s in corpus.sentences[corpus.articles[0].sentences].prefix(60) { print("  S:", corpus.text(of: s)) }
print(corpus.report.issues)
extension String { func utf8Slice2(_ r: Range<Int>) -> Substring { let s = utf8.index(utf8.startIndex, offsetBy: r.lowerBound); return self[s..<utf8.index(s, offsetBy: r.count)] } }
