/// What a form matches in the text: its words, folded, or as written for a case-sensitive form. Two forms
/// with the same key compete for the same words, so the gazetteer's checks, its merging and the matcher all
/// compare forms by it.
struct MatchKey: Hashable, Sendable {
    let words: [String]
    let isCaseSensitive: Bool

    init(_ form: ActorForm) {
        self.init(text: form.text, isCaseSensitive: form.isCaseSensitive)
    }

    init(text: String, isCaseSensitive: Bool) {
        let found = Tokenizer.words(in: text)
        words = isCaseSensitive ? found.map { String(text.utf8Slice($0.range)) } : found.map(\.folded)
        self.isCaseSensitive = isCaseSensitive
    }
}
