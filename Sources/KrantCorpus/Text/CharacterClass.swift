/// What the tokenizer and the sentence splitter need to know about a scalar.
enum CharacterClass {
    case letter, digit, space, hyphen, apostrophe, sentenceEnd, openingQuote, closingQuote, other

    /// Called for every scalar of the corpus: ASCII is a table lookup.
    @inline(__always)
    init(_ scalar: Unicode.Scalar) {
        self = scalar.value < 0x80 ? Self.ascii[Int(scalar.value)] : Self(classifying: scalar)
    }

    private static let ascii: [CharacterClass] = (0..<0x80).map { Self(classifying: Unicode.Scalar(UInt8($0))) }

    private init(classifying scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x30...0x39: self = .digit
        case 0x41...0x5A, 0x61...0x7A: self = .letter
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0xA0, 0x2000...0x200B, 0x202F, 0x3000: self = .space
        case 0x2D, 0x2010, 0x2011: self = .hyphen
        case 0x27, 0x2019, 0x02BC: self = .apostrophe
        case 0x2E, 0x3F, 0x21, 0x2026: self = .sentenceEnd
        case 0x201C, 0x201E, 0x2018, 0x201A, 0xAB, 0x28, 0x5B: self = .openingQuote
        case 0x22, 0x201D, 0xBB, 0x29, 0x5D: self = .closingQuote
        default:
            if scalar.value < 0x80 { self = .other; return }
            let properties = scalar.properties
            if properties.isAlphabetic || properties.generalCategory == .nonspacingMark {
                self = .letter
            } else if properties.numericType != nil {
                self = .digit
            } else if properties.isWhitespace {
                self = .space
            } else {
                self = .other
            }
        }
    }
}
