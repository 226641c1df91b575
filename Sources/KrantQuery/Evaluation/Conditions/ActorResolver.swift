import KrantCorpus

/// Turns the actor names users type into actors, for conditions, `kwic actor` and `timeline of`.
struct ActorResolver {
    let corpus: Corpus

    /// The actors a literal names; an unknown name is an error that suggests the closest ones.
    func actors(named literal: Literal) throws(Diagnostic) -> [Int] {
        let name: String
        switch literal.kind {
        case .string(let text), .word(let text): name = text
        default:
            throw Diagnostic(.semantic, "an actor is named in quotes", at: literal.range, help: "write actor = \"NAVO\"")
        }
        let found = corpus.actors(named: name)
        guard found.isEmpty else { return found.map(\.id) }
        // Suggest canonical names; a near-miss of a form (`Poetins`) suggests the actor it belongs to.
        let byForm = Dictionary(corpus.actors.flatMap { actor in actor.forms.map { ($0.text, actor.name) } },
                                uniquingKeysWith: { first, _ in first })
        let names = Suggestions.closest(to: name, among: corpus.actors.map(\.name))
        let suggestions = names.isEmpty ? Suggestions.closest(to: name, among: byForm.keys).compactMap { byForm[$0] } : names
        throw Diagnostic(.semantic, "unknown actor '\(name)'", at: literal.range,
                         notes: ["'.actors' lists the known actors; names are matched ignoring case and accents"],
                         help: Suggestions.didYouMean(name, among: suggestions, quote: "\""))
    }
}
