import Testing
import KrantCorpus
@testable import KrantQuery

@Suite("Lexer")
struct LexerTests {
    func kinds(_ text: String) throws -> [Token.Kind] {
        try Lexer.tokenize(QuerySource(text)).map(\.kind).dropLast()
    }

    @Test(arguments: Keyword.allCases)
    func keywordsAreCaseInsensitive(keyword: Keyword) throws {
        #expect(try kinds(keyword.rawValue.uppercased()) == [.keyword(keyword)])
        #expect(try kinds(keyword.rawValue) == [.keyword(keyword)])
    }

    @Test(arguments: [
        ("|", Token.Kind.pipe), ("(", .leftParen), (")", .rightParen), (",", .comma), (";", .semicolon),
        ("=", .equal), ("!=", .notEqual), ("<>", .notEqual), ("<", .less), ("<=", .lessEqual), (">", .greater),
        (">=", .greaterEqual), ("\n", .newline),
    ])
    func punctuation(text: String, kind: Token.Kind) throws {
        #expect(try kinds(text) == [kind])
    }

    @Test(arguments: [
        (#""NAVO""#, "NAVO"), (#""say \"hi\"""#, #"say "hi""#), (#""back\\slash""#, #"back\slash"#),
        ("“Oekraïne”", "Oekraïne"), ("„Poetin“", "Poetin"), (#""""#, ""),
    ])
    func strings(text: String, value: String) throws {
        #expect(try kinds(text) == [.string(value)])
    }

    @Test func numbersDatesWordsAndRegexes() throws {
        #expect(try kinds("2022 2022-03 2022-03-15 -1 actor Oekraïne /kern.*/i") == [
            .integer(2022), .date(try CorpusDate(parsing: "2022-03")), .date(try CorpusDate(parsing: "2022-03-15")),
            .integer(-1), .identifier("actor"), .identifier("Oekraïne"), .regex(pattern: "kern.*", flags: "i"),
        ])
    }

    @Test func commentsRunToTheEndOfTheLine() throws {
        #expect(try kinds("articles # all of them\n| count") == [.keyword(.articles), .newline, .pipe, .keyword(.count)])
    }

    @Test func rangesAreUTF8Offsets() throws {
        let tokens = try Lexer.tokenize(QuerySource("“Oekraïne” | x"))
        #expect(tokens[0].range == 0..<"“Oekraïne”".utf8.count)
        #expect(tokens[1].range.lowerBound == "“Oekraïne” ".utf8.count)
    }

    @Test(arguments: [
        (#"articles where actor = "NAVO"#, "this string has no closing quote"),
        ("articles where date < 2022-13", "bad date '2022-13': month 13 does not exist; months run from 01 to 12"),
        ("articles where date < 0000-00", "bad date '0000-00': year 0 is outside 1 to 9999"),
        ("articles where actor == 'x'", "'==' is not an operator"),
        ("articles where actor = 'NAVO'", "strings are written in double quotes"),
        ("articles where x && y", "'&&' is not an operator"),
        ("articles where title matches /abc", "this regular expression has no closing '/'"),
        ("articles where title matches /abc/x", "unknown regular expression flag 'x'"),
        ("articles @", "unexpected character '@'"),
        ("articles where words > 12abc", "'12abc' is not a number or a date"),
        (#"articles where title = "a\qb""#, "unknown escape in string"),
    ])
    func lexicalErrors(query: String, message: String) {
        let diagnostic = Fixtures.diagnostic(query)
        #expect(diagnostic?.message == message)
        #expect(diagnostic?.stage == .lexical)
    }

    @Test func everyByteSequenceGivesTokensOrAnError() {
        var generator = SplitMix64(seed: 42)
        for _ in 0..<500 {
            let bytes = (0..<Int.random(in: 0..<40, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let text = String(decoding: bytes, as: UTF8.self)
            _ = try? Lexer.tokenize(QuerySource(text))
            _ = try? Parser.parse(QuerySource(text))
        }
    }
}

/// A small seeded generator, so random tests repeat exactly.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
