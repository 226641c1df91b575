/// Splits text into words and punctuation, working on UTF-8 bytes.
///
/// A word is a run of letters and digits; a hyphen or apostrophe between two letters stays inside it
/// (`NAVO-top`, `Rusland’s`, `regio’s`), and so does a `.` or `,` between two digits (`100.000`, `2,5`).
public enum Tokenizer {
    /// The words and numbers of `text[range]`, folded, with offsets into `text`; punctuation is left out.
    public static func words(in text: String, range: Range<Int>? = nil) -> [FoldedWord] {
        var text = text
        var terms = ArticleTerms(expected: 8)
        let tokens = text.withUTF8 { bytes in self.tokens(in: bytes, range: range ?? 0..<bytes.count, terms: &terms) }
        return tokens.compactMap { token in
            token.kind == .punctuation ? nil
                : FoldedWord(range: token.range, folded: terms.folded(token), isNumber: token.kind == .number)
        }
    }

    /// The tokens of `bytes[range]`, their words numbered in `terms` (an article's table).
    static func tokens(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, terms: inout ArticleTerms) -> [TextToken] {
        var result: [TextToken] = []
        result.reserveCapacity(range.count / 5)
        var folded = FoldBuffer()
        var scanner = UTF8Scanner(bytes, from: range.lowerBound)
        while scanner.offset < range.upperBound, let (scalar, length) = scanner.peek() {
            let start = scanner.offset
            switch CharacterClass(scalar) {
            case .space:
                _ = scanner.advance()
            case .letter, .digit:
                result.append(word(startingAt: start, in: bytes, limit: range.upperBound, scanner: &scanner, folded: &folded,
                                   terms: &terms))
            default:
                _ = scanner.advance()
                result.append(TextToken(kind: .punctuation, isCapitalized: false, isCompound: false, endsInS: false,
                                        term: -1, mark: foldedMark(scalar), range: start..<start + length))
            }
        }
        return result
    }

    /// The byte ranges of the parts of a folded hyphenated compound (`navo-top` → `navo`, `top`); empty for a
    /// word without a hyphen.
    static func compoundParts(of word: some Collection<UInt8>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = 0, offset = 0
        for byte in word {
            if byte == 0x2D {
                if offset > start { parts.append(start..<offset) }
                start = offset + 1
            }
            offset += 1
        }
        guard !parts.isEmpty || start > 0 else { return [] }
        if offset > start { parts.append(start..<offset) }
        return parts
    }

    /// The byte range of a folded word without its apostrophe genitive (`rusland's` → `rusland`), if it has one.
    static func apostropheGenitiveBase(of word: some BidirectionalCollection<UInt8>) -> Range<Int>? {
        guard word.count > 2, word.last == 0x73, word.dropLast().last == 0x27 else { return nil }
        return 0..<(word.count - 2)
    }

    private static func foldedMark(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.value < 0x80 { return scalar }
        var folded: [UInt8] = []
        Folding.appendFolded(scalar, to: &folded)
        let scalars = String(decoding: folded, as: UTF8.self).unicodeScalars
        return scalars.count == 1 ? scalars.first! : TextToken.unfoldableMark
    }

    private static func word(startingAt start: Int, in bytes: UnsafeBufferPointer<UInt8>, limit: Int,
                             scanner: inout UTF8Scanner, folded: inout FoldBuffer, terms: inout ArticleTerms) -> TextToken {
        folded.removeAll()
        var sawLetter = false
        var sawHyphen = false
        var isCapitalized = false
        var previous: CharacterClass = .space
        while scanner.offset < limit {
            // Most of a corpus is ASCII letters and digits: those take no decoding and no table.
            let byte = bytes[scanner.offset]
            if byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A {
                if folded.isEmpty { isCapitalized = byte <= 0x5A }
                sawLetter = true
                folded.append(byte | 0x20)
                previous = .letter
                scanner.skip(1)
                continue
            }
            if byte >= 0x30 && byte <= 0x39 {
                folded.append(byte)
                previous = .digit
                scanner.skip(1)
                continue
            }
            guard let (scalar, length) = scanner.peek() else { break }
            let current = CharacterClass(scalar)
            switch current {
            case .letter, .digit:
                if folded.isEmpty {
                    isCapitalized = scalar.value < 0x80 ? (scalar.value >= 0x41 && scalar.value <= 0x5A) : scalar.properties.isUppercase
                }
                if current == .letter { sawLetter = true }
            case .hyphen, .apostrophe, .sentenceEnd, .other:
                let next = scanner.peek(at: scanner.offset + length).map { CharacterClass($0.scalar) }
                let joinsWord = (current == .hyphen && (previous == .letter || previous == .digit)
                                    && (next == .letter || next == .digit))
                    || (current == .apostrophe && previous == .letter && next == .letter)
                    || ((scalar == "." || scalar == ",") && previous == .digit && next == .digit)
                guard joinsWord, scanner.offset + length < limit else { return finish() }
            default:
                return finish()
            }
            if current == .hyphen { sawHyphen = true }
            folded.append(folding: current == .hyphen ? "-" : scalar)
            previous = current
            scanner.skip(length)
        }
        return finish()

        func finish() -> TextToken {
            let whole = folded.bytes
            let isCompound = sawLetter && sawHyphen
            let term = terms.id(ofWord: whole, hash: TermTable.hash(whole), hasLetters: sawLetter, isCompound: isCompound)
            return TextToken(kind: sawLetter ? .word : .number, isCapitalized: isCapitalized, isCompound: isCompound, endsInS: whole.last == 0x73, term: term,
                             mark: TextToken.unfoldableMark, range: start..<scanner.offset)
        }
    }
}

/// The folded bytes of the token being read, in one buffer reused for every token: appending to an array
/// checked its uniqueness for every byte of the corpus.
private struct FoldBuffer: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    /// For the rare scalar that is not ASCII.
    private var scratch: [UInt8] = []

    init() {
        capacity = 64
        start = .allocate(capacity: capacity)
    }

    deinit { start.deallocate() }

    var isEmpty: Bool { count == 0 }
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: count) }

    mutating func removeAll() { count = 0 }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow() }
        start[count] = byte
        count += 1
    }

    mutating func append(folding scalar: Unicode.Scalar) {
        if scalar.value < 0x80 {
            let byte = UInt8(scalar.value)
            append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            return
        }
        scratch.removeAll(keepingCapacity: true)
        Folding.appendFolded(scalar, to: &scratch)
        for byte in scratch { append(byte) }
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        larger.update(from: start, count: count)
        start.deallocate()
        start = larger
        capacity *= 2
    }
}
