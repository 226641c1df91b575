import KrantCorpus

/// Turns query text into tokens, or the first lexical error.
///
/// Works on UTF-8 bytes; typographic quotes pasted from a word processor (“…”, „…“) delimit strings too.
public struct Lexer {
    private let bytes: [UInt8]
    private var position = 0
    private var tokens: [Token] = []

    public init(_ source: QuerySource) {
        bytes = Array(source.text.utf8)
    }

    /// Every token, ending with `.end`.
    public static func tokenize(_ source: QuerySource) throws(QueryError) -> [Token] {
        var lexer = Lexer(source)
        do {
            return try lexer.run()
        } catch {
            throw QueryError(diagnostic: error, source: source)
        }
    }

    private mutating func run() throws(Diagnostic) -> [Token] {
        while position < bytes.count {
            try scanToken()
        }
        tokens.append(Token(kind: .end, range: bytes.count..<bytes.count))
        return tokens
    }

    private static let openingQuotes: [[UInt8]] = [Array("“".utf8), Array("„".utf8), Array("”".utf8)]
    private static let closingQuotes: [[UInt8]] = [Array("”".utf8), Array("“".utf8), [0x22]]

    private mutating func scanToken() throws(Diagnostic) {
        let start = position
        let byte = bytes[position]
        switch byte {
        case 0x20, 0x09, 0x0D:
            position += 1
        case 0x0A:
            position += 1
            add(.newline, from: start)
        case UInt8(ascii: "#"):
            while position < bytes.count, bytes[position] != 0x0A { position += 1 }
        case UInt8(ascii: "|"):
            position += 1
            if peek() == UInt8(ascii: "|") {
                throw Diagnostic(.lexical, "'||' is not an operator", at: start..<position + 1, help: "write 'or'")
            }
            add(.pipe, from: start)
        case UInt8(ascii: "("): position += 1; add(.leftParen, from: start)
        case UInt8(ascii: ")"): position += 1; add(.rightParen, from: start)
        case UInt8(ascii: ","): position += 1; add(.comma, from: start)
        case UInt8(ascii: ";"): position += 1; add(.semicolon, from: start)
        case UInt8(ascii: "~"): position += 1; add(.tilde, from: start)
        case UInt8(ascii: "="):
            position += 1
            if peek() == UInt8(ascii: "=") {
                throw Diagnostic(.lexical, "'==' is not an operator", at: start..<position + 1, help: "write '='")
            }
            add(.equal, from: start)
        case UInt8(ascii: "!"):
            position += 1
            guard peek() == UInt8(ascii: "=") else {
                throw Diagnostic(.lexical, "unexpected '!'", at: start..<position, help: "write 'not' or '!='")
            }
            position += 1
            add(.notEqual, from: start)
        case UInt8(ascii: "<"):
            position += 1
            if peek() == UInt8(ascii: "=") { position += 1; add(.lessEqual, from: start) }
            else if peek() == UInt8(ascii: ">") { position += 1; add(.notEqual, from: start) }
            else { add(.less, from: start) }
        case UInt8(ascii: ">"):
            position += 1
            if peek() == UInt8(ascii: "=") { position += 1; add(.greaterEqual, from: start) } else { add(.greater, from: start) }
        case UInt8(ascii: "&"):
            let length = peek(1) == UInt8(ascii: "&") ? 2 : 1
            throw Diagnostic(.lexical, "'\(String(repeating: "&", count: length))' is not an operator", at: start..<start + length,
                             help: "write 'and'")
        case UInt8(ascii: "\""):
            position += 1
            try scanString(from: start, closers: [[0x22]])
        case UInt8(ascii: "'"):
            throw Diagnostic(.lexical, "strings are written in double quotes", at: start..<start + 1,
                             help: "write \"…\" instead of '…'")
        case UInt8(ascii: "/"):
            try scanRegex(from: start)
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            try scanNumberOrDate(from: start)
        case UInt8(ascii: "-") where peek(1).map { $0 >= 0x30 && $0 <= 0x39 } ?? false:
            position += 1
            try scanNumberOrDate(from: start)
        default:
            if let quote = Self.openingQuotes.first(where: { bytes[position...].starts(with: $0) }) {
                position += quote.count
                try scanString(from: start, closers: Self.closingQuotes)
            } else if isIdentifierStart(at: position) {
                scanWord(from: start)
            } else {
                let length = scalarLength(at: position)
                let text = String(decoding: bytes[position..<position + length], as: UTF8.self)
                throw Diagnostic(.lexical, "unexpected character '\(text)'", at: start..<start + length, help: quotingHelp(at: start))
            }
        }
    }

    /// For a word run into a character that cannot follow it (`chart.svg`, `rapport-2022/maart`): the whole
    /// run, in quotes, as text is written.
    private func quotingHelp(at start: Int) -> String? {
        guard let previous = tokens.last, previous.range.upperBound == start, case .identifier = previous.kind else { return nil }
        var end = start
        while end < bytes.count, ![0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "|"), UInt8(ascii: ";"), UInt8(ascii: ",")].contains(bytes[end]) { end += 1 }
        return "text such as a file name is written in double quotes: \"\(String(decoding: bytes[previous.range.lowerBound..<end], as: UTF8.self))\""
    }

    private mutating func scanString(from start: Int, closers: [[UInt8]]) throws(Diagnostic) {
        var value: [UInt8] = []
        while position < bytes.count {
            if let closer = closers.first(where: { bytes[position...].starts(with: $0) }) {
                position += closer.count
                add(.string(String(decoding: value, as: UTF8.self)), from: start)
                return
            }
            let byte = bytes[position]
            if byte == 0x0A { break }
            if byte == UInt8(ascii: "\\") {
                guard let next = peek(1), next == UInt8(ascii: "\"") || next == UInt8(ascii: "\\") else {
                    throw Diagnostic(.lexical, "unknown escape in string", at: position..<position + 2,
                                     help: "only \\\" and \\\\ are escapes; write \\\\ for a backslash")
                }
                value.append(next)
                position += 2
                continue
            }
            value.append(byte)
            position += 1
        }
        throw Diagnostic(.lexical, "this string has no closing quote", at: start..<position,
                         help: "end it with \" on the same line")
    }

    private mutating func scanRegex(from start: Int) throws(Diagnostic) {
        position += 1
        var pattern: [UInt8] = []
        while position < bytes.count, bytes[position] != UInt8(ascii: "/") {
            if bytes[position] == 0x0A { break }
            if bytes[position] == UInt8(ascii: "\\"), let next = peek(1), next == UInt8(ascii: "/") {
                pattern.append(next)
                position += 2
                continue
            }
            pattern.append(bytes[position])
            position += 1
        }
        guard position < bytes.count, bytes[position] == UInt8(ascii: "/") else {
            throw Diagnostic(.lexical, "this regular expression has no closing '/'", at: start..<position,
                             help: "end it with / on the same line")
        }
        position += 1
        var flags = ""
        while let byte = peek(), (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) {
            flags.append(Character(Unicode.Scalar(byte)))
            position += 1
        }
        if let unknown = flags.first(where: { $0 != "i" }) {
            throw Diagnostic(.lexical, "unknown regular expression flag '\(unknown)'", at: start..<position,
                             help: "the only flag is 'i', for case-insensitive matching")
        }
        add(.regex(pattern: String(decoding: pattern, as: UTF8.self), flags: flags), from: start)
    }

    private mutating func scanNumberOrDate(from start: Int) throws(Diagnostic) {
        while let byte = peek(), isDigit(byte) || (byte == UInt8(ascii: "-") && peek(1).map(isDigit) == true && position > start) {
            position += 1
        }
        if let byte = peek(), isIdentifierStart(at: position) || byte == UInt8(ascii: ".") {
            while position < bytes.count, isIdentifierStart(at: position) || isDigit(bytes[position]) || bytes[position] == UInt8(ascii: ".") {
                position += scalarLength(at: position)
            }
            let text = String(decoding: bytes[start..<position], as: UTF8.self)
            throw Diagnostic(.lexical, "'\(text)' is not a number or a date", at: start..<position,
                             help: "dates are written 2022, 2022-03 or 2022-03-15; quote text as \"\(text)\"")
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if text.dropFirst().contains("-") {
            do {
                add(.date(try CorpusDate(parsing: text)), from: start)
            } catch {
                throw Diagnostic(.lexical, "bad date '\(text)': \(error)", at: start..<position)
            }
        } else if let value = Int(text) {
            add(.integer(value), from: start)
        } else {
            throw Diagnostic(.lexical, "the number '\(text)' is too large", at: start..<position)
        }
    }

    private mutating func scanWord(from start: Int) {
        while position < bytes.count, isIdentifierStart(at: position) || isDigit(bytes[position]) {
            position += scalarLength(at: position)
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if let keyword = Keyword(rawValue: text.lowercased()) {
            add(.keyword(keyword), from: start)
        } else {
            add(.identifier(text), from: start)
        }
    }

    private func isIdentifierStart(at offset: Int) -> Bool {
        let byte = bytes[offset]
        if byte == UInt8(ascii: "_") || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) { return true }
        guard byte >= 0x80 else { return false }
        let length = scalarLength(at: offset)
        guard let scalar = String(decoding: bytes[offset..<offset + length], as: UTF8.self).unicodeScalars.first else {
            return false
        }
        return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private func scalarLength(at offset: Int) -> Int {
        let lead = bytes[offset]
        let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        return min(length, bytes.count - offset)
    }

    private func peek(_ ahead: Int = 0) -> UInt8? {
        position + ahead < bytes.count ? bytes[position + ahead] : nil
    }

    private mutating func add(_ kind: Token.Kind, from start: Int) {
        tokens.append(Token(kind: kind, range: start..<position))
    }
}
