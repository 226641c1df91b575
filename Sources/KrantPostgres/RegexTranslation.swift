/// A regular expression as krant reads it (ICU's syntax, through `NSRegularExpression`) rewritten for
/// PostgreSQL's `~` and `~*` (its advanced syntax), for the part of the syntax that means the same in both:
/// characters, `.`, sets such as `[a-z]` and `[^,.]`, groups, `|`, `^`, `$`, `\b`, `\B`, and the repetitions
/// `*`, `+`, `?` and `{n,m}`, lazy or not (which changes what a match spans, never whether there is one).
///
/// Left out, and refused with the construct named, is what the two engines read differently: `\d`, `\w` and
/// `\s` (ICU's are Unicode classes, PostgreSQL's follow the server's locale), Unicode properties, nested sets and
/// set operations, inline flags, look-around, back references, possessive repetitions, and, with `/…/i`, letters
/// beyond ASCII, whose case the two fold differently.
///
///     let translated = try RegexTranslation.translate("^NAVO[- ]top$", caseInsensitive: true).get()
struct RegexTranslation {
    /// A construct the server does not run the same way, as the user wrote it.
    struct Unsupported: Error, Equatable {
        let construct: String
    }

    /// ICU's `.`: any character but a line terminator.
    private static let dot = #"[^\n\u000b\f\r\u0085\u2028\u2029]"#
    /// ICU's `$` without multi-line mode: the end, or before a line terminator that ends the text.
    private static let end = #"(?=(\r\n|[\n\u000b\f\r\u0085\u2028\u2029])?$)"#
    /// PostgreSQL's limit on a repetition's count.
    private static let largestCount = 255

    private let scalars: [Unicode.Scalar]
    private let caseInsensitive: Bool
    private var position = 0
    private var output = ""

    static func translate(_ pattern: String, caseInsensitive: Bool) -> Result<String, Unsupported> {
        var translation = RegexTranslation(scalars: Array(pattern.unicodeScalars), caseInsensitive: caseInsensitive)
        do {
            try translation.run()
            return .success(translation.output)
        } catch {
            return .failure(error)
        }
    }

    private init(scalars: [Unicode.Scalar], caseInsensitive: Bool) {
        self.scalars = scalars
        self.caseInsensitive = caseInsensitive
    }

    private mutating func run() throws(Unsupported) {
        while let scalar = advance() {
            switch scalar {
            case "\\": try escape(inSet: false)
            case ".": output += Self.dot
            case "^", "|", ")": output.unicodeScalars.append(scalar)
            case "$": output += Self.end
            case "(":
                if peek() == "?" {
                    guard peek(1) == ":" else { throw Unsupported(construct: "(?" + (peek(1).map(String.init) ?? "")) }
                    position += 2
                    output += "(?:"
                } else {
                    output += "("
                }
            case "[": try set()
            case "*", "+", "?":
                output.unicodeScalars.append(scalar)
                try repetitionMode()
            case "{": try count()
            default: try literal(scalar, inSet: false)
            }
        }
    }

    /// After `\`: a word boundary, a control character, or a punctuation character taken literally.
    private mutating func escape(inSet: Bool) throws(Unsupported) {
        guard let next = advance() else { throw Unsupported(construct: "\\") }
        switch next {
        case "b" where !inSet: output += #"\y"#
        case "B" where !inSet: output += #"\Y"#
        case "n", "t", "r", "f": output += "\\" + String(next)
        default:
            guard next.isASCII, !Self.isAlphanumeric(next) else { throw Unsupported(construct: "\\" + String(next)) }
            output += "\\" + String(next)
        }
    }

    /// `[…]` or `[^…]` of characters and ranges.
    private mutating func set() throws(Unsupported) {
        output += "["
        if peek() == "^" {
            position += 1
            output += "^"
        }
        if peek() == "]" { throw Unsupported(construct: "[]") }
        var afterItem = false
        while let scalar = advance() {
            switch scalar {
            case "]":
                output += "]"
                return
            case "[": throw Unsupported(construct: "[ inside a set")
            case "&" where peek() == "&": throw Unsupported(construct: "&&")
            case "\\":
                try escape(inSet: true)
                afterItem = true
            case "-" where afterItem && peek() != "]" && peek() != nil:
                // A range between the item before and the one after.
                output += "-"
                afterItem = false
            default:
                try literal(scalar, inSet: true)
                afterItem = true
            }
        }
        throw Unsupported(construct: "[")
    }

    /// `{n}`, `{n,}` or `{n,m}`.
    private mutating func count() throws(Unsupported) {
        var text = ""
        while let scalar = advance(), scalar != "}" {
            guard scalar == "," || Self.isDigit(scalar) else { throw Unsupported(construct: "{" + text) }
            text.unicodeScalars.append(scalar)
        }
        let bounds = text.split(separator: ",", omittingEmptySubsequences: false)
        guard (1...2).contains(bounds.count), bounds.allSatisfy({ $0.isEmpty || Int($0).map { $0 <= Self.largestCount } == true }),
              !bounds[0].isEmpty else {
            throw Unsupported(construct: "{\(text)}")
        }
        output += "{\(text)}"
        try repetitionMode()
    }

    /// After a repetition: `?` makes it lazy, which PostgreSQL's `~` answers alike, so it is dropped; `+` makes
    /// it possessive, which changes what matches.
    private mutating func repetitionMode() throws(Unsupported) {
        switch peek() {
        case "?": position += 1
        case "+": throw Unsupported(construct: "a possessive repetition (…+)")
        default: break
        }
    }

    /// A character meant as itself: ASCII punctuation escaped, since both engines read `\` before it as the
    /// character; a letter beyond ASCII only where case does not matter.
    private mutating func literal(_ scalar: Unicode.Scalar, inSet: Bool) throws(Unsupported) {
        if !scalar.isASCII {
            guard !caseInsensitive || !scalar.properties.changesWhenCaseMapped else {
                throw Unsupported(construct: "'\(scalar)' with /…/i")
            }
            output.unicodeScalars.append(scalar)
        } else if Self.isAlphanumeric(scalar) || scalar == " " || scalar.value < 0x20 {
            output.unicodeScalars.append(scalar)
        } else {
            output += "\\" + String(scalar)
        }
    }

    private mutating func advance() -> Unicode.Scalar? {
        guard position < scalars.count else { return nil }
        defer { position += 1 }
        return scalars[position]
    }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        position + ahead < scalars.count ? scalars[position + ahead] : nil
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        isDigit(scalar) || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
}
