@testable import KrantPostgres
import Testing

/// ICU's syntax as krant reads it, rewritten for PostgreSQL's `~`, and what is refused because the two read it
/// differently.
@Suite("PostgreSQL: regular expressions for the server")
struct RegexTranslationTests {
    @Test(arguments: [
        ("NAVO", false, "NAVO"),
        ("navo-top", true, #"navo\-top"#),
        ("^Poetin$", false, #"^Poetin(?=(\r\n|[\n\u000b\f\r\u0085\u2028\u2029])?$)"#),
        ("a.b", false, #"a[^\n\u000b\f\r\u0085\u2028\u2029]b"#),
        (#"\bNAVO\B"#, false, #"\yNAVO\Y"#),
        (#"[^a-z,.\]]"#, false, #"[^a-z\,\.\]]"#),
        ("[a-]", false, #"[a\-]"#),
        ("(?:oorlog|vrede)s?", false, "(?:oorlog|vrede)s?"),
        ("kern.*?wapens{1,3}?", false, #"kern[^\n\u000b\f\r\u0085\u2028\u2029]*wapens{1,3}"#),
        ("Oekraïne", false, "Oekraïne"),
        ("€ 5", true, #"€ 5"#),
        (#"\/\(x\)"#, false, #"\/\(x\)"#),
    ])
    func translates(_ pattern: String, _ caseInsensitive: Bool, _ expected: String) throws {
        #expect(try RegexTranslation.translate(pattern, caseInsensitive: caseInsensitive).get() == expected)
    }

    @Test(arguments: [
        (#"\d{4}"#, false, #"\d"#),
        (#"\w+"#, false, #"\w"#),
        (#"\s"#, false, #"\s"#),
        (#"\p{L}"#, false, #"\p"#),
        (#"(a)\1"#, false, #"\1"#),
        ("(?i)navo", false, "(?i"),
        ("(?=a)", false, "(?="),
        ("[[:alpha:]]", false, "[ inside a set"),
        ("[a-z&&[^x]]", false, "&&"),
        ("a++", false, "a possessive repetition (…+)"),
        ("a{1,300}", false, "{1,300}"),
        ("oekraïne", true, "'ï' with /…/i"),
    ])
    func refuses(_ pattern: String, _ caseInsensitive: Bool, _ construct: String) {
        #expect(RegexTranslation.translate(pattern, caseInsensitive: caseInsensitive) == .failure(.init(construct: construct)))
    }
}
