/// A capitalised name in one sentence that no gazetteer mention covers, with its title and any
/// sentence-initial function word already left out.
struct NameCandidate: Sendable {
    /// The words as written, joined by single spaces: `Svetlana Tichanovskaja`; empty for a single word,
    /// whose spelling is read from the text when the corpus proves it a name.
    let name: String
    /// The `NameKey` its spellings are merged under; empty for a single word.
    let key: String
    /// UTF-8 byte offsets in the article text.
    let range: Range<Int>
    /// Positions of its first and last token in the sentence's tokens.
    let tokens: ClosedRange<Int>
    /// What its surroundings say about its kind.
    let cues: KindCues.Occurrence
    /// A single word (`Hamas`, `ECB`): a name only when the whole corpus bears it out, so it is weighed after
    /// loading rather than made an actor at once.
    var isSingleWord: Bool { tokens.count == 1 }
    /// Whether it opens its sentence, where every word is capitalised and so proves nothing about names.
    let opensSentence: Bool
}
