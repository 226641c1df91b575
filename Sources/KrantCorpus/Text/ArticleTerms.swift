/// An article's terms as the tokenizer numbers them, and the terms of the parts of those that have parts.
struct ArticleTerms: Sendable {
    var table: TermTable
    /// Per term with compound parts or an apostrophe genitive: those terms, parts first, then the base.
    private(set) var parts: [Int32: [Int32]] = [:]

    init(expected: Int) {
        table = TermTable(expected: expected)
    }

    /// A token's folded form: its term for a word or number, its mark for punctuation.
    func folded(_ token: TextToken) -> String {
        token.term >= 0 ? table.terms[Int(token.term)] : String(token.mark)
    }

    /// The word's term, numbering it if it is new; a new word's compound parts and genitive base are numbered
    /// right after it, in the order the corpus-wide numbering expects.
    mutating func id(ofWord word: UnsafeBufferPointer<UInt8>, hash: UInt64, hasLetters: Bool, isCompound: Bool) -> Int32 {
        let count = table.terms.count
        let term = table.id(ofBytes: word, hash: hash)
        // Most words are neither compounds nor genitives: they are asked nothing more.
        guard hasLetters, Int(term) == count, isCompound || word.last == 0x73 else { return term }
        var partTerms: [Int32] = []
        for part in isCompound ? Tokenizer.compoundParts(of: word) : [] {
            let part = UnsafeBufferPointer(rebasing: word[part])
            partTerms.append(table.id(ofBytes: part, hash: TermTable.hash(part)))
        }
        if let base = Tokenizer.apostropheGenitiveBase(of: word) {
            let base = UnsafeBufferPointer(rebasing: word[base])
            partTerms.append(table.id(ofBytes: base, hash: TermTable.hash(base)))
        }
        partTerms.removeAll { $0 == term }
        if !partTerms.isEmpty { parts[term] = partTerms }
        return term
    }
}
