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
        return text.withUTF8 { bytes in tokens(in: bytes, range: range ?? 0..<bytes.count) }
    }

    static func tokens(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [TextToken] {
        var result: [TextToken] = []
        // One buffer for every token's folded bytes, instead of an allocation per word.
        var folded: [UInt8] = []
        folded.reserveCapacity(64)
        var scanner = UTF8Scanner(bytes, from: range.lowerBound)
        while scanner.offset < range.upperBound, let (scalar, length) = scanner.peek() {
            let start = scanner.offset
            switch CharacterClass(scalar) {
            case .space:
                _ = scanner.advance()
            case .letter, .digit:
                result.append(word(startingAt: start, in: bytes, limit: range.upperBound, scanner: &scanner, folded: &folded))
            default:
                _ = scanner.advance()
                folded.removeAll(keepingCapacity: true)
                Folding.appendFolded(scalar, to: &folded)
                result.append(TextToken(kind: .punctuation, range: start..<start + length,
                                        folded: String(decoding: folded, as: UTF8.self), isCapitalized: false, isCompound: false))
            }
        }
        return result
    }

    private static func word(startingAt start: Int, in bytes: UnsafeBufferPointer<UInt8>, limit: Int,
                             scanner: inout UTF8Scanner, folded: inout [UInt8]) -> TextToken {
        folded.removeAll(keepingCapacity: true)
        var sawLetter = false
        var sawHyphen = false
        var isCapitalized = false
        var previous: CharacterClass = .space
        while scanner.offset < limit, let (scalar, length) = scanner.peek() {
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
            Folding.appendFolded(current == .hyphen ? "-" : scalar, to: &folded)
            previous = current
            scanner.skip(length)
        }
        return finish()

        func finish() -> TextToken {
            TextToken(kind: sawLetter ? .word : .number, range: start..<scanner.offset,
                      folded: String(decoding: folded, as: UTF8.self), isCapitalized: isCapitalized,
                      isCompound: sawLetter && sawHyphen)
        }
    }
}
