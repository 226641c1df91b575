/// One token of article text: a word (compounds and numbers kept whole) or a single punctuation mark.
public struct TextToken: Sendable, Hashable {
    /// Whether a token is a word or punctuation.
    public enum Kind: Sendable, Hashable { case word, number, punctuation }

    public let kind: Kind
    /// UTF-8 byte offsets in the article text.
    public let range: Range<Int>
    /// The folded form (`Oekraïne` → `oekraine`), used for every match.
    public let folded: String
    /// Whether the first letter is uppercase, for names and sentence starts.
    public let isCapitalized: Bool
    /// Whether the word is a hyphenated compound (`navo-top`), noted while tokenising since every word is asked.
    public let isCompound: Bool
    /// `TermTable.hash(folded)`, taken while folding, so that numbering and matching need not read the term again.
    let foldedHash: UInt64
    /// The word's number in its article's `TermTable`, given by the tokenizer; -1 for punctuation.
    let term: Int32
    /// Whether the folded form ends in `s`, as genitives do; asked of every word by numbering and matching.
    let endsInS: Bool

    /// The parts of a hyphenated compound (`navo-top` → `navo`, `top`); empty for a simple word.
    public var compoundParts: [Substring] {
        guard kind == .word, isCompound else { return [] }
        return folded.split(separator: "-", omittingEmptySubsequences: true)
    }

    /// The word without an apostrophe genitive (`rusland's` → `rusland`), if it has one.
    public var apostropheGenitiveBase: Substring? {
        guard kind == .word, folded.utf8.count > 2, folded.utf8.last == 0x73, folded.utf8.dropLast().last == 0x27 else { return nil }
        return folded.dropLast(2)
    }
}

/// Splits text into words and punctuation, working on UTF-8 bytes.
///
/// A word is a run of letters and digits; a hyphen or apostrophe between two letters stays inside it
/// (`NAVO-top`, `Rusland’s`, `regio’s`), and so does a `.` or `,` between two digits (`100.000`, `2,5`).
public enum Tokenizer {
    /// The tokens of `text[range]`, with offsets into `text`.
    public static func tokens(in text: String, range: Range<Int>? = nil) -> [TextToken] {
        var text = text
        var terms = TermTable()
        return text.withUTF8 { bytes in tokens(in: bytes, range: range ?? 0..<bytes.count, terms: &terms) }
    }

    /// The tokens of `bytes[range]`, their words numbered in `terms` (an article's table), each followed by
    /// its compound parts and genitive base, in the order the corpus-wide numbering expects.
    static func tokens(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, terms: inout TermTable) -> [TextToken] {
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
                folded.removeAll()
                folded.append(folding: scalar)
                result.append(TextToken(kind: .punctuation, range: start..<start + length,
                                        folded: String(decoding: folded.bytes, as: UTF8.self), isCapitalized: false,
                                        isCompound: false, foldedHash: TermTable.hash(folded.bytes), term: -1,
                                        endsInS: false))
            }
        }
        return result
    }

    private static func word(startingAt start: Int, in bytes: UnsafeBufferPointer<UInt8>, limit: Int,
                             scanner: inout UTF8Scanner, folded: inout FoldBuffer, terms: inout TermTable) -> TextToken {
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
            let hash = TermTable.hash(whole)
            let term = terms.id(ofBytes: whole, hash: hash)
            let isCompound = sawLetter && sawHyphen
            if sawLetter { numberParts(of: whole, isCompound: isCompound, in: &terms) }
            return TextToken(kind: sawLetter ? .word : .number, range: start..<scanner.offset,
                             folded: terms.terms[Int(term)], isCapitalized: isCapitalized,
                             isCompound: isCompound, foldedHash: hash, term: term, endsInS: whole.last == 0x73)
        }
    }

    /// Numbers a word's compound parts (`navo-top` → `navo`, `top`) and then its apostrophe genitive's base
    /// (`rusland's` → `rusland`), as `TextToken.compoundParts` and `apostropheGenitiveBase` give them.
    private static func numberParts(of word: UnsafeBufferPointer<UInt8>, isCompound: Bool, in terms: inout TermTable) {
        if isCompound {
            for part in word.split(separator: 0x2D, omittingEmptySubsequences: true) {
                let part = UnsafeBufferPointer(rebasing: part)
                _ = terms.id(ofBytes: part, hash: TermTable.hash(part))
            }
        }
        if word.count > 2, word[word.count - 1] == 0x73, word[word.count - 2] == 0x27 {
            let base = UnsafeBufferPointer(rebasing: word[..<(word.count - 2)])
            _ = terms.id(ofBytes: base, hash: TermTable.hash(base))
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
